package firedrill.app.drill.web;

import atlantafx.base.theme.Styles;
import firedrill.engine.drill.DrillParticipants;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The console's participants row, above the decision form: "Invite participants…" (the dialog), how
 * many joined, and the proposals waiting for the incident commander — each with who proposed it, the
 * action, target and ETA, and Approve / Decline. An approved one enters the run as the team's decision
 * by "name · role" and appears in the decision log. Names are shown as text, never interpreted.
 */
public final class ParticipantsPane extends VBox {
    public static final String ID = "participants-pane";

    public ParticipantsPane(Invitation inv, java.util.function.Supplier<Window> owner) {
        setId(ID);
        getStyleClass().add("participants-pane");
        setSpacing(4);
        Button invite = new Button("Invite participants…");
        invite.setId("invite-participants");
        invite.setMinWidth(Region.USE_PREF_SIZE);
        invite.setOnAction(e -> InviteDialog.show(inv, owner.get()));
        Label status = new Label();
        status.setId("participants-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var c = inv.cardProperty().get();
            long joined = inv.people().stream().filter(p -> !p.removed()).count();
            return (c == null ? "Not invited (nothing listens)" : "Serving " + c.url() + " · code " + c.code())
                    + " · " + joined + " joined · " + inv.pending().size() + " proposal(s) waiting";
        }, inv.cardProperty(), inv.people(), inv.pending()));
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(8, invite, status);
        row.setAlignment(Pos.CENTER_LEFT);

        ListView<DrillParticipants.Proposal> list = new ListView<>(inv.pending());
        list.setId("proposals-pending");
        list.setPrefHeight(120);
        list.setMinHeight(60);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DrillParticipants.Proposal q, boolean empty) {
                super.updateItem(q, empty);
                if (empty || q == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label what = new Label(inv.drillTime(q.entered()) + "  " + q.by() + " · " + q.role() + " proposes "
                        + inv.room().title(q.action()) + (q.target() == null ? "" : " → " + q.target())
                        + (q.mode() == null ? "" : " (" + q.mode() + ")") + (q.eta() == null ? "" : " — " + q.eta()));
                what.setWrapText(true);
                what.getStyleClass().add("proposal-text");
                what.setMinWidth(0);
                what.setMinHeight(Region.USE_PREF_SIZE);
                HBox.setHgrow(what, Priority.ALWAYS);
                Button ok = new Button("Approve");
                ok.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS, "approve-proposal");
                ok.setMinWidth(Region.USE_PREF_SIZE);
                ok.setOnAction(e -> inv.approve(q));
                Button no = new Button("Decline");
                no.getStyleClass().addAll(Styles.SMALL, "decline-proposal");
                no.setMinWidth(Region.USE_PREF_SIZE);
                no.setOnAction(e -> inv.decline(q));
                HBox box = new HBox(6, what, ok, no);
                box.setAlignment(Pos.CENTER_LEFT);
                // The row wraps to the list's width (the buttons stay in view) instead of scrolling sideways.
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
                box.setMaxWidth(Region.USE_PREF_SIZE);
                box.setMinHeight(Region.USE_PREF_SIZE);
                what.setMaxWidth(Double.MAX_VALUE);
                setText(null);
                setGraphic(box);
            }
        });
        list.visibleProperty().bind(Bindings.isNotEmpty(inv.pending()));
        list.managedProperty().bind(list.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(inv.problemProperty());
        problem.visibleProperty().bind(inv.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(row, problem, list);
    }
}
