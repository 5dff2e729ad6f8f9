package firedrill.app.practice;

import firedrill.app.fx.Formats;
import firedrill.engine.action.ActionKind;
import firedrill.engine.action.ExecutionPlan;
import firedrill.engine.command.Command;
import firedrill.engine.model.Targets;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The action panel: pick an action from the scenario's catalog, see what it takes, set its parameters
 * and target, confirm. The result is a command handed to the console. No toolkit needed.
 */
public final class ActionPanelViewModel {
    /** How the target is chosen. */
    public enum TargetKind {
        ALL("All clusters"),
        REGION("Region"),
        SELECTION("Selected clusters"),
        LARGEST("Largest N"),
        SERVICE("Clusters serving");

        private final String label;

        TargetKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One numeric parameter with its unit, range, default and current value. */
    public static final class Param {
        private final String name;
        private final ActionSpec.Param spec;
        private final DoubleProperty value;

        Param(String name, ActionSpec.Param spec) {
            this.name = name;
            this.spec = spec;
            this.value = new SimpleDoubleProperty(this, name, spec.defaultValue() == null ? 0 : spec.defaultValue());
        }

        public String name() {
            return name;
        }

        public String unit() {
            return spec.unit() == null ? "" : spec.unit();
        }

        public String help() {
            return spec.help() == null ? "" : spec.help();
        }

        public double min() {
            return spec.min() == null ? 0 : spec.min();
        }

        public double max() {
            return spec.max() == null ? Math.max(1, defaultValue() * 10) : spec.max();
        }

        public double defaultValue() {
            return spec.defaultValue() == null ? min() : spec.defaultValue();
        }

        /** A spinner step that lands on round values within the range. */
        public double step() {
            boolean whole = min() == Math.rint(min()) && max() == Math.rint(max()) && defaultValue() == Math.rint(defaultValue());
            double raw = (max() - min()) / 100;
            double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
            double step = raw / p <= 1 ? p : raw / p <= 2 ? 2 * p : raw / p <= 5 ? 5 * p : 10 * p;
            return whole ? Math.max(1, Math.round(step)) : step;
        }

        public DoubleProperty valueProperty() {
            return value;
        }

        public double value() {
            return value.get();
        }

        public void set(double v) {
            value.set(v);
        }

        public String range() {
            return Formats.number(min()) + "–" + Formats.number(max());
        }
    }

