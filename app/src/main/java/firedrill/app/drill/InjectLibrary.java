package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inject library: the scenario's own injects (✓ once they reached the channel) and ready-made ones
 * every incident has; pick one, edit it or type your own, choose the channel and send. The room sees
 * it at once.
 */
final class InjectLibrary extends VBox {
    private final DrillViewModel vm;
    private final TextField injectText = new TextField();
    private final ComboBox<String> injectChannel = new ComboBox<>();

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
        ListView<LibraryItem> library = new ListView<>();
        library.setId("inject-library");
        library.getStyleClass().addAll("inject-library", Styles.DENSE);
        Runnable fill = () -> {
            List<LibraryItem> items = new ArrayList<>();
            for (DrillViewModel.ScriptedRow r : vm.scripted()) {
                items.add(new LibraryItem(r, null));
            }
            for (DrillViewModel.AdHoc a : DrillViewModel.AD_HOC) {
                items.add(new LibraryItem(null, a));
            }
            LibraryItem sel = library.getSelectionModel().getSelectedItem();
            library.getItems().setAll(items);
            if (sel != null) {
                for (LibraryItem i : items) {
                    if (i.text().equals(sel.text())) {
                        library.getSelectionModel().select(i);
                    }
                }
            }
        };
        vm.scripted().addListener((javafx.collections.ListChangeListener<DrillViewModel.ScriptedRow>) c -> fill.run());
        fill.run();
        library.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // ellipsis instead of a horizontal scroll bar
            }

            @Override
            protected void updateItem(LibraryItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inject-fired");
                if (empty || item == null) {
                    setText(null);
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
            if (b != null) {
                injectChannel.setValue(b.channel());
                injectText.setText(b.text());
            }
        });
        library.setTooltip(new Tooltip("Scripted injects (✓ = already in the channel) and ready-made ones: pick one, "
                + "edit it if you like, then Send"));
        VBox.setVgrow(library, Priority.ALWAYS);

        LinkedHashSetBuilder channels = new LinkedHashSetBuilder();
        for (Drill.ScriptedEvent e : vm.drill().events()) {
            channels.add(e.channel());
        }
        for (DrillViewModel.AdHoc a : DrillViewModel.AD_HOC) {
            channels.add(a.channel());
        }
        channels.add("facilitator");
        injectChannel.setId("inject-channel");
        injectChannel.setEditable(true);
        injectChannel.getItems().setAll(channels.list());
        injectChannel.setValue("facilitator");
        injectChannel.setPrefWidth(120);
        injectText.setId("inject-text");
        injectText.setPromptText("Type an inject, or pick one above");
        HBox.setHgrow(injectText, Priority.ALWAYS);
        injectText.setOnAction(e -> sendInject());
        Button send = new Button("Send");
        send.setId("send-inject");
        send.getStyleClass().add(Styles.ACCENT);
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setOnAction(e -> sendInject());
        send.disableProperty().bind(injectText.textProperty().isEmpty().or(vm.endedProperty()));
        HBox form = new HBox(6, injectChannel, injectText, send);
        form.getStyleClass().add("inject-form");
        form.setAlignment(Pos.CENTER_LEFT);
        Label sub = new Label("the room sees it at once");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(Panels.header(Panels.title("Injects"), sub), library, form);
        setId("inject-panel");
        getStyleClass().add("panel");
        setMinWidth(300);
    }

    /** Insertion-ordered distinct non-blank strings. */
    private static final class LinkedHashSetBuilder {
        private final java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();

        void add(String s) {
            if (s != null && !s.isBlank()) {
                set.add(s);
            }
        }

        List<String> list() {
            return List.copyOf(set);
        }
    }

    private void sendInject() {
        String text = injectText.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        String channel = injectChannel.getEditor() != null && injectChannel.isEditable()
                ? injectChannel.getEditor().getText() : injectChannel.getValue();
        vm.sendInject(channel == null || channel.isBlank() ? "facilitator" : channel.trim(), text);
        injectText.clear();
    }
}
