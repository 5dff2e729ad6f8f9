package firedrill.app.drill;

import static firedrill.app.drill.FacilitatorConsoleView.TRUTH;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Ground truth, facilitator only: per cluster the true share of API requests answered, DNS, agent,
 * admission, traffic served and what the team's dashboards make of it; the service line; and what the
 * team is missing. Selecting clusters in the table makes them the target of the next decision. Every
 * node carries the style class {@value FacilitatorConsoleView#TRUTH}.
 */
final class TruthPanel extends VBox {
    private final DrillViewModel vm;
    private final TableView<GroundTruth.Row> table;
    private final TableColumn<GroundTruth.Row, String> cluster;
    private final TableColumn<GroundTruth.Row, String> nodes;
    private final List<TableColumn<GroundTruth.Row, ?>> pct = new ArrayList<>();
    private final TableColumn<GroundTruth.Row, String> seen;
    /** True while the selection is put back after the rows were refreshed (not the facilitator's doing). */
    private boolean restoring;
    private double fontPx = 14;

    TruthPanel(DrillViewModel vm) {
        this.vm = vm;
        Label badge = new Label("facilitator only");
        badge.getStyleClass().add("truth-badge");
        CheckBox only = new CheckBox("only trouble & misread");
        only.setId("truth-only-trouble");
        only.getStyleClass().add("panel-check");
        only.setFocusTraversable(false);
        only.selectedProperty().bindBidirectional(vm.onlyTroubleProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        only.setMinWidth(Region.USE_PREF_SIZE);
        Label title = Panels.title("Ground truth");
        title.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(title, badge, only);
        header.getStyleClass().addAll("panel-header", "flow-header");
        header.setMinHeight(Region.USE_PREF_SIZE);

        Label summary = new Label();
        summary.setId("truth-summary");
        summary.getStyleClass().addAll("truth-summary", TRUTH);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.truthSummaryProperty());
        Label services = new Label();
        services.setId("truth-services");
        services.getStyleClass().addAll("truth-services", TRUTH);
        services.setWrapText(true);
        services.setMinHeight(Region.USE_PREF_SIZE);
        services.textProperty().bind(vm.servicesTruthProperty());

        table = new TableView<>(vm.truth());
        table.setId("truth-table");
        table.getStyleClass().addAll("truth-table", Styles.DENSE, TRUTH);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cluster = textColumn("Cluster", 112, GroundTruth.Row::id);
        cluster.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("truth-cluster"); // status: a cluster's name is never cut
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        });
        table.getColumns().add(cluster);
        nodes = textColumn("Nodes", 60, r -> String.format(Locale.ROOT, "%,d", r.nodes()));
        table.getColumns().add(nodes);
        pct.add(pctColumn("API", r -> r.health(), true));
        pct.add(pctColumn("DNS", r -> r.dns(), true));
        pct.add(pctColumn("Agent", r -> r.agent(), false));
        pct.add(pctColumn("Admit", r -> r.admitted(), true));
        pct.add(pctColumn("Served", r -> r.served(), true));
        table.getColumns().addAll(pct);
        // What the team's dashboards make of it, flagged when that is wrong (the list below says how).
        seen = textColumn("Team sees", 80, r -> firedrill.app.fx.HealthScale.label(r.seenSeverity())
                + (r.misread() ? " ⚠" : ""));
        seen.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s);
                getStyleClass().removeAll("truth-missing");
                if (!empty && s != null && s.contains("⚠")) {
                    getStyleClass().add("truth-missing");
                }
            }
        });
        table.getColumns().add(seen);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<GroundTruth.Row> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(GroundTruth.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    setTooltip(empty || r == null ? null : new Tooltip(r.summary() + " · " + String.format(Locale.ROOT,
                            "%,d nodes", r.nodes()) + " · region " + r.region() + (r.misread() ? "\n⚠ " + r.missing() : "")));
                }
            };
            return row;
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<GroundTruth.Row>) c -> {
            if (restoring || vm.truthUpdating()) {
                return; // the rows were replaced, not the selection changed
            }
            List<String> ids = new ArrayList<>();
            for (GroundTruth.Row r : table.getSelectionModel().getSelectedItems()) {
                if (r != null) {
                    ids.add(r.id());
                }
            }
            vm.observed().setSelection(ids);
        });
        Label empty = new Label("Every cluster is healthy and the team sees it so.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The rows are rebuilt a few times a second: keep the facilitator's selection (the next decision's target).
        vm.truth().addListener((javafx.collections.ListChangeListener<GroundTruth.Row>) c -> restoreSelection());
        table.widthProperty().addListener((o, a, b) -> fitColumns());

        Label missTitle = Panels.title("What the team is missing");
        Label missCount = new Label();
        missCount.getStyleClass().add("count-badge");
        missCount.textProperty().bind(Bindings.size(vm.missing()).asString());
        ListView<GroundTruth.Row> missing = new ListView<>(vm.missing());
        missing.setId("missing-list");
        missing.getStyleClass().addAll("missing-list", Styles.DENSE, TRUTH);
        missing.setPrefHeight(120);
        missing.setMinHeight(60);
        missing.setFocusTraversable(false);
        missing.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(GroundTruth.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.id() + " (" + String.format(Locale.ROOT, "%,d", r.nodes())
                        + " nodes) — " + r.missing());
            }
        });
        Label none = new Label("Nothing: the dashboards agree with the truth.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        missing.setPlaceholder(none);

        getChildren().addAll(header, summary, services, table, Panels.header(missTitle, missCount), missing);
        setId("truth-panel");
        getStyleClass().addAll("panel", "truth-panel", TRUTH);

    }

    /** Sizes the columns for the console's type size: a cluster's full name always fits. */
    void setFontSize(double px) {
        fontPx = px;
        fitColumns();
    }

    private void fitColumns() {
        javafx.scene.text.Font cell = javafx.scene.text.Font.font(fontPx * 0.85);
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, fontPx * 0.85);
        double pad = fontPx * 1.1;
        double longest = 0;
        for (String id : vm.clusterIds()) {
            longest = Math.max(longest, firedrill.app.fx.TextMetrics.width(id, cell));
        }
        double clusterW = Math.ceil(longest + pad);
        cluster.setMinWidth(clusterW);
        cluster.setPrefWidth(clusterW);
        double pctW = Math.ceil(Math.max(firedrill.app.fx.TextMetrics.width("100%", bold),
                firedrill.app.fx.TextMetrics.width("Served", bold)) + fontPx * 0.9);
        for (TableColumn<GroundTruth.Row, ?> c : pct) {
            c.setMinWidth(pctW);
            c.setPrefWidth(pctW);
        }
        double nodesW = Math.ceil(firedrill.app.fx.TextMetrics.width("10,000", cell) + pad);
        double seenW = Math.ceil(firedrill.app.fx.TextMetrics.width("no data ⚠", cell) + pad);
        nodes.setMinWidth(nodesW);
        nodes.setPrefWidth(nodesW);
        seen.setMinWidth(Math.ceil(firedrill.app.fx.TextMetrics.width("no data", cell) + pad));
        seen.setPrefWidth(seenW);
        // On a narrow console the node counts give way (they are in each row's tooltip and in the missing list).
        double needed = clusterW + pct.size() * pctW + seenW + nodesW + fontPx * 1.5;
        nodes.setVisible(table.getWidth() <= 0 || table.getWidth() >= needed);
    }

    private void restoreSelection() {
        List<String> want = vm.observed().selectedClusters();
        restoring = true;
        try {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (want.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            restoring = false;
        }
    }

    private static TableColumn<GroundTruth.Row, String> textColumn(String title, double width,
                                                                   Function<GroundTruth.Row, String> f) {
        TableColumn<GroundTruth.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setSortable(false);
        return c;
    }

    /** A percentage column coloured by how healthy the value is ({@code highGood}: 100% is healthy). */
    private static TableColumn<GroundTruth.Row, Double> pctColumn(String title, Function<GroundTruth.Row, Double> f,
                                                                  boolean highGood) {
        TableColumn<GroundTruth.Row, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(title.length() > 4 ? 64 : title.length() > 3 ? 58 : 48);
        c.setMinWidth(c.getPrefWidth());
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("truth-cell", "bad", "warn", "ok");
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                setText(GroundTruth.pct(v));
                double good = highGood ? v : 1 - v;
                getStyleClass().addAll("truth-cell", good < 0.5 ? "bad" : good < 0.95 ? "warn" : "ok");
            }
        });
        return c;
    }
}
