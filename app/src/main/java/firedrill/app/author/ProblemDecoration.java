package firedrill.app.author;

import java.util.Collection;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Marks an editor field that a validation problem points at, with ControlsFX's validation
 * decorations (ADR 0018): an error icon inside the field, whose tooltip says what is wrong, and the
 * {@value #STYLE_CLASS} style class (a red border in author.css).
 *
 * <p>Only a field that is in a scene and has its skin is decorated: ControlsFX puts the icon among
 * the skin's children and would otherwise reach for {@code Parent.getChildren()} by reflection, which
 * the module system refuses when JavaFX is on the module path. {@link Form} re-applies the decoration
 * when the field gets its skin or comes back into a scene.
 */
final class ProblemDecoration {
    /** Style class of a decorated field. */
    static final String STYLE_CLASS = "author-problem";

    /** Style class of the icon (a "!" in a red disc, author.css). */
    static final String ICON_CLASS = "author-problem-icon";

    private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration() {
        /** Inside the field at its right end, clear of a combo box's arrow; ControlsFX's default is a 10 px corner icon. */
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            double inset = message.getTarget() instanceof ComboBoxBase<?> ? 40 : 16;
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, -inset, 0),
                    new StyleClassDecoration(STYLE_CLASS));
        }

        @Override
        protected Node getGraphicBySeverity(Severity severity) {
            Label icon = new Label("!");
            icon.getStyleClass().add(ICON_CLASS);
            return icon;
        }
    };

    private ProblemDecoration() {}

    /** Whether the field can be decorated now (see the class comment). */
    static boolean canDecorate(Control field) {
        return field.getScene() != null && field.getSkin() != null;
    }

    /** Shows {@code message} on the field, or removes the mark when it is null. */
    static void show(Control field, String message) {
        DECORATION.removeDecorations(field);
        if (message != null) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(field, message));
        }
    }
}