    private final List<ActionSpec> catalog;
    private final FleetLayout layout;
    private final ConsoleViewModel console;
    private final List<String> serviceIds;
    private final ObjectProperty<ActionSpec> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(this, "targetKind", TargetKind.ALL);
    private final StringProperty region = new SimpleStringProperty(this, "region");
    private final StringProperty service = new SimpleStringProperty(this, "service");
    private final IntegerProperty largest = new SimpleIntegerProperty(this, "largest", 5);
    private final StringProperty clusterIds = new SimpleStringProperty(this, "clusterIds", "");
    private final BooleanProperty followSelection = new SimpleBooleanProperty(this, "followSelection", true);
    private final ObservableList<Param> params = FXCollections.observableArrayList();
    private final ObservableList<Param> paramsView = FXCollections.unmodifiableObservableList(params);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");
    private final ReadOnlyStringWrapper needs = new ReadOnlyStringWrapper(this, "needs", "");
    private final ReadOnlyBooleanWrapper needsApi = new ReadOnlyBooleanWrapper(this, "needsApi");
    private final ReadOnlyBooleanWrapper clusterScoped = new ReadOnlyBooleanWrapper(this, "clusterScoped");
    private final ReadOnlyStringWrapper selector = new ReadOnlyStringWrapper(this, "selector", "");
    private final ReadOnlyStringWrapper targetSummary = new ReadOnlyStringWrapper(this, "targetSummary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(this, "canConfirm");
    private final ReadOnlyStringWrapper lastIssued = new ReadOnlyStringWrapper(this, "lastIssued", "");
    /** manual or automated; the action's default when it is chosen. */
    private final StringProperty mode = new SimpleStringProperty(this, "mode", ActionSpec.MANUAL);
    private final ReadOnlyBooleanWrapper offersAutomated = new ReadOnlyBooleanWrapper(this, "offersAutomated");
    private final IntegerProperty responders = new SimpleIntegerProperty(this, "responders", 1);
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private final int teamMax;
    /** A status update is written, not just pressed: its composer, shown while one is selected. */
    private final StatusComposer composer;
    private final ReadOnlyBooleanWrapper composing = new ReadOnlyBooleanWrapper(this, "composing");
    private final StringProperty selectionHint = new SimpleStringProperty(this, "selectionHint",
            "in the fleet view (click, Shift/Ctrl-click or drag)");

    public ActionPanelViewModel(ConsoleViewModel console) {
        this.console = console;
        this.catalog = List.copyOf(console.spec().scenario().actions());
        this.layout = console.spec().layout();
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < layout.services(); s++) {
            ids.add(layout.serviceId(s));
        }
        this.serviceIds = List.copyOf(ids);
        this.teamMax = ExecutionPlan.teamMax(console.spec());
        List<String> names = new ArrayList<>();
        for (int k = 0; k < layout.services(); k++) {
            names.add(layout.serviceName(k));
        }
        this.composer = new StatusComposer(serviceIds, names, () -> console.tickProperty().get(), console.spec()::timeOf);
        composer.problemProperty().addListener((o, a, b) -> revalidate());
        console.tickProperty().addListener((o, a, b) -> {
            if (composing.get()) {
                composer.refresh();
            }
        });
        region.set(layout.regions().isEmpty() ? null : layout.regions().get(0));
        service.set(serviceIds.isEmpty() ? null : serviceIds.get(0));
        selected.addListener((o, a, b) -> onSelected(b));
        targetKind.addListener((o, a, b) -> revalidate());
        region.addListener((o, a, b) -> revalidate());
        service.addListener((o, a, b) -> revalidate());
        largest.addListener((o, a, b) -> revalidate());
        clusterIds.addListener((o, a, b) -> revalidate());
        mode.addListener((o, a, b) -> revalidate());
        responders.addListener((o, a, b) -> revalidate());
        // The estimate moves with the clock (responders free up, the API answers more or less).
        console.tickProperty().addListener((o, a, b) -> updateEta());
        selectionHint.addListener((o, a, b) -> revalidate());
        console.endedProperty().addListener((o, a, b) -> revalidate());
        console.selectedClusters().addListener((ListChangeListener<String>) c -> onFleetSelection());
        revalidate();
    }

    private void onSelected(ActionSpec a) {
        params.clear();
        if (a == null) {
            description.set("");
            duration.set("");
            needs.set("");
            needsApi.set(false);
            clusterScoped.set(false);
            composing.set(false);
            revalidate();
            return;
        }
        description.set(a.description() == null ? "" : a.description());
        String d = Formats.duration(a.duration()) + " hands-on";
        if (a.perExtraTarget() != null) {
            d += ", +" + Formats.duration(a.perExtraTarget()) + " per extra cluster";
        }
        if (a.automated() != null) {
            ActionSpec.Automated au = a.automated();
            d += "; automated: " + Formats.duration(au.prepare()) + " to prepare, then " + au.parallelism()
                    + " at a time, " + Formats.duration(au.perTarget()) + " each";
        }
        if (a.requiresApi() && a.timeout() != null) {
            d += "; a cluster gives up after " + Formats.duration(a.timeout());
        }
        duration.set(d);
        needsApi.set(a.requiresApi());
        needs.set(a.requiresApi()
                ? "Needs the Kubernetes API: progresses only as fast as the API answers"
                : "Works outside the Kubernetes API");
        ActionKind kind = ActionKind.fromId(a.kind());
        clusterScoped.set(kind == null || kind.clusterScoped());
        offersAutomated.set(a.automated() != null);
        mode.set(a.modeOrDefault());
        responders.set(1);
        composing.set(kind == ActionKind.STATUS_UPDATE);
        composer.refresh();
        for (Map.Entry<String, ActionSpec.Param> e : a.params().entrySet()) {
            Param p = new Param(e.getKey(), e.getValue());
            p.valueProperty().addListener((o, x, y) -> revalidate());
            params.add(p);
        }
        boolean fleetWide = a.defaultTarget() != null
                && (a.defaultTarget().equals("all") || a.defaultTarget().equals("fleet"));
        if (!console.selectedClusters().isEmpty() && clusterScoped.get() && !fleetWide) {
            clusterIds.set(String.join(",", console.selectedClusters()));
            targetKind.set(TargetKind.SELECTION);
        } else {
            applyDefaultTarget(a.defaultTarget());
        }
        revalidate();
    }

