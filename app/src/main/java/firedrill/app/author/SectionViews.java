package firedrill.app.author;

import atlantafx.base.theme.Styles;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.AlertRule;
import firedrill.engine.scenario.Assumption;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Builds the editor's sections. Each is a vertical stack of forms and list editors whose fields are
 * bound to JSON paths; each registers the path prefixes it owns with the {@link FieldRegistry}.
 */
final class SectionViews {
    private SectionViews() {}

    /** Forms and list editors stacked in one section, refreshed together. */
    static final class Stack implements SectionView {
        private final VBox root = new VBox(14);
        private final List<Form> forms = new ArrayList<>();
        private final List<ListEditor> lists = new ArrayList<>();
        private final List<Runnable> extra = new ArrayList<>();

        Stack(Section section) {
            root.getStyleClass().add("author-section");
            root.setPadding(new Insets(18, 22, 22, 22));
            root.setId("section-" + section.field());
            Label title = new Label(section.title());
            title.getStyleClass().addAll(Styles.TITLE_3, "author-section-title");
            Label description = new Label(section.description());
            description.getStyleClass().add(Styles.TEXT_MUTED);
            root.getChildren().addAll(new VBox(2, title, description));
        }

        Form form(Form f) {
            forms.add(f);
            root.getChildren().add(f.root());
            return f;
        }

        ListEditor list(ListEditor l) {
            lists.add(l);
            root.getChildren().add(l.root());
            return l;
        }

        void node(Node n) {
            root.getChildren().add(n);
        }

        void onRefresh(Runnable r) {
            extra.add(r);
        }

        @Override
        public Node root() {
            return root;
        }

        @Override
        public void refresh() {
            forms.forEach(Form::refresh);
            lists.forEach(ListEditor::refresh);
            extra.forEach(Runnable::run);
        }

        @Override
        public void commitPending() {
            forms.forEach(Form::commitPending);
            lists.forEach(l -> l.detail().commitPending());
        }

        @Override
        public boolean revertPending(Node focused) {
            for (Form f : forms) {
                if (f.revertPending(focused)) {
                    return true;
                }
            }
            for (ListEditor l : lists) {
                if (l.detail().revertPending(focused)) {
                    return true;
                }
            }
            return false;
        }
    }

    static Form staticForm(AuthorViewModel vm, FieldRegistry registry, Section section, String base) {
        Form f = new Form(vm, () -> base, base);
        registry.add(base, section, p -> f.focus(relative(base, p)));
        return f;
    }

    static ListEditor listEditor(AuthorViewModel vm, FieldRegistry registry, Section section, String listPath, String noun,
                                 java.util.function.Function<Object, String> name) {
        ListEditor l = new ListEditor(vm, listPath, noun, name);
        registry.add(listPath, section, l::focus);
        return l;
    }

    /** {@code $.meta.sources[0].id} relative to {@code $.meta} is {@code sources[0].id}. */
    static String relative(String base, String path) {
        String rest = path.substring(base.length());
        return rest.startsWith(".") ? rest.substring(1) : rest;
    }

    static String idOf(Object o) {
        Object id = o instanceof Record r && ScenarioLens.component(r.getClass(), "id") != null ? ScenarioLens.get(r, "$.id") : null;
        return id == null ? "(no id)" : id.toString();
    }

    // ---- Meta --------------------------------------------------------------------------------

