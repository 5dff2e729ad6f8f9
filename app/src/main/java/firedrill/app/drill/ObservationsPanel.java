package firedrill.app.drill;

import static firedrill.app.drill.FacilitatorConsoleView.TRUTH;

import atlantafx.base.theme.Styles;
import firedrill.engine.drill.DrillRecord;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facilitator's observations: tag (strength, improvement, note), whom it is about (the whole team,
 * a role or a person), the text, stamped with the drill clock; never shown on the projector (style class
 * {@value FacilitatorConsoleView#TRUTH}). Each can be edited or removed; the drill's record keeps every
 * version, and the debrief shows the latest.
 */
final class ObservationsPanel extends VBox {
    private final DrillViewModel vm;
    private final TextArea observationText = new TextArea();
    private final ToggleGroup tags = new ToggleGroup();
    private final ComboBox<DrillViewModel.About> about = new ComboBox<>();
    private final ObjectProperty<DrillViewModel.ObservationRow> editing = new SimpleObjectProperty<>(this, "editing");

    ObservationsPanel(DrillViewModel vm) {
        this.vm = vm;
        HBox tagRow = new HBox();
        tagRow.getStyleClass().add("segmented");
        tagRow.setMinWidth(Region.USE_PREF_SIZE);
        DrillRecord.Tag[] all = DrillRecord.Tag.values();
        for (int i = 0; i < all.length; i++) {
            DrillRecord.Tag t = all[i];
            ToggleButton b = new ToggleButton(t == DrillRecord.Tag.IMPROVEMENT ? "Improvement" : t.label());
            b.setId("tag-" + t.id());
            b.setUserData(t);
            b.setToggleGroup(tags);
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().addAll(Styles.SMALL,
                    i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            tagRow.getChildren().add(b);
        }
        tags.selectToggle(tags.getToggles().get(0));
        tags.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                tags.selectToggle(a);
            }
        });
        about.setId("observation-about");
        about.getItems().setAll(vm.abouts());
        about.setValue(about.getItems().get(0));
        about.setMinWidth(Region.USE_PREF_SIZE);
        about.setTooltip(new Tooltip("The whole team, a role, or one person"));
        observationText.setId("observation-text");
        observationText.setPromptText("What did you see? (Ctrl+Enter adds it with the current time)");
        observationText.setPrefRowCount(2);
        observationText.setWrapText(true);
        observationText.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button();
        add.setId("add-observation");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.textProperty().bind(editing.map(e -> "Save").orElse("Add"));
        add.setOnAction(e -> commit());
        add.disableProperty().bind(observationText.textProperty().isEmpty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-observation-edit");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> stopEditing());
        cancel.visibleProperty().bind(editing.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        observationText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && editing.get() != null) {
                stopEditing();
                e.consume();
            }
        });
        Label aboutLabel = new Label("about");
        aboutLabel.getStyleClass().add("field-label");
        aboutLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox aboutBox = new HBox(6, aboutLabel, about);
        aboutBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(tagRow, aboutBox);
        row.getStyleClass().add("observation-row");
        Label editingLabel = Status.mark(new Label());
        editingLabel.setId("observation-editing");
        editingLabel.getStyleClass().add("editing-label");
        editingLabel.setWrapText(true);
        editingLabel.textProperty().bind(editing.map(r -> "Editing the observation of " + vm.time(r.observation().tick())
                + " (the record keeps the first version)").orElse(""));
        editingLabel.visibleProperty().bind(editing.isNotNull());
        editingLabel.managedProperty().bind(editingLabel.visibleProperty());
        HBox.setHgrow(observationText, Priority.ALWAYS);
        VBox buttons = new VBox(4, add, cancel);
        buttons.setAlignment(Pos.BOTTOM_CENTER);
        HBox textRow = new HBox(6, observationText, buttons);
        textRow.setAlignment(Pos.BOTTOM_LEFT);
        VBox form = new VBox(6, row, editingLabel, textRow);
        form.getStyleClass().add("observation-form");

        ListView<DrillViewModel.ObservationRow> list = new ListView<>(vm.observations());
        list.setId("observation-list");
        list.getStyleClass().addAll("observation-list", Styles.DENSE, TRUTH);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ObservationCell());
        Label empty = new Label("Observations appear here with their time, for the debrief.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(Panels.header(Panels.title("Observations")), form, list);
        setId("observation-panel");
        getStyleClass().addAll("panel", TRUTH);
    }

    private void commit() {
        DrillRecord.Tag t = (DrillRecord.Tag) tags.getSelectedToggle().getUserData();
        DrillViewModel.ObservationRow row = editing.get();
        boolean done = row == null ? vm.observe(t, about.getValue(), observationText.getText())
                : vm.editObservation(row, t, about.getValue(), observationText.getText());
        if (done) {
            stopEditing();
        }
    }

    private void edit(DrillViewModel.ObservationRow row) {
        DrillRecord.Observation o = row.observation();
        editing.set(row);
        for (var t : tags.getToggles()) {
            if (t.getUserData() == o.tagValue()) {
                tags.selectToggle(t);
            }
        }
        DrillViewModel.About a = new DrillViewModel.About(o.person(), o.role());
        if (!about.getItems().contains(a)) {
            about.getItems().add(a);
        }
        about.setValue(a);
        observationText.setText(o.text());
        observationText.requestFocus();
        observationText.positionCaret(observationText.getLength());
    }

    private void stopEditing() {
        editing.set(null);
        observationText.clear();
    }

    /** Time, tag and whom it is about, the text (wrapped), and Edit / Remove. */
    private final class ObservationCell extends ListCell<DrillViewModel.ObservationRow> {
        private final Label time = new Label();
        private final Label tag = new Label();
        private final Label text = new Label();
        private final Label edited = new Label();
        private final Button editButton = new Button("Edit");
        private final Button remove = new Button("Remove");
        private final VBox box;

        ObservationCell() {
            time.getStyleClass().add("obs-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            tag.setMinWidth(Region.USE_PREF_SIZE);
            edited.getStyleClass().add("obs-edited");
            edited.setMinWidth(Region.USE_PREF_SIZE);
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMinHeight(Region.USE_PREF_SIZE);
            for (Button b : new Button[] {editButton, remove}) {
                b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "obs-button");
                b.setFocusTraversable(false);
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            editButton.setOnAction(e -> {
                if (getItem() != null) {
                    edit(getItem());
                }
            });
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    if (getItem().equals(editing.get())) {
                        stopEditing();
                    }
                    vm.removeObservation(getItem());
                }
            });
            editButton.setTooltip(new Tooltip("Edit it (the record keeps the first version)"));
            remove.setTooltip(new Tooltip("Take it out of the debrief (the record keeps it, marked removed)"));
            FlowPane top = new FlowPane(time, tag, edited, editButton, remove);
            top.getStyleClass().add("obs-top");
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, text);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DrillViewModel.ObservationRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            DrillRecord.Observation o = row.observation();
            time.setText(vm.time(o.tick()));
            tag.setText(o.tagValue().label() + (o.about() == null ? "" : " · " + o.about()));
            tag.getStyleClass().setAll("label", "obs-tag", o.tagValue().id());
            edited.setText(o.editedAt() == null ? "" : "edited " + vm.time(o.editedAt()));
            edited.setVisible(o.editedAt() != null);
            edited.setManaged(o.editedAt() != null);
            text.setText(o.text());
            if (getListView() != null) {
                double w = Math.max(60, getListView().getWidth() - 30);
                text.setPrefWidth(w);
                text.setMaxWidth(w);
                box.setMaxWidth(w);
                box.setPrefWidth(w);
            }
            setGraphic(box);
        }
    }
}
