package firedrill.app.author;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Formats;
import firedrill.engine.score.MilestoneResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The preview column: what the reference playbook and doing nothing do to each service, and the milestones table. */
final class PreviewPane {
    private final VBox root = new VBox(10);
    private final VBox charts = new VBox(6);
    private final List<PreviewChart> chartList = new ArrayList<>();
    private final List<firedrill.app.fx.CanvasPane> canvases;
    private final TableView<MilestoneResult> milestones = new TableView<>();
    private final Label summary = new Label();
    private final Label changes = new Label();
    private AuthorViewModel vm;
    private Preview.Result shown;

    PreviewPane(AuthorViewModel vm, List<firedrill.app.fx.CanvasPane> canvases) {
        this.canvases = canvases;
        root.getStyleClass().add("author-preview");
        root.setId("author-preview");
        Label title = new Label("Preview");
        title.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.previewRunningProperty());
        Label status = new Label();
        status.setId("preview-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(vm.previewStatusProperty());
        status.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, busy);
        head.setAlignment(Pos.CENTER_LEFT);
        summary.setId("preview-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("author-preview-summary");
        summary.setMinHeight(Region.USE_PREF_SIZE);

        milestones.setId("preview-milestones");
        milestones.getStyleClass().addAll(Styles.DENSE, "author-table");
        milestones.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        milestones.setPlaceholder(new Label("No measured milestones"));
        milestones.setPrefHeight(220);
        milestones.setMinHeight(140);
        milestones.getColumns().add(col("Real", 55, m -> shown == null ? "" : shown.spec().timeOf(m.realTick())));
        milestones.getColumns().add(col("Ref. run", 80, m -> shown == null || m.runTick() < 0 ? "never"
                : shown.spec().timeOf(m.runTick())));
        milestones.getColumns().add(col("Δ", 82, m -> Formats.deltaMinutes(m.deltaMinutes())));
        milestones.getColumns().add(col("", 58, m -> m.withinTolerance() ? "✓ in" : "✗ out"));
        milestones.getColumns().add(col("Milestone", 160, MilestoneResult::label));
        milestones.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MilestoneResult m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().remove("outside");
                if (!empty && m != null && !m.withinTolerance()) {
                    getStyleClass().add("outside");
                }
            }
        });
        Label msTitle = new Label("Real timeline vs reference run (seed " + AuthorViewModel.PREVIEW_SEED + ")");
        msTitle.getStyleClass().addAll(Styles.TEXT_BOLD);

        // The milestone's name wraps in its column instead of being cut ("Customer imp…").
        @SuppressWarnings("unchecked")
        TableColumn<MilestoneResult, String> name = (TableColumn<MilestoneResult, String>) milestones.getColumns()
                .get(milestones.getColumns().size() - 1);
        name.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(name.widthProperty().subtract(12));
                text.getStyleClass().add("milestone-name");
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        });

        Label stale = new Label("Out of date: this shows the scenario before your last edit; the new run follows.");
        stale.setId("preview-stale");
        stale.setWrapText(true);
        stale.getStyleClass().addAll(Styles.WARNING, "preview-stale");
        stale.visibleProperty().bind(vm.previewStaleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        Label changedTitle = new Label("Changed since the last preview");
        changedTitle.getStyleClass().add(Styles.TEXT_BOLD);
        changes.setId("preview-changes");
        changes.setWrapText(true);
        changes.getStyleClass().add("preview-changes");
        VBox changedBox = new VBox(4, changedTitle, changes);
        changedBox.visibleProperty().bind(vm.previousPreviewProperty().isNotNull());
        changedBox.managedProperty().bind(changedBox.visibleProperty());
        VBox content = new VBox(10, stale, summary, changedBox, charts, msTitle, milestones);
        // A stale preview is visibly stale: dimmed until the run of the latest edit replaces it.
        vm.previewStaleProperty().addListener((o, a, b) -> {
            for (Node n : List.of(summary, charts, milestones, changedBox)) {
                n.setOpacity(b ? 0.45 : 1);
            }
        });
        this.vm = vm;
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(head, status, scroll);
        vm.previewProperty().addListener((o, a, b) -> show(b));
        show(vm.previewProperty().get());
    }

    private static TableColumn<MilestoneResult, String> col(String title, double width, Function<MilestoneResult, String> f) {
        TableColumn<MilestoneResult, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(title.equals("Milestone") ? 80 : width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    private void show(Preview.Result r) {
        shown = r;
        if (r == null) {
            summary.setText("Runs appear here once the scenario is valid.");
            milestones.getItems().clear();
            return;
        }
        summary.setText(r.summary());
        while (chartList.size() < r.services().size()) {
            PreviewChart c = new PreviewChart();
            chartList.add(c);
            canvases.add(c);
        }
        charts.getChildren().setAll(chartList.subList(0, r.services().size()));
        for (int i = 0; i < r.services().size(); i++) {
            chartList.get(i).setData(r, i);
        }
        milestones.getItems().setAll(r.milestones());
        List<String> c = Preview.changes(vm == null ? null : vm.previousPreviewProperty().get(), r);
        changes.setText(c.isEmpty() ? "Nothing: no milestone, service or cluster of the reference run moved — this edit "
                + "did not change the outcome (seed " + AuthorViewModel.PREVIEW_SEED + ")." : "• " + String.join("\n• ", c));
    }

    Node root() {
        return root;
    }
}