    static SectionView meta(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.META);
        Form f = st.form(staticForm(vm, registry, Section.META, "$.meta"));
        f.text("id", "Id", "Lowercase letters, digits, '.', '_' or '-'; the library and sessions know the scenario by it.");
        f.text("title", "Title", "Title in the library.");
        f.text("date", "Date", "Incident day, YYYY-MM-DD.");
        f.text("timezone", "Time zone", "IANA zone of all local times, e.g. America/Los_Angeles.");
        f.text("start", "Start", "When the simulation starts (HH:MM on the incident day).");
        f.text("horizon", "Horizon", "When it ends (HH:MM, +D for later days; default 23:59).");
        f.choice("difficulty", "Difficulty", () -> Choices.DIFFICULTIES, true, "Shown in the library.");
        f.text("estimatedMinutes", "Session length", "Wall-clock minutes of a session, 1–1440.");
        f.area("summary", "Summary", "What happens, for the library card.");
        f.area("role", "Role", "Who the trainee is.");
        f.area("briefing", "Briefing", "What the trainee knows at the start.");
        f.rows("learningObjectives", "Objectives", "Objective", List.of(new Form.Column("", "What the trainee practises", 0)),
                () -> "Describe what the trainee will practise.",
                "Skills, shown in every briefing: say what is practised without giving the fix away.");
        f.rows("guidedObjectives", "Guided objectives", "Guided objective",
                List.of(new Form.Column("", "The objective with its measures spelled out", 0)),
                () -> "Name the measures that achieve it.",
                "Shown instead in Guided practice and in the debrief: the specific measures.");
        f.rows("sources", "Sources", "Source", List.of(new Form.Column("id", "id", 70), new Form.Column("title", "title", 0),
                new Form.Column("url", "https://…", 200)), () -> new Meta.Source(
                Choices.uniqueId("src", vm.scenario().meta() == null ? List.<Meta.Source>of() : vm.scenario().meta().sources(),
                        Meta.Source::id), "Title of the published source", null),
                "Published sources; milestones cite them by id.");
        return st;
    }

    // ---- Team --------------------------------------------------------------------------------

    static SectionView team(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.TEAM);
        Form f = st.form(staticForm(vm, registry, Section.TEAM, "$.team"));
        for (String field : List.of("responders", "escalationAdds", "escalationDelay")) {
            FieldHelp.Help h = FieldHelp.of("$.team." + field);
            f.text(field, field, h == null ? null : h.text() + " " + h.range());
        }
        return st;
    }

    // ---- Alerts ------------------------------------------------------------------------------

    static SectionView alerts(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.ALERTS);
        ListEditor l = st.list(listEditor(vm, registry, Section.ALERTS, "$.alerts", "Alert rule", SectionViews::idOf));
        l.column("id", "id", 140, true);
        l.column("severity", "severity", 75, true);
        l.column("metric", "metric", 140, true);
        l.column("threshold", "threshold", 75, true);
        l.column("for", "for", 55, true);
        l.column("summary", "summary", 200, true);
        l.addButton("+ Metric rule", () -> new AlertRule(Choices.uniqueId("new-alert", vm.scenario().alerts(), AlertRule::id),
                "warning", "Describe what the page says", "apiErrorRatio", "cluster", null, ">", 0.2, "PT2M", null, null));
        l.addButton("+ Noise rule", () -> new AlertRule(Choices.uniqueId("noise", vm.scenario().alerts(), AlertRule::id),
                "info", "A page that is not about this incident", null, null, null, null, null, null, true, "PT30M"));
        Form d = l.detail();
        d.text("id", "Id", null);
        d.choice("severity", "Severity", () -> Choices.SEVERITIES, false, null);
        d.text("summary", "Summary", "What the page says.");
        d.check("noise", "Noise rule", true, "Pages on random clusters about every noiseInterval; then leave metric, scope,"
                + " service, op, threshold and for empty.");
        d.text("noiseInterval", "Noise interval", "Mean time between noise pages (ISO duration ≥ PT1M).");
        d.choice("metric", "Metric", () -> Choices.METRICS, true, "Observed metric (lagged, with gaps).");
        d.choice("scope", "Scope", () -> Choices.SCOPES, true, "cluster: one alert per cluster; fleet: node-weighted mean;"
                + " service: with serviceAvailability only.");
        d.choice("service", "Service", () -> Choices.services(vm.scenario()), true, "With scope service only.");
        d.choice("op", "Operator", () -> Choices.OPS, true, null);
        d.text("threshold", "Threshold", null);
        d.text("for", "For", "How long the condition must hold (ISO duration, default PT0S).");
        return st;
    }

    // ---- Actions -----------------------------------------------------------------------------

    static SectionView actions(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.ACTIONS);
        ListEditor l = st.list(listEditor(vm, registry, Section.ACTIONS, "$.actions", "Action", SectionViews::idOf));
        l.column("id", "id", 150, true);
        l.column("kind", "kind", 150, false);
        l.column("API", "needsApi", 55, false);
        l.column("duration", "duration", 75, true);
        l.column("title", "title", 200, true);
        l.addButton("+ Action", () -> new ActionSpec(Choices.uniqueId("new-action", vm.scenario().actions(), ActionSpec::id),
                "status-update", "New action", "What it does and what it needs.", false, "PT2M", null, null, null, Map.of(), null));
        Form d = l.detail();
        d.text("id", "Id", "Playbook steps name it.");
        d.choice("kind", "Kind", Choices::actionKinds, false, "The engine effect (see docs/scenario-format.md).");
        d.text("title", "Title", "Button label.");
        d.area("description", "Description", "What it does and what it needs.");
        d.check("needsApi", "Needs the API", false, "Goes through the Kubernetes API: progresses only as fast as the"
                + " target's API answers, fails at timeout.");
        d.text("duration", "Duration", "Manual: hands-on time for the first target (ISO duration).");
        d.text("perExtraTarget", "Per extra target", "Manual: added per further target cluster, one after another.");
        d.text("timeout", "Timeout", "When a needsApi action gives up on a target (default PT10M).");
        d.text("automated.prepare", "Automated: prepare", "Optional automated mode: one responder writes, reviews and"
                + " launches the change (ISO duration); set all three fields or none.");
        d.text("automated.parallelism", "Automated: parallelism", "Targets at a time once launched (the fleet for a"
                + " network rule pushed everywhere).");
        d.text("automated.perTarget", "Automated: per target", "Time per target once launched: propagation, or API"
                + " work for needsApi actions.");
        d.suggest("defaultMode", "Default mode", () -> List.of("manual", "automated"), "Mode a step or the action"
                + " panel gets unless it chooses (automated needs the fields above).");
        d.suggest("defaultTarget", "Default target", () -> Choices.selectors(vm.scenario()), "Target when a step gives none.");
        d.params("params", "Parameters", "Numeric parameters the action's kind reads (e.g. rate, fraction, replicas):"
                + " default and unit required, steps must stay within [min, max].");
        d.rows("steps", "Steps", "Step", List.of(new Form.Column("title", "title", 0), new Form.Column("duration", "PT10M", 90)),
                () -> new ActionSpec.Step("Stage", "PT10M"), "Stages of a multi-step action (restore-from-backup).");
        d.area("lesson", "Lesson", "Shown in the debrief.");
        return st;
    }

    // ---- Real timeline -----------------------------------------------------------------------

    static SectionView milestones(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.MILESTONES);
        ListEditor l = st.list(listEditor(vm, registry, Section.MILESTONES, "$.realTimeline", "Milestone", SectionViews::idOf));
        l.column("at", "at", 60, true);
        l.column("id", "id", 120, true);
        l.column("label", "label", 200, true);
        l.column("measure", "measure", 150, true);
        l.column("tolerance", "tolerance", 70, true);
        l.column("source", "source", 60, true);
        l.addButton("+ Milestone", () -> new Milestone(Choices.uniqueId("milestone", vm.scenario().realTimeline(), Milestone::id),
                Choices.nextTime(vm.scenario(), vm.scenario().realTimeline().stream().map(m -> m == null ? null : m.at()).toList()),
                "What happened", null, null, null));
        Form d = l.detail();
        d.text("id", "Id", null);
        d.text("at", "At", "When it happened (HH:MM[+D]).");
        d.text("label", "Label", "What happened.");
        d.suggest("measure", "Measure", () -> Choices.measures(vm.scenario()), "The run outcome it is compared with;"
                + " without one the milestone is narrative only.");
        d.text("tolerance", "Tolerance", "How far a calibrated run may land from it (ISO duration).");
        d.choice("source", "Source", () -> Choices.sourceIds(vm.scenario()), true, "A meta.sources id.");
        return st;
    }

    // ---- Reference playbook ------------------------------------------------------------------

    static SectionView playbook(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.PLAYBOOK);
        Form note = st.form(staticForm(vm, registry, Section.PLAYBOOK, "$.referencePlaybook"));
        note.area("note", "Note", "How the playbook was reconstructed.");
        ListEditor l = st.list(listEditor(vm, registry, Section.PLAYBOOK, "$.referencePlaybook.actions", "Step",
                o -> o instanceof Playbook.Step s ? s.at() + " " + s.action() : "step"));
        l.column("at", "at", 60, true);
        l.column("action", "action", 150, true);
        l.column("target", "target", 180, true);
        l.column("params", "params", 90, false);
        l.column("note", "note", 150, true);
        l.addButton("+ Step", () -> {
            Scenario s = vm.scenario();
            List<String> times = s.referencePlaybook() == null ? List.of()
                    : s.referencePlaybook().actions().stream().map(x -> x == null ? null : x.at()).toList();
            List<String> ids = Choices.actionIds(s);
            return new Playbook.Step(Choices.nextTime(s, times), ids.isEmpty() ? null : ids.get(0), null, Map.of(), null);
        });
        Form d = l.detail();
        d.text("at", "At", "Local time, not before the previous step.");
        d.choice("action", "Action", () -> Choices.actionIds(vm.scenario()), false, "An action of the catalog.");
        d.suggest("target", "Target", () -> Choices.selectors(vm.scenario()), "all, cluster:ID[,ID], region:NAME, largest:N or"
                + " service:ID; empty uses the action's default target.");
        d.numbers("params", "Parameters", () -> stepParams(vm, l), key -> stepParamUnit(vm, l, key),
                "Values of the action's parameters (empty uses the default).");
        d.area("text", "Text", "Status updates only: the words posted, in the style of the real status page; scored by"
                + " the status rubric (products named, where things stand, next update time, kept).");
        d.text("note", "Note", null);
        return st;
    }

    private static String stepParamUnit(AuthorViewModel vm, ListEditor l, String key) {
        Scenario s = vm.scenario();
        Object step = ScenarioLens.get(s, JsonPath.index("$.referencePlaybook.actions", Math.max(0, l.selected())));
        ActionSpec a = step instanceof Playbook.Step ps && ps.action() != null ? s.action(ps.action()) : null;
        ActionSpec.Param p = a == null ? null : a.params().get(key);
        if (p == null) {
            return "";
        }
        String range = p.min() == null || p.max() == null ? "" : " · " + Codec.formatNumber(p.min()) + "–"
                + Codec.formatNumber(p.max());
        return (p.unit() == null ? "" : p.unit()) + range;
    }

    private static List<String> stepParams(AuthorViewModel vm, ListEditor l) {
        Scenario s = vm.scenario();
        Object step = ScenarioLens.get(s, JsonPath.index("$.referencePlaybook.actions", Math.max(0, l.selected())));
        if (step instanceof Playbook.Step ps && ps.action() != null) {
            ActionSpec a = s.action(ps.action());
            if (a != null) {
                return new ArrayList<>(a.params().keySet());
            }
        }
        return List.of();
    }

    // ---- Discussion and assumptions ----------------------------------------------------------

    static SectionView discussion(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.DISCUSSION);
        Form f = new Form(vm, () -> "$", "$");
        registry.add("$.discussion", Section.DISCUSSION, p -> f.focus(SectionViews.relative("$", p)));
        st.form(f);
        f.rows("discussion", "Questions", "Question", List.of(new Form.Column("", "A question for the after-action review", 0)),
                () -> "What would you do differently?", null);
        return st;
    }

    static SectionView assumptions(AuthorViewModel vm, FieldRegistry registry) {
        Stack st = new Stack(Section.ASSUMPTIONS);
        Form f = new Form(vm, () -> "$", "$");
        registry.add("$.assumptions", Section.ASSUMPTIONS, p -> f.focus(SectionViews.relative("$", p)));
        st.form(f);
        f.rows("assumptions", "Assumptions", "Assumption", List.of(new Form.Column("path", "$.mechanisms.dns.graceSeconds", 260),
                new Form.Column("reason", "one-line reason", 0)), () -> new Assumption("$.mechanisms", "Why this value"),
                "Numbers the sources do not give: the JSON path they set and why.");
        return st;
    }
}
