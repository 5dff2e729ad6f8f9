package firedrill.engine.drill;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.report.Html;
import firedrill.engine.score.Decisions;
import firedrill.engine.score.Scorecard;
import firedrill.engine.sim.ScriptedInjects;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.command.Command;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The drill's part of the after-action report: the team (roster and roles), the team's decisions by
 * role (with when they were entered, when they applied, how they ended and the scoring verdict), every
 * inject (scripted and the facilitator's), the facilitator's observations grouped by tag and role,
 * and the discussion questions (the base report prints them with space for answers). Added to the
 * standard report ({@link AfterActionReport}) as an extension: JSON under {@code "drill"}, HTML
 * sections before the discussion questions, every text escaped.
 */
public final class DrillReport implements AfterActionReport.Extension {
    public static final String KEY = "drill";
    public static final String MODE = "drill";

    /** A decision as reported: the record's decision, the command's tick, the action's record and verdict. */
    public record DecisionRow(int index, DrillRecord.Decision decision, int tick, ActionRecord action,
                              Decisions.Verdict verdict) {}

    /** An inject that reached the channel (or is queued to): scripted by the scenario or the facilitator's. */
    public record InjectRow(int tick, String source, String channel, String text) {}

    private final ModelSpec spec;
    private final DrillRecord record;
    private final List<DecisionRow> decisions;
    private final List<InjectRow> injects;

    private DrillReport(ModelSpec spec, DrillRecord record, Scorecard card) {
        this.spec = spec;
        this.record = record;
        this.decisions = buildDecisions(card);
        this.injects = buildInjects(card);
    }

    /** The extension for a drill record scored as {@code card} (may be null: no outcomes or verdicts). */
    public static DrillReport of(ModelSpec spec, DrillRecord record, Scorecard card) {
        return new DrillReport(spec, record, card);
    }

    /**
     * Scores the drill up to its end (against the real team's run cut at the same moment, same seed; a
     * drill that ran to the horizon is scored to the horizon), keeps what would follow if nobody acted
     * afterwards apart as an extrapolation, and builds the full after-action report with the drill's
     * sections. Costs about two full runs plus one short branch per action: call it off the UI thread.
     */
    public static AfterActionReport report(ModelSpec spec, DrillRecord record) {
        Scorecard card = Scorecard.toEnd(spec, record.runRecord());
        SessionRecord session = new SessionRecord(SessionRecord.FORMAT, record.scenario(), record.scenarioHash(),
                record.seed(), record.difficulty(), MODE, 0, record.tick(), record.savedAt(), record.commands(), null,
                null, record.notes());
        return AfterActionReport.of(card, session, of(spec, record, card));
    }

    public DrillRecord record() {
        return record;
    }

    public List<DecisionRow> decisions() {
        return decisions;
    }

    public List<InjectRow> injects() {
        return injects;
    }

    /** Roles in report order: the drill's roles, then any other role a person or decision names. */
    public List<String> roles() {
        LinkedHashSet<String> roles = new LinkedHashSet<>(record.roles());
        for (DrillRecord.Member m : record.roster()) {
            if (m.role() != null && !m.role().isBlank()) {
                roles.add(m.role());
            }
        }
        for (DrillRecord.Decision d : record.decisions()) {
            if (d.role() != null && !d.role().isBlank()) {
                roles.add(d.role());
            }
        }
        for (DrillRecord.Observation o : record.currentObservations()) {
            if (o.role() != null && !o.role().isBlank()) {
                roles.add(o.role());
            }
        }
        return List.copyOf(roles);
    }

    String time(int tick) {
        return tick < 0 ? "pending" : spec.clockOf(tick);
    }

    private List<DecisionRow> buildDecisions(Scorecard card) {
        List<Decisions.Decision> scored = card == null ? List.of() : card.decisions();
        List<DecisionRow> out = new ArrayList<>();
        List<DrillRecord.Decision> ds = record.decisions();
        for (int i = 0; i < ds.size(); i++) {
            DrillRecord.Decision d = ds.get(i);
            int tick = record.commandTick(i);
            ActionRecord action = null;
            Decisions.Verdict verdict = null;
            for (Decisions.Decision s : scored) {
                Command c = s.command();
                if (c != null && c.tick() == tick && Objects.equals(c.action(), d.action())
                        && Objects.equals(c.target(), d.target()) && Objects.equals(c.by(), d.who())) {
                    action = s.action();
                    verdict = s.verdict();
                    break;
                }
            }
            out.add(new DecisionRow(i, d, tick, action, verdict));
        }
        return List.copyOf(out);
    }

    private List<InjectRow> buildInjects(Scorecard card) {
        List<InjectRow> out = new ArrayList<>();
        int end = record.tick() == null ? 0 : record.tick();
        if (card != null) {
            // Conditional injects fired (or not) depending on what the room did: the run says which.
            for (ScriptedInjects.Outcome o : card.whatIf().original().simulation().scriptedInjects()) {
                if (o.fired() && o.tick() <= end) {
                    out.add(new InjectRow(o.tick(), "scenario", o.inject().channel(), o.inject().text()));
                }
            }
        } else {
            for (ModelSpec.Inject in : spec.injects()) {
                if (in.tick() <= end && !in.conditional()) {
                    out.add(new InjectRow(in.tick(), "scenario", in.channel(), in.text()));
                }
            }
        }
        for (Command c : record.allCommands()) {
            if (Command.INJECT.equals(c.type())) {
                out.add(new InjectRow(c.tick(), "facilitator", c.target() == null ? "facilitator" : c.target(), c.text()));
            }
        }
        out.sort(Comparator.comparingInt(InjectRow::tick));
        return List.copyOf(out);
    }

    private List<DecisionRow> decisionsOf(String role) {
        List<DecisionRow> out = new ArrayList<>();
        for (DecisionRow r : decisions) {
            String dr = r.decision().role() == null || r.decision().role().isBlank() ? null : r.decision().role();
            if (Objects.equals(dr, role)) {
                out.add(r);
            }
        }
        return out;
    }

    private List<DrillRecord.Observation> observationsOf(String role) {
        List<DrillRecord.Observation> out = new ArrayList<>();
        for (DrillRecord.Observation o : record.currentObservations()) {
            String or = o.role() == null || o.role().isBlank() ? null : o.role();
            if (Objects.equals(or, role)) {
                out.add(o);
            }
        }
        return out;
    }

    private static String describe(DrillRecord.Decision d) {
        StringBuilder sb = new StringBuilder(d.action());
        if (d.target() != null) {
            sb.append(" on ").append(d.target());
        }
        if (!d.params().isEmpty()) {
            sb.append(" (");
            boolean first = true;
            for (Map.Entry<String, Double> p : d.params().entrySet()) {
                double v = p.getValue();
                sb.append(first ? "" : ", ").append(p.getKey()).append(' ')
                        .append(v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v));
                first = false;
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private String outcome(DecisionRow r) {
        if (r.tick() < 0 || r.tick() > (record.tick() == null ? 0 : record.tick())) {
            return "queued when the drill ended";
        }
        if (r.action() == null) {
            return "—";
        }
        return r.action().outcome().label()
                + (r.action().reason() == null || r.action().reason().isBlank() ? "" : ": " + r.action().reason());
    }

    /** "Entered in error (15:52): …" for a decision the facilitator corrected after it applied, else null. */
    private String correction(DrillRecord.Decision d) {
        return d.isCorrected() ? "Entered in error (marked at " + time(d.correctedAt()) + "); it had applied, so the run "
                + "kept its effect" + (d.note() == null || d.note().isBlank() || d.note().startsWith("entered in error")
                ? "" : ": " + d.note()) : null;
    }

    private int end() {
        return record.tick() == null ? 0 : record.tick();
    }

    // ---- JSON -----------------------------------------------------------------------------------

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("difficulty", record.difficulty());
        m.put("showSpeed", record.showSpeed());
        // Two clocks, named apart: the facilitator's wall clock (ISO instants, UTC) and the drill's clock.
        m.put("startedAtWall", record.startedAt());
        m.put("endedAtWall", record.endedAtWall());
        m.put("savedAtWall", record.savedAt());
        m.put("startedAtDrillClock", spec.clockOf(0));
        m.put("endedAtDrillClock", record.running() ? null : time(end()));
        m.put("drillClockAt", time(end()));
        m.put("drilledMinutes", end() / 60);
        m.put("endedEarly", end() < spec.horizonTick());
        m.put("status", record.status());
        m.put("roles", roles());
        List<Object> team = new ArrayList<>();
        for (DrillRecord.Member p : record.roster()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.name());
            row.put("role", p.role());
            team.add(row);
        }
        m.put("team", team);
        List<Object> ds = new ArrayList<>();
        for (DecisionRow r : decisions) {
            ds.add(decisionMap(r));
        }
        m.put("decisions", ds);
        Map<String, Object> byRole = new LinkedHashMap<>();
        List<String> roles = new ArrayList<>(roles());
        roles.add(null);
        for (String role : roles) {
            List<DecisionRow> rows = decisionsOf(role);
            if (rows.isEmpty()) {
                continue;
            }
            List<Object> idx = new ArrayList<>();
            for (DecisionRow r : rows) {
                idx.add(r.index());
            }
            byRole.put(role == null ? "(no role)" : role, idx);
        }
        m.put("decisionsByRole", byRole);
        List<Object> inj = new ArrayList<>();
        for (InjectRow r : injects) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", time(r.tick()));
            row.put("source", r.source());
            row.put("channel", r.channel());
            row.put("text", r.text());
            inj.add(row);
        }
        m.put("injects", inj);
        List<Object> obs = new ArrayList<>();
        for (DrillRecord.Observation o : record.currentObservations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", time(o.tick()));
            row.put("tag", o.tagValue().id());
            row.put("role", o.role());
            row.put("person", o.person());
            row.put("text", o.text());
            row.put("editedAt", o.editedAt() == null ? null : time(o.editedAt()));
            obs.add(row);
        }
        m.put("observations", obs);
        List<Object> removed = new ArrayList<>();
        for (DrillRecord.Observation o : record.observations()) {
            if (o.removed()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("at", time(o.tick()));
                row.put("removedAt", time(o.removedAt()));
                row.put("tag", o.tagValue().id());
                row.put("text", o.text());
                removed.add(row);
            }
        }
        m.put("observationsRemoved", removed);
        List<Object> withdrawn = new ArrayList<>();
        for (DrillRecord.Decision d : record.withdrawn()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("entered", time(d.entered() == null ? -1 : d.entered()));
            row.put("withdrawnAt", time(d.withdrawnAt() == null ? -1 : d.withdrawnAt()));
            row.put("by", d.by());
            row.put("role", d.role());
            row.put("action", d.action());
            row.put("target", d.target());
            row.put("params", d.params());
            row.put("note", d.note());
            withdrawn.add(row);
        }
        m.put("withdrawnDecisions", withdrawn);
        List<Object> questions = new ArrayList<>();
        for (String q : spec.scenario().discussion()) {
            if (q == null || q.isBlank()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("question", q);
            row.put("answer", "");
            questions.add(row);
        }
        m.put("discussion", questions);
        return m;
    }

    private Map<String, Object> decisionMap(DecisionRow r) {
        DrillRecord.Decision d = r.decision();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", r.index());
        row.put("entered", time(d.entered() == null ? -1 : d.entered()));
        row.put("at", time(r.tick()));
        row.put("by", d.by());
        row.put("role", d.role());
        row.put("action", d.action());
        row.put("target", d.target());
        row.put("params", d.params());
        row.put("outcome", outcome(r));
        row.put("verdict", r.verdict() == null ? null : r.verdict().label());
        row.put("correctedAt", d.correctedAt() == null ? null : time(d.correctedAt()));
        row.put("correction", correction(d));
        return row;
    }

    // ---- HTML -----------------------------------------------------------------------------------

    @Override
    public void appendHtml(StringBuilder out) {
        H h = new H(out);
        team(h);
        decisionsByRole(h);
        injectSection(h);
        observationsByRole(h);
    }

    private void team(H h) {
        h.w("<section id=\"drill-team\">\n<h2>The team</h2>\n<p class=\"note\">Facilitated drill · ")
                .t(record.difficulty() == null ? "" : record.difficulty()).w(" · clock speed ")
                .t(Boolean.TRUE.equals(record.showSpeed()) ? "shown to the team" : "hidden from the team");
        h.w(" · drill clock ").t(spec.clockOf(0)).w(" → ").t(time(end())).w(" (").t(String.valueOf(end() / 60))
                .w(" drill minutes").t(record.running() ? ", exported while under way" : "").w(")");
        if (record.startedAt() != null) {
            h.w(" · wall clock: started ").t(record.startedAt());
        }
        if (record.endedAtWall() != null) {
            h.w(", ended ").t(record.endedAtWall());
        }
        h.w("</p>\n");
        if (record.roster().isEmpty()) {
            h.w("<p>No roster was entered.</p>\n");
        } else {
            h.w("<table class=\"team\">\n<thead><tr><th>Name</th><th>Role</th><th>Decisions</th></tr></thead>\n<tbody>\n");
            for (DrillRecord.Member p : record.roster()) {
                long n = decisions.stream().filter(r -> Objects.equals(r.decision().by(), p.name())).count();
                h.w("<tr><td>").t(p.name()).w("</td><td>").t(p.role() == null ? "" : p.role()).w("</td><td>")
                        .t(String.valueOf(n)).w("</td></tr>\n");
            }
            h.w("</tbody>\n</table>\n");
        }
        h.w("</section>\n");
    }

    private void decisionsByRole(H h) {
        h.w("<section id=\"drill-decisions\">\n<h2>Decisions by role</h2>\n");
        if (decisions.isEmpty()) {
            h.w("<p>The team made no decisions.</p>\n</section>\n");
            return;
        }
        h.w("<p class=\"note\">Entered: when the facilitator recorded the decision; applied: the tick the simulation "
                + "acted on it.</p>\n");
        List<String> roles = new ArrayList<>(roles());
        roles.add(null);
        for (String role : roles) {
            List<DecisionRow> rows = decisionsOf(role);
            if (rows.isEmpty()) {
                continue;
            }
            h.w("<h3>").t(role == null ? "No role given" : role).w("</h3>\n");
            h.w("<table class=\"drill-decisions\">\n<thead><tr><th>Entered</th><th>Applied</th><th>Who</th><th>Decision</th>"
                    + "<th>Outcome</th><th>Verdict</th></tr></thead>\n<tbody>\n");
            for (DecisionRow r : rows) {
                DrillRecord.Decision d = r.decision();
                String fix = correction(d);
                h.w("<tr class=\"decision").w(fix == null ? "" : " corrected").w("\"><td class=\"t\">")
                        .t(time(d.entered() == null ? -1 : d.entered()))
                        .w("</td><td class=\"t\">").t(time(r.tick())).w("</td><td>").t(d.by() == null ? "" : d.by())
                        .w("</td><td>").t(describe(d)).w("</td><td>").t(outcome(r));
                if (fix != null) {
                    h.w("<br><b>").t(fix).w("</b>");
                }
                h.w("</td><td class=\"verdict\">").t(r.verdict() == null ? "" : r.verdict().label()).w("</td></tr>\n");
            }
            h.w("</tbody>\n</table>\n");
        }
        withdrawnSection(h);
        h.w("</section>\n");
    }

    /** Decisions withdrawn before they applied: the simulation never saw them, the record keeps them. */
    private void withdrawnSection(H h) {
        if (record.withdrawn().isEmpty()) {
            return;
        }
        h.w("<h3>Withdrawn before they applied</h3>\n<p class=\"note\">Entered, then taken back before the next tick: "
                + "the simulation never acted on them.</p>\n<table class=\"drill-withdrawn\">\n<thead><tr><th>Entered</th>"
                + "<th>Withdrawn</th><th>Who</th><th>Decision</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (DrillRecord.Decision d : record.withdrawn()) {
            h.w("<tr class=\"withdrawn\"><td class=\"t\">").t(time(d.entered() == null ? -1 : d.entered()))
                    .w("</td><td class=\"t\">").t(time(d.withdrawnAt() == null ? -1 : d.withdrawnAt())).w("</td><td>")
                    .t(d.who()).w("</td><td>").t(describe(d)).w("</td><td>").t(d.note() == null ? "" : d.note())
                    .w("</td></tr>\n");
        }
        h.w("</tbody>\n</table>\n");
    }

    private void injectSection(H h) {
        h.w("<section id=\"drill-injects\">\n<h2>Injects</h2>\n");
        if (injects.isEmpty()) {
            h.w("<p>No injects reached the channel.</p>\n</section>\n");
            return;
        }
        h.w("<table class=\"injects\">\n<thead><tr><th>Time</th><th>From</th><th>Channel</th><th>Text</th></tr></thead>\n<tbody>\n");
        for (InjectRow r : injects) {
            h.w("<tr class=\"inject\"><td class=\"t\">").t(time(r.tick())).w("</td><td>")
                    .t("scenario".equals(r.source()) ? "Scenario" : "Facilitator").w("</td><td>").t(r.channel())
                    .w("</td><td>").t(r.text()).w("</td></tr>\n");
        }
        h.w("</tbody>\n</table>\n</section>\n");
    }

    private void observationsByRole(H h) {
        h.w("<section id=\"drill-observations\">\n<h2>Observations by role</h2>\n");
        if (record.currentObservations().isEmpty()) {
            h.w("<p>No observations were recorded.</p>\n</section>\n");
            return;
        }
        List<String> roles = new ArrayList<>();
        roles.add(null);
        roles.addAll(roles());
        for (String role : roles) {
            List<DrillRecord.Observation> os = observationsOf(role);
            if (os.isEmpty()) {
                continue;
            }
            h.w("<h3>").t(role == null ? "The whole team" : role).w("</h3>\n");
            h.w("<table class=\"observations\">\n<thead><tr><th>Time</th><th>Tag</th><th>About</th><th>Observation</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (DrillRecord.Observation o : os) {
                h.w("<tr class=\"obs-").w(o.tagValue().id()).w("\"><td class=\"t\">").t(time(o.tick()))
                        .w("</td><td>").t(o.tagValue().label()).w("</td><td>").t(o.about() == null ? "the whole team" : o.about())
                        .w("</td><td>").t(o.text());
                if (o.editedAt() != null) {
                    h.w(" <span class=\"note\">(edited at ").t(time(o.editedAt())).w(")</span>");
                }
                h.w("</td></tr>\n");
            }
            h.w("</tbody>\n</table>\n");
        }
        long removed = record.observations().stream().filter(DrillRecord.Observation::removed).count();
        if (removed > 0) {
            h.w("<p class=\"note\">").t(removed + (removed == 1 ? " observation was" : " observations were"))
                    .w(" removed by the facilitator (kept in the drill's record).</p>\n");
        }
        h.w("</section>\n");
    }

    /** Markup and escaped text. */
    private static final class H {
        private final StringBuilder out;

        H(StringBuilder out) {
            this.out = out;
        }

        H w(String markup) {
            out.append(markup);
            return this;
        }

        H t(String text) {
            out.append(Html.escape(text));
            return this;
        }
    }
}
