package firedrill.app.drill;

import firedrill.app.fx.StyleClasses;
import firedrill.app.practice.ConsoleViewModel;
import firedrill.app.practice.ConsoleViewModel.ActionRow;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the team is working on and how earlier actions ended, for the room: each action's title and
 * state, where and when, its progress and, when it failed, why — all wrapped, never cut. The same
 * observed rows the solo console's panel shows; one tile per row, updated in place as they progress.
 */
final class ProjectorActions extends VBox {
    private static final List<String> OUTCOMES = List.of("outcome-submitted", "outcome-queued", "outcome-running",
            "outcome-succeeded", "outcome-partial", "outcome-failed");

    private final ConsoleViewModel vm;
    private final FitList list = new FitList(false, 8);
    private final List<Tile> tiles = new ArrayList<>();

    ProjectorActions(ConsoleViewModel vm) {
        this.vm = vm;
        setId("inflight-panel");
        getStyleClass().addAll("panel", "inflight-panel", "projector-actions");
        Label title = Status.mark(new Label("In flight & done"));
        title.getStyleClass().add("panel-title");
        Label responders = Status.mark(new Label());
        responders.setId("projector-responders");
        responders.getStyleClass().add("panel-sub");
        responders.textProperty().bind(vm.respondersProperty());
        FlowPane header = new FlowPane(title, responders);
        header.getStyleClass().add("panel-header");
        header.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("action-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        Label empty = new Label("No actions yet.");
        empty.getStyleClass().add("projector-empty");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.actions()));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(header, empty, list);
        vm.actions().addListener((ListChangeListener<ActionRow>) c -> refresh());
        refresh();
    }

    private void refresh() {
        List<ActionRow> rows = vm.actions();
        while (tiles.size() < rows.size()) {
            tiles.add(new Tile(vm.spec()));
        }
        List<Node> nodes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            tiles.get(i).show(rows.get(i));
            nodes.add(tiles.get(i).box);
        }
        list.setRows(nodes);
    }

    /** One action: title and state on top, then where and when, progress, and the reason it failed. */
    private static final class Tile {
        private final ModelSpec spec;
        private final Label title = new Label();
        private final Label outcome = Status.mark(new Label());
        private final Label meta = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Label reason = new Label();
        private final VBox box;

        Tile(ModelSpec spec) {
            this.spec = spec;
            title.getStyleClass().add("action-row-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            outcome.getStyleClass().add("outcome");
            outcome.setMinWidth(Region.USE_PREF_SIZE);
            meta.getStyleClass().add("action-row-meta");
            meta.setWrapText(true);
            meta.setMinHeight(Region.USE_PREF_SIZE);
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.getStyleClass().add("action-progress");
            reason.getStyleClass().add("action-reason");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            BorderPane top = new BorderPane();
            top.setCenter(title);
            top.setRight(outcome);
            BorderPane.setAlignment(title, javafx.geometry.Pos.CENTER_LEFT);
            BorderPane.setAlignment(outcome, javafx.geometry.Pos.TOP_RIGHT);
            BorderPane.setMargin(outcome, new javafx.geometry.Insets(2, 0, 0, 6));
            box = new VBox(3, top, meta, progress, reason);
            box.getStyleClass().add("projector-action");
        }

        void show(ActionRow row) {
            if (row.isPending()) {
                Command c = row.pending();
                ActionSpec a = spec.action(c.action());
                title.setText(a == null ? c.action() : a.title());
                setOutcome("submitted", "outcome-submitted");
                meta.setText((c.target() == null ? "" : c.target() + " · ") + "applies when the clock moves");
                visible(progress, false);
                visible(reason, false);
                return;
            }
            ActionRecord r = row.record();
            title.setText(r.title());
            setOutcome(r.outcome().label(), "outcome-" + r.outcome().label());
            StringBuilder m = new StringBuilder();
            if (r.target() != null) {
                m.append(r.target()).append(" · ");
            }
            m.append("issued ").append(spec.timeOf(r.issuedTick()));
            if (r.startTick() >= 0) {
                m.append(" · started ").append(spec.timeOf(r.startTick()));
            }
            if (r.endTick() >= 0 && r.outcome().finished()) {
                m.append(" · ended ").append(spec.timeOf(r.endTick()));
            }
            if (r.outcome() == Outcome.QUEUED) {
                m.append(" · waiting for a free responder");
            }
            meta.setText(m.toString());
            boolean active = !r.outcome().finished();
            visible(progress, active);
            if (active) {
                progress.setProgress(r.outcome() == Outcome.QUEUED ? 0 : r.progress());
            }
            boolean hasReason = r.reason() != null && !r.reason().isEmpty();
            reason.setText(hasReason ? r.reason() : "");
            visible(reason, hasReason);
        }

        private void setOutcome(String text, String cls) {
            outcome.setText(text);
            StyleClasses.set(outcome, cls, OUTCOMES);
        }

        private static void visible(Node n, boolean on) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }
}
