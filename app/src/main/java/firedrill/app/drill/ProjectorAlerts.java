package firedrill.app.drill;

import firedrill.app.practice.ConsoleViewModel;
import firedrill.engine.alert.AlertEvent;
import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The pager for the room: firing alerts grouped by rule (severity, what it says, how many, since when
 * and where), worst and newest first, so a projector shows the whole picture instead of the first
 * few of a long list. Observed alerts only (the same list the solo console's pager shows); display
 * only, nothing to acknowledge.
 */
final class ProjectorAlerts extends VBox {
    /** Scopes listed per group before "+N more". */
    static final int SCOPES = 2;

    /** Firing alerts of one rule. */
    record Group(String rule, String severity, String summary, int count, int latestTick, int firstTick,
                 List<String> scopes) {}

    private final ConsoleViewModel vm;
    private final FitList list = new FitList(false, 6);
    private final Label more = new Label();
    private List<Group> shown = List.of();

    ProjectorAlerts(ConsoleViewModel vm) {
        this.vm = vm;
        setId("alert-panel");
        getStyleClass().addAll("panel", "alert-panel", "projector-alerts");
        Label title = Status.mark(new Label("Alerts"));
        title.getStyleClass().add("panel-title");
        Label count = Status.mark(new Label());
        count.setId("projector-firing");
        count.getStyleClass().add("count-badge");
        count.textProperty().bind(vm.firingProperty().asString().concat(" firing"));
        vm.firingProperty().addListener((o, a, b) -> count.pseudoClassStateChanged(
                atlantafx.base.theme.Styles.STATE_DANGER, b.intValue() > 0));
        FlowPane header = new FlowPane(title, count);
        header.getStyleClass().add("panel-header");
        header.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("projector-alert-groups");
        VBox.setVgrow(list, Priority.ALWAYS);
        more.getStyleClass().add("fit-more");
        more.setWrapText(true);
        more.textProperty().bind(Bindings.createStringBinding(() -> list.hiddenProperty().get() == 0 ? ""
                : "+ " + list.hiddenProperty().get() + " more kinds of alert", list.hiddenProperty()));
        more.visibleProperty().bind(list.hiddenProperty().greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());
        Label empty = new Label("No alerts. The pager is quiet.");
        empty.getStyleClass().add("projector-empty");
        empty.visibleProperty().bind(vm.firingProperty().isEqualTo(0));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(header, empty, list, more);
        vm.alerts().addListener((ListChangeListener<AlertEvent>) c -> refresh());
        refresh();
    }

    private void refresh() {
        List<Group> groups = groups(vm.alerts());
        if (groups.equals(shown)) {
            return;
        }
        shown = groups;
        List<VBox> rows = new ArrayList<>();
        ModelSpec spec = vm.spec();
        for (Group g : groups) {
            rows.add(row(g, spec));
        }
        list.setRows(rows);
    }

    /** Firing alerts grouped by rule: critical before warning before info, then the newest first. */
    static List<Group> groups(List<AlertEvent> alerts) {
        Map<String, List<AlertEvent>> byRule = new LinkedHashMap<>();
        for (AlertEvent a : alerts) {
            if (a.firing()) {
                byRule.computeIfAbsent(a.rule() == null ? a.summary() : a.rule(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<AlertEvent>> e : byRule.entrySet()) {
            List<AlertEvent> as = new ArrayList<>(e.getValue());
            as.sort((x, y) -> Integer.compare(y.firedTick(), x.firedTick()));
            List<String> scopes = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            for (AlertEvent a : as) {
                String s = a.scope() == null ? "" : a.scope();
                if (!scopes.contains(s)) {
                    scopes.add(s);
                }
                first = Math.min(first, a.firedTick());
            }
            AlertEvent top = as.get(0);
            out.add(new Group(e.getKey(), top.severity() == null ? "info" : top.severity(), top.summary(), as.size(),
                    top.firedTick(), first, List.copyOf(scopes)));
        }
        out.sort((x, y) -> rank(x.severity()) != rank(y.severity()) ? Integer.compare(rank(x.severity()), rank(y.severity()))
                : x.latestTick() != y.latestTick() ? Integer.compare(y.latestTick(), x.latestTick())
                : Objects.compare(x.rule(), y.rule(), String::compareTo));
        return out;
    }

    private static int rank(String severity) {
        return "critical".equals(severity) ? 0 : "warning".equals(severity) ? 1 : 2;
    }

    private static VBox row(Group g, ModelSpec spec) {
        Label sev = Status.mark(new Label(g.severity().equals("critical") ? "CRIT" : g.severity().equals("warning") ? "WARN"
                : g.severity().toUpperCase(Locale.ROOT)));
        sev.getStyleClass().addAll("severity", "severity-" + g.severity());
        sev.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label(g.summary());
        summary.getStyleClass().addAll("alert-summary", "alert-group-title");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(sev, summary);
        top.getStyleClass().add("projector-row");
        top.setAlignment(Pos.TOP_LEFT);
        List<String> sc = g.scopes();
        String when = g.count() == 1 ? "since " + spec.timeOf(g.latestTick())
                : spec.timeOf(g.firstTick()) + "–" + spec.timeOf(g.latestTick());
        String where = String.join(", ", sc.subList(0, Math.min(SCOPES, sc.size())))
                + (sc.size() > SCOPES ? " +" + (sc.size() - SCOPES) : "");
        Label meta = Status.mark(new Label((g.count() == 1 ? "1 alert" : g.count() + " alerts") + " · " + when + " · " + where));
        meta.getStyleClass().add("alert-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(1, top, meta);
        box.getStyleClass().addAll("alert-group", g.severity());
        return box;
    }
}
