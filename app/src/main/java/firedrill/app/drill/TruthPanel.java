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

    TruthPanel(DrillViewModel vm) {
        this.vm = vm;
        Label badge = new Label("facilitator only");
        badge.getStyleClass().add("truth-badge");
        CheckBox only = new CheckBox("only trouble & misread");
        only.setId("truth-only-trouble");
        only.getStyleClass().add("panel-check");
        only.setFocusTraversable(false);
        only.selectedProperty().bindBidirectional(vm.onlyTroubleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = Panels.header(Panels.title("Ground truth"), badge, grow, only);

        Label summary = new Label();
        summary.setId("truth-summary");
        summary.getStyleClass().addAll("truth-summary", TRUTH);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.truthSummaryProperty());
        Label services = new Label();
        services.setId("truth-services");
        services.getStyleClass().addAll("truth-services", TRUTH);
        services.setWrapText(true);
        services.textProperty().bind(vm.servicesTruthProperty());

        TableView<GroundTruth.Row> table = new TableView<>(vm.truth());
        table.setId("truth-table");
        table.getStyleClass().addAll("truth-table", Styles.DENSE, TRUTH);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn("Cluster", 112, GroundTruth.Row::id));
        table.getColumns().add(textColumn("Nodes", 60, r -> String.valueOf(r.nodes())));
        table.getColumns().add(pctColumn("API", r -> r.health(), true));
        table.getColumns().add(pctColumn("DNS", r -> r.dns(), true));
        table.getColumns().add(pctColumn("Agent", r -> r.agent(), false));
        table.getColumns().add(pctColumn("Admit", r -> r.admitted(), true));
        table.getColumns().add(pctColumn("Served", r -> r.served(), true));
        TableColumn<GroundTruth.Row, String> seen = textColumn("Seen as", 70,
                r -> firedrill.app.fx.HealthScale.label(r.seenSeverity()));
        table.getColumns().add(seen);
        TableColumn<GroundTruth.Row, String> miss = textColumn("Missing", 90, GroundTruth.Row::missingShort);
        miss.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s);
                getStyleClass().removeAll("truth-missing");
                if (!empty && s != null && !s.isEmpty()) {
                    getStyleClass().add("truth-missing");
                }
            }
        });
        table.getColumns().add(miss);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<GroundTruth.Row> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(GroundTruth.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    setTooltip(empty || r == null ? null : new Tooltip(r.summary() + " · region " + r.region()));
                }
            };
            return row;
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<GroundTruth.Row>) c -> {
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
        setMinWidth(380);
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