    /** More targets than this (or the whole fleet) are listed for confirmation before issuing. */
    public static final int CONFIRM_ABOVE = 5;

    /** The clusters the current target resolves to, in work order (empty when not a cluster target). */
    public List<String> resolvedTargets() {
        String sel = buildSelector();
        if (sel.isEmpty() || !clusterScoped.get()) {
            return List.of();
        }
        try {
            int[] cs = firedrill.engine.model.Targets.resolve(sel, console.spec().layout());
            List<String> out = new ArrayList<>(cs.length);
            for (int c : cs) {
                out.add(console.spec().layout().id(c));
            }
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Whether issuing should first show the resolved targets (fleet-wide, or more than {@link #CONFIRM_ABOVE}). */
    public boolean needsConfirmation() {
        return selected.get() != null && clusterScoped.get()
                && ("all".equals(buildSelector()) || resolvedTargets().size() > CONFIRM_ABOVE);
    }

    /** The confirmation's text: the action and every resolved target (the first 40 by name, then a count). */
    public String confirmationText() {
        ActionSpec a = selected.get();
        List<String> ids = resolvedTargets();
        StringBuilder b = new StringBuilder();
        b.append(a == null ? "" : a.title()).append(" on ").append(ids.size()).append(ids.size() == 1 ? " cluster" : " clusters")
                .append(" (").append(buildSelector()).append("):\n");
        int shown = Math.min(40, ids.size());
        b.append(String.join(", ", ids.subList(0, shown)));
        if (ids.size() > shown) {
            b.append(" … and ").append(ids.size() - shown).append(" more");
        }
        return b.toString();
    }

    /** Sets the target controls from a selector such as {@code largest:5}. */
    public void setTarget(String sel) {
        applyDefaultTarget(sel);
        revalidate();
    }

    private void applyDefaultTarget(String sel) {
        if (sel == null || sel.isBlank() || sel.equals("all") || sel.equals("fleet")) {
            targetKind.set(sel == null && clusterScoped.get() ? TargetKind.LARGEST : TargetKind.ALL);
            return;
        }
        int colon = sel.indexOf(':');
        String kind = colon < 0 ? sel : sel.substring(0, colon);
        String arg = colon < 0 ? "" : sel.substring(colon + 1);
        switch (kind) {
            case "region":
                region.set(arg);
                targetKind.set(TargetKind.REGION);
                break;
            case "service":
                service.set(arg);
                targetKind.set(TargetKind.SERVICE);
                break;
            case "largest":
                try {
                    largest.set(Integer.parseInt(arg.trim()));
                } catch (NumberFormatException e) {
                    largest.set(5);
                }
                targetKind.set(TargetKind.LARGEST);
                break;
            case "cluster":
            case "clusters":
                clusterIds.set(arg);
                targetKind.set(TargetKind.SELECTION);
                break;
            default:
                targetKind.set(TargetKind.ALL);
        }
    }

    private void onFleetSelection() {
        if (!followSelection.get()) {
            return;
        }
        // The selection feeds "Selected clusters" but never switches the scope by itself (issue #21):
        // a fleet-wide action stays fleet-wide however the tiles are clicked.
        clusterIds.set(String.join(",", console.selectedClusters()));
    }

    /** The selector the current target controls describe (empty when incomplete). */
    public String buildSelector() {
        switch (targetKind.get()) {
            case ALL:
                return "all";
            case REGION:
                return region.get() == null ? "" : "region:" + region.get();
            case SERVICE:
                return service.get() == null ? "" : "service:" + service.get();
            case LARGEST:
                return "largest:" + largest.get();
            case SELECTION:
            default:
                List<String> ids = parseIds(clusterIds.get());
                return ids.isEmpty() ? "" : "cluster:" + String.join(",", ids);
        }
    }

    static List<String> parseIds(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : text.split("[,\\s]+")) {
            if (!s.isBlank() && !out.contains(s.trim())) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private void revalidate() {
        ActionSpec a = selected.get();
        String sel = buildSelector();
        selector.set(sel);
        String problem = "";
        String summary = "";
        if (a == null) {
            problem = "Choose an action.";
        } else if (clusterScoped.get()) {
            if (sel.isEmpty()) {
                problem = targetKind.get() == TargetKind.SELECTION
                        ? "Select clusters " + selectionHint.get() + "." : "Choose a target.";
            } else {
                try {
                    int[] clusters = Targets.resolve(sel, layout);
                    long nodes = Arrays.stream(clusters).mapToLong(layout::nodes).sum();
                    summary = clusters.length + (clusters.length == 1 ? " cluster, " : " clusters, ")
                            + String.format(Locale.ROOT, "%,d", nodes) + " nodes";
                    if (clusters.length == 0) {
                        problem = "The target matches no cluster.";
                    }
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
        } else {
            summary = "Acts on the whole incident, not on clusters";
        }
        if (problem.isEmpty()) {
            for (Param p : params) {
                if (Double.isNaN(p.value()) || p.value() < p.min() || p.value() > p.max()) {
                    problem = p.name() + " must be within " + p.range();
                }
            }
        }
        if (problem.isEmpty() && composing.get() && !composer.problemProperty().get().isEmpty()) {
            problem = composer.problemProperty().get();
        }
        if (problem.isEmpty() && console.endedProperty().get()) {
            problem = "The exercise has ended.";
        }
        if (problem.isEmpty() && a != null) {
            Command cmd = command(a);
            String execution = ExecutionPlan.problem(a, cmd, teamMax);
            if (execution != null) {
                problem = execution;
            }
        }
        targetSummary.set(summary);
        error.set(problem);
        canConfirm.set(problem.isEmpty());
        updateEta();
    }

    private Command command(ActionSpec a) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Param p : params) {
            values.put(p.name(), p.value());
        }
        String target = clusterScoped.get() ? selector.get() : null;
        boolean automated = ActionSpec.AUTOMATED.equals(mode.get());
        return Command.action(console.tickProperty().get() + 1, a.id(), target, values,
                mode.get().equals(a.modeOrDefault()) ? null : mode.get(),
                automated || responders.get() <= 1 ? null : responders.get(), ConsoleViewModel.BY);
    }

    /**
     * "first effect ~HH:MM, last ~HH:MM, holds k responders until HH:MM" from the engine's own
     * estimate, with the responders as the trainee sees them and the API answering as the dashboards
     * show (one minus the observed error ratio).
     */
    private void updateEta() {
        ActionSpec a = selected.get();
        Snapshot snap = console.snapshot();
        if (a == null || snap == null || !canConfirm.get()) {
            eta.set("");
            return;
        }
        int tick = snap.tick() + 1;
        double[] answered = ExecutionPlan.answeredFromObserved(snap.clusters().apiErrorRatio());
        int[] freeAt = ExecutionPlan.availability(console.spec(), snap.actions(), snap.responders(), tick, answered);
        ExecutionPlan.Estimate e = ExecutionPlan.estimate(console.spec(), command(a), tick, freeAt, answered);
        eta.set(e.describe(console.spec()));
    }

    /** Issues the configured action; returns false (and changes nothing) when it is incomplete. */
    public boolean confirm() {
        revalidate();
        ActionSpec a = selected.get();
        if (!canConfirm.get() || a == null) {
            return false;
        }
        Command cmd = command(a);
        String text = composing.get() ? composer.text() : null;
        console.issue(a.id(), cmd.target(), cmd.params(), cmd.mode(), cmd.responders(), text);
        lastIssued.set(a.title() + (cmd.target() == null ? "" : " → " + cmd.target())
                + (ActionSpec.AUTOMATED.equals(mode.get()) ? " (automated)" : responders.get() > 1
                ? " (" + responders.get() + " responders)" : ""));
        if (text != null) {
            composer.clearWords();
        }
        return true;
    }

    /**
     * Catalog entries matching every word of a query (in the title, id or description), those whose
     * title holds every word first; all of them when the query is blank.
     */
    public List<ActionSpec> filter(String query) {
        if (query == null || query.isBlank()) {
            return catalog;
        }
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<ActionSpec> inTitle = new ArrayList<>();
        List<ActionSpec> elsewhere = new ArrayList<>();
        for (ActionSpec a : catalog) {
            String title = a.title().toLowerCase(Locale.ROOT);
            String hay = (title + " " + a.id() + " " + (a.description() == null ? "" : a.description()))
                    .toLowerCase(Locale.ROOT);
            boolean all = true;
            boolean titled = true;
            for (String w : words) {
                all &= hay.contains(w);
                titled &= title.contains(w);
            }
            if (titled) {
                inTitle.add(a);
            } else if (all) {
                elsewhere.add(a);
            }
        }
        inTitle.addAll(elsewhere);
        return inTitle;
    }

    public ActionSpec byId(String id) {
        for (ActionSpec a : catalog) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    public Param param(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    // ---- properties -------------------------------------------------------------------------------

    public List<ActionSpec> catalog() {
        return catalog;
    }

    public List<String> regions() {
        return layout.regions();
    }

    public List<String> services() {
        return serviceIds;
    }

    public String serviceName(String id) {
        int s = layout.serviceIndex(id);
        return s < 0 ? id : layout.serviceName(s);
    }

    public int clusterCount() {
        return layout.clusters();
    }

    public ObjectProperty<ActionSpec> selectedProperty() {
        return selected;
    }

    public ObjectProperty<TargetKind> targetKindProperty() {
        return targetKind;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty serviceProperty() {
        return service;
    }

    public IntegerProperty largestProperty() {
        return largest;
    }

    public StringProperty clusterIdsProperty() {
        return clusterIds;
    }

    public ObservableList<Param> params() {
        return paramsView;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty needsProperty() {
        return needs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsApiProperty() {
        return needsApi.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty clusterScopedProperty() {
        return clusterScoped.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectorProperty() {
        return selector.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetSummaryProperty() {
        return targetSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    /** What the edge probes show for a product now (observed availability; NaN before the first sample). */
    public double observedAvailability(String serviceId) {
        var snap = console.snapshot();
        int k = layout.serviceIndex(serviceId);
        return snap == null || k < 0 || snap.observedAvailability() == null || k >= snap.observedAvailability().length
                ? Double.NaN : snap.observedAvailability()[k];
    }

    /** The console's simulated tick (the composer's product readings follow it). */
    public javafx.beans.property.ReadOnlyIntegerProperty tickProperty() {
        return console.tickProperty();
    }

    /** The status update composer (its text is what a status update posts). */
    public StatusComposer composer() {
        return composer;
    }

    /** True while a status update is selected: the composer is shown and its text is required. */
    public ReadOnlyBooleanProperty composingProperty() {
        return composing.getReadOnlyProperty();
    }

    /**
     * Where the user selects clusters, as the panel's messages say it ("in the fleet view (click, …)";
     * a facilitator selects in the ground-truth table).
     */
    public StringProperty selectionHintProperty() {
        return selectionHint;
    }

    public ReadOnlyStringProperty lastIssuedProperty() {
        return lastIssued.getReadOnlyProperty();
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty offersAutomatedProperty() {
        return offersAutomated.getReadOnlyProperty();
    }

    public IntegerProperty respondersProperty() {
        return responders;
    }

    /** Most responders one action can ask for (the team with everyone escalation pages). */
    public int teamMax() {
        return teamMax;
    }

    /** The engine's estimate for the configured action (empty while it is incomplete). */
    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }
}
