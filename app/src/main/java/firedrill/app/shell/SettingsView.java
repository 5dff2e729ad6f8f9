package firedrill.app.shell;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Theme, font size and sound; shown in the library's side column. */
public final class SettingsView {
    private final VBox root = new VBox(14);

    public SettingsView(SettingsViewModel vm) {
        root.setId("settings-panel");
        root.getStyleClass().add("side-panel");
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_4);

        ToggleSwitch dark = new ToggleSwitch();
        dark.setId("theme-switch");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());

        ComboBox<Double> font = new ComboBox<>();
        font.setId("font-scale");
        font.getItems().setAll(Settings.FONT_SCALES);
        font.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : Math.round(d * 100) + "%";
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("%", "")) / 100;
            }
        });
        font.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Double d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? "" : Math.round(d * 100) + "%");
            }
        });
        font.valueProperty().bindBidirectional(vm.fontScaleProperty());

        ToggleSwitch sound = new ToggleSwitch();
        sound.setId("sound-switch");
        sound.selectedProperty().bindBidirectional(vm.soundProperty());

        Label where = new Label("Saved in " + vm.dataDir());
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        where.setWrapText(true);

        root.getChildren().addAll(title, row("Dark theme", dark), row("Text size", font),
                row("Sound on new pages", sound), where);
    }

    private static HBox row(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(10, l, grow, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public Parent root() {
        return root;
    }
}
