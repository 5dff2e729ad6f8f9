package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.engine.scenario.ActionSpec;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Ctrl+K: a filter field over the action catalog; Enter picks the highlighted action. */
final class ActionPalette extends StackPane {
    private final TextField filter = new TextField();
    private final ListView<ActionSpec> list = new ListView<>();
    private final ActionPanelViewModel vm;
    private final Consumer<ActionSpec> onPick;

    ActionPalette(ActionPanelViewModel vm, Consumer<ActionSpec> onPick) {
        this.vm = vm;
        this.onPick = onPick;
        setId("action-palette");
        getStyleClass().add("palette-scrim");
        setVisible(false);
        filter.setId("palette-filter");
        filter.setPromptText("Type to find an action…");
        list.setId("palette-list");
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ActionSpec a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.title() + (a.requiresApi() ? "   · needs the Kubernetes API" : ""));
            }
        });
        filter.textProperty().addListener((o, a, b) -> refilter());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pick();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                pick();
            }
        });
        Label title = new Label("Find an action");
        title.getStyleClass().add(Styles.TITLE_4);
        Label help = new Label("↑↓ to move · Enter to choose · Esc to close");
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox card = new VBox(8, title, filter, list, help);
        card.getStyleClass().add("palette-card");
        card.setMaxWidth(520);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close();
            }
        });
    }

    void open() {
        filter.clear();
        refilter();
        setVisible(true);
        filter.requestFocus();
    }

    void close() {
        setVisible(false);
    }

    boolean isOpen() {
        return isVisible();
    }

    private void refilter() {
        list.getItems().setAll(vm.filter(filter.getText()));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void pick() {
        ActionSpec a = list.getSelectionModel().getSelectedItem();
        if (a != null) {
            close();
            onPick.accept(a);
        }
    }
}
