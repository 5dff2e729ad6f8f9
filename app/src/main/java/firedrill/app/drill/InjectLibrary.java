package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inject library: the scenario's own injects (✓ once they reached the channel) and ready-made ones
 * every incident has; pick one, edit it or type your own, address it to the room or one role, choose
 * the channel and send. The room sees it at once. What is typed stays typed while the clock jumps and
 * the library refreshes; Send clears it (and the pick), so nothing is sent twice by accident.
 */
final class InjectLibrary extends VBox {
    /** The audience choice meaning everybody. */
    static final String ROOM = "The whole room";

    private final DrillViewModel vm;
    private final TextArea injectText = new TextArea();
    private final ComboBox<String> injectChannel = new ComboBox<>();
    private final ChoiceBox<String> audience = new ChoiceBox<>();
    private final ListView<LibraryItem> library = new ListView<>();
    /** True while the library's items are replaced: a re-selection then must not refill the text. */
    private boolean refilling;

    private record LibraryItem(DrillViewModel.ScriptedRow scripted, DrillViewModel.AdHoc adHoc) {
        String channel() {
            return scripted != null ? scripted.event().channel() : adHoc.channel();
        }

        String text() {
            return scripted != null ? scripted.event().text() : adHoc.text();
        }
    }

    InjectLibrary(DrillViewModel vm) {
        this.vm = vm;
        library.setId("inject-library");
        library.getStyleClass().addAll("inject-library", Styles.DENSE);
        vm.scripted().addListener((javafx.collections.ListChangeListener<DrillViewModel.ScriptedRow>) c -> fill());
        fill();
        library.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(LibraryItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inject-fired");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(item.scripted() == null ? "ad hoc · " + item.text()
                        : item.scripted().event().time() + (item.scripted().fired() ? " ✓ " : " ") + "· "
                        + item.channel() + ": " + item.text());
                setTooltip(new Tooltip(item.text()));
                if (item.scripted() != null && item.scripted().fired()) {
                    getStyleClass().add("inject-fired");
                }
            }
        });
        library.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !refilling) {
                injectChannel.setValue(b.channel());
                injectChannel.getEditor().setText(b.channel());
                injectText.setText(b.text());
            }
        });
        library.setTooltip(new Tooltip("Scripted injects (✓ = already in the channel) and ready-made ones: pick one, "
                + "edit it if you like, then Send"));
        library.setMinHeight(60);
        VBox.setVgrow(library, Priority.ALWAYS);

        LinkedHashSet<String> channels = new LinkedHashSet<>();
        for (Drill.ScriptedEvent e : vm.drill().events()) {
            if (e.channel() != null && !e.channel().isBlank()) {
                channels.add(e.channel());
            }
        }
        for (DrillViewModel.AdHoc a : DrillViewModel.AD_HOC) {
            channels.add(a.channel());
        }
        channels.add("facilitator");
        injectChannel.setId("inject-channel");
        injectChannel.setEditable(true);
        injectChannel.getItems().setAll(new ArrayList<>(channels));
        injectChannel.setValue("facilitator");
        injectChannel.getStyleClass().add("inject-channel");
        injectChannel.setTooltip(new Tooltip("The channel it appears in (exec, comms, support, … or type one)"));
        List<String> to = new ArrayList<>();
        to.add(ROOM);
        to.addAll(vm.roles());
        audience.setId("inject-audience");
        audience.getItems().setAll(to);
        audience.setValue(ROOM);
        audience.setMinWidth(Region.USE_PREF_SIZE);
        audience.setTooltip(new Tooltip("Address it to one role (it reads \"To Comms: …\" on the projector) or the whole room"));

        injectText.setId("inject-text");
        injectText.setPromptText("Type an inject, or pick one above (Ctrl+Enter sends)");
        injectText.setWrapText(true);
        injectText.setPrefRowCount(3);
        injectText.setMinHeight(Region.USE_PREF_SIZE);
        injectText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                sendInject();
                e.consume();
            }
        });
        Button send = new Button("Send");
        send.setId("send-inject");
        send.getStyleClass().add(Styles.ACCENT);
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setOnAction(e -> sendInject());
        send.disableProperty().bind(injectText.textProperty().isEmpty().or(vm.endedProperty()));
        Label toLabel = new Label("to");
        toLabel.getStyleClass().add("field-label");
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label inLabel = new Label("in");
        inLabel.getStyleClass().add("field-label");
        inLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox toBox = new HBox(6, toLabel, audience);
        toBox.setAlignment(Pos.CENTER_LEFT);
        HBox inBox = new HBox(6, inLabel, injectChannel);
        inBox.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        FlowPane address = new FlowPane(toBox, inBox);
        address.getStyleClass().add("inject-address");
        HBox.setHgrow(address, Priority.ALWAYS);
        address.setMinWidth(0);
        HBox sendRow = new HBox(8, address, send);
        sendRow.setAlignment(Pos.BOTTOM_LEFT);
        VBox form = new VBox(6, injectText, sendRow);
        form.getStyleClass().add("inject-form");
        Label sub = new Label("the room sees it at once");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        sub.setMinWidth(0);
        Label title = Panels.title("Injects");
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(Panels.header(title, sub), library, form);
        setId("inject-panel");
        getStyleClass().add("panel");
    }

    /** Rebuilds the library (a scripted inject reached the channel); keeps the pick without refilling the text. */
    private void fill() {
        List<LibraryItem> items = new ArrayList<>();
        for (DrillViewModel.ScriptedRow r : vm.scripted()) {
            items.add(new LibraryItem(r, null));
        }
        for (DrillViewModel.AdHoc a : DrillViewModel.AD_HOC) {
            items.add(new LibraryItem(null, a));
        }
        LibraryItem sel = library.getSelectionModel().getSelectedItem();
        refilling = true;
        try {
            library.getItems().setAll(items);
            if (sel != null) {
                for (LibraryItem i : items) {
                    if (i.text().equals(sel.text())) {
                        library.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        } finally {
            refilling = false;
        }
    }

    private void sendInject() {
        String text = injectText.getText();
        if (text == null || text.isBlank() || vm.endedProperty().get()) {
            return;
        }
        String channel = injectChannel.isEditable() && injectChannel.getEditor() != null
                ? injectChannel.getEditor().getText() : injectChannel.getValue();
        String to = ROOM.equals(audience.getValue()) ? null : audience.getValue();
        vm.sendInject(channel == null || channel.isBlank() ? "facilitator" : channel.trim(), DrillViewModel.addressed(to, text));
        injectText.clear();
        refilling = true;
        try {
            library.getSelectionModel().clearSelection();
        } finally {
            refilling = false;
        }
        audience.setValue(ROOM);
    }
}
