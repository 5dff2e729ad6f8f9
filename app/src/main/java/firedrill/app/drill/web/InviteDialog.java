package firedrill.app.drill.web;

import atlantafx.base.theme.Styles;
import firedrill.engine.drill.DrillParticipants;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Invite participants": the facilitator picks the interface (and port) to listen on and starts the
 * web view; the dialog then shows the join URL, the code and the QR code (the projector shows them
 * too), who joined (with Remove: their token stops working at once) and what participants posted.
 * Not modal: it can stay open beside the console.
 */
public final class InviteDialog {
    public static final String ID = "invite-dialog";
    private static final String KEY = "firedrill.invite.stage";

    private InviteDialog() {}

    /** Shows the dialog for {@code inv} (one per invitation; brought to the front when open). */
    public static Stage show(Invitation inv, Window owner) {
        Stage s = STAGES.get(inv);
        if (s != null) {
            s.show();
            s.toFront();
            return s;
        }
        Stage stage = new Stage();
        stage.setTitle("Invite participants");
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(content(inv), 760, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        stage.getProperties().put(KEY, inv);
        STAGES.put(inv, stage);
        stage.setOnHidden(e -> STAGES.remove(inv));
        stage.show();
        return stage;
    }

    private static final java.util.Map<Invitation, Stage> STAGES = new java.util.WeakHashMap<>();

    /** The dialog's content (tests and screenshots lay it out without a window). */
    public static VBox content(Invitation inv) {
        ComboBox<Invitation.Address> where = new ComboBox<>();
        where.setId("invite-interface");
        where.getItems().setAll(Invitation.addresses());
        where.getSelectionModel().selectFirst();
        where.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> port = new Spinner<>(1024, 65535, Invitation.DEFAULT_PORT);
        port.setId("invite-port");
        port.setEditable(true);
        port.setPrefWidth(110);
        Button start = new Button("Start");
        start.setId("invite-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> {
            Invitation.Address a = where.getValue();
            if (a != null) {
                inv.start(a.host(), port.getValue());
            }
        });
        Button stop = new Button("Stop");
        stop.setId("invite-stop");
        stop.setOnAction(e -> inv.stop());
        stop.disableProperty().bind(inv.cardProperty().isNull());
        start.textProperty().bind(Bindings.when(inv.cardProperty().isNull()).then("Start").otherwise("Restart"));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Listen on"), where);
        form.addRow(1, new Label("Port"), new HBox(8, port, start, stop));
        GridPane.setHgrow(where, Priority.ALWAYS);
        Label note = new Label("Nothing listens until you press Start, and only on the address chosen. Participants "
                + "open the URL on the same network, type the code, their name and role.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);

        TextField url = new TextField();
        url.setId("invite-url");
        url.setEditable(false);
        url.textProperty().bind(inv.cardProperty().map(Invitation.Card::url).orElse("— not serving —"));
        Label code = new Label();
        code.setId("invite-code");
        code.getStyleClass().add(Styles.TITLE_2);
        code.textProperty().bind(inv.cardProperty().map(c -> "Code  " + c.code()).orElse(""));
        ImageView qr = new ImageView();
        qr.setId("invite-qr");
        qr.imageProperty().bind(inv.cardProperty().map(Invitation.Card::qr));
        qr.setFitWidth(200);
        qr.setPreserveRatio(true);
        VBox join = new VBox(6, new Label("Join URL"), url, code);
        HBox.setHgrow(join, Priority.ALWAYS);
        HBox card = new HBox(16, join, qr);
        card.setAlignment(Pos.TOP_LEFT);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(inv.problemProperty());

        ListView<Room.Person> people = new ListView<>(inv.people());
        people.setId("invite-people");
        people.setPrefHeight(150);
        people.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Room.Person p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label who = new Label(p.name() + " · " + p.role() + (p.removed() ? " (removed)" : ""));
                who.getStyleClass().add("participant-name");
                who.setMinWidth(0);
                HBox.setHgrow(who, Priority.ALWAYS);
                Button remove = new Button("Remove");
                remove.getStyleClass().addAll(Styles.SMALL, "remove-participant");
                remove.setMinWidth(Region.USE_PREF_SIZE);
                remove.setDisable(p.removed());
                remove.setOnAction(e -> inv.remove(p));
                HBox row = new HBox(8, who, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
        ListView<DrillParticipants.Post> posts = new ListView<>(inv.posts());
        posts.setId("invite-posts");
        posts.setPrefHeight(110);
        posts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DrillParticipants.Post p, boolean empty) {
                super.updateItem(p, empty);
                setWrapText(true);
                setText(empty || p == null ? null : inv.drillTime(p.tick()) + "  " + p.by() + " · " + p.role() + ": " + p.text());
            }
        });
        VBox root = new VBox(10, form, note, problem, card, new Label("Participants"), people,
                new Label("Observations they posted"), posts);
        root.setId(ID);
        root.setPadding(new Insets(14));
        VBox.setVgrow(people, Priority.ALWAYS);
        return root;
    }
}
