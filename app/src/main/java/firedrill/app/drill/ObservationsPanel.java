package firedrill.app.drill;

import static firedrill.app.drill.FacilitatorConsoleView.TRUTH;

import atlantafx.base.theme.Styles;
import firedrill.engine.drill.DrillRecord;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facilitator's observations: tag (strength, improvement, note), who it is about, the text, stamped
 * with the drill clock; never shown on the projector (style class {@value FacilitatorConsoleView#TRUTH}).
 */
final class ObservationsPanel extends VBox {
    private final DrillViewModel vm;
    private final TextArea observationText = new TextArea();

    ObservationsPanel(DrillViewModel vm) {
        this.vm = vm;
        ToggleGroup tags = new ToggleGroup();
        HBox tagRow = new HBox();
        tagRow.getStyleClass().add("segmented");
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
        ChoiceBox<String> role = new ChoiceBox<>();
        role.setId("observation-role");
        List<String> roles = new ArrayList<>();
        roles.add(WHOLE_TEAM);
        roles.addAll(vm.roles());
        role.getItems().setAll(roles);
        role.setValue(WHOLE_TEAM);
        observationText.setId("observation-text");
        observationText.setPromptText("What did you see? (Ctrl+Enter adds it with the current time)");
        observationText.setPrefRowCount(2);
        observationText.setWrapText(true);
        Button add = new Button("Add");
        add.setId("add-observation");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable addIt = () -> {
            DrillRecord.Tag t = (DrillRecord.Tag) tags.getSelectedToggle().getUserData();
            String r = WHOLE_TEAM.equals(role.getValue()) ? null : role.getValue();
            if (vm.observe(t, r, observationText.getText())) {
                observationText.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        add.disableProperty().bind(observationText.textProperty().isEmpty());
        observationText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                addIt.run();
                e.consume();
            }
        });
        Label about = new Label("about");
        about.getStyleClass().add("field-label");
        about.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, tagRow, about, role);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(observationText, Priority.ALWAYS);
        HBox textRow = new HBox(6, observationText, add);
        textRow.setAlignment(Pos.BOTTOM_LEFT);
        VBox form = new VBox(6, row, textRow);
        form.getStyleClass().add("observation-form");

        ListView<DrillRecord.Observation> list = new ListView<>(vm.observations());
        list.setId("observation-list");
        list.getStyleClass().addAll("observation-list", Styles.DENSE, TRUTH);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ObservationCell());
        Label empty = new Label("Observations appear here with their time, for the debrief.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(Panels.header(Panels.title("Observations")), form, list);
        setId("observation-panel");
        getStyleClass().addAll("panel", TRUTH);
    }

    static final String WHOLE_TEAM = "Whole team";

    private final class ObservationCell extends ListCell<DrillRecord.Observation> {
        private final Label time = new Label();
        private final Label tag = new Label();
        private final Label text = new Label();
        private final VBox box;

        ObservationCell() {
            time.getStyleClass().add("obs-time");
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
            HBox top = new HBox(6, time, tag);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, text);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(DrillRecord.Observation o, boolean empty) {
            super.updateItem(o, empty);
            setText(null);
            if (empty || o == null) {
                setGraphic(null);
                return;
            }
            time.setText(vm.time(o.tick()));
            tag.setText(o.tagValue().label() + (o.role() == null ? "" : " · " + o.role()));
            tag.getStyleClass().setAll("label", "obs-tag", o.tagValue().id());
            text.setText(o.text());
            if (getListView() != null) {
                double w = Math.max(60, getListView().getWidth() - 30);
                text.setPrefWidth(w);
                text.setMaxWidth(w);
            }
            setGraphic(box);
        }
    }
}
