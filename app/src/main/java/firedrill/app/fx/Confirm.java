package firedrill.app.fx;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks the user to confirm something that cannot be taken back (ending a drill, leaving a run): a
 * header, a sentence, one button per choice and Cancel. Screens take one as a field so tests can
 * answer without a dialog ({@link #answering(int)}).
 */
@FunctionalInterface
public interface Confirm {
    /** Shows the question; returns the index of the chosen choice, or -1 when cancelled or closed. */
    int ask(Window owner, String header, String text, List<String> choices);

    /** A modal dialog (FX thread). */
    Confirm DIALOG = (owner, header, text, choices) -> {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setHeaderText(header);
        a.setContentText(text);
        a.getButtonTypes().clear();
        for (int i = 0; i < choices.size(); i++) {
            a.getButtonTypes().add(new ButtonType(choices.get(i),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        a.getButtonTypes().add(ButtonType.CANCEL);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.getDialogPane().setMinWidth(480);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Optional<ButtonType> r = a.showAndWait();
        return r.map(b -> choices.indexOf(b.getText())).orElse(-1);
    };

    /** Always answers {@code choice} (tests), and remembers nothing. */
    static Confirm answering(int choice) {
        return (owner, header, text, choices) -> choice;
    }
}
