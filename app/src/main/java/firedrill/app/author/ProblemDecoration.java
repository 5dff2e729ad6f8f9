package firedrill.app.author;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Control;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Marks an editor field that a validation problem points at, with ControlsFX's validation
 * decorations (ADR 0018): the error icon at the field's corner, whose tooltip says what is wrong, and
 * the {@value #STYLE_CLASS} style class (a red border in author.css).
 *
 * <p>Only a field that is in a scene and has its skin is decorated: ControlsFX puts the icon among
 * the skin's children and would otherwise reach for {@code Parent.getChildren()} by reflection, which
 * the module system refuses when JavaFX is on the module path. {@link Form} re-applies the decoration
 * when the field gets its skin or comes back into a scene.
 */
final class ProblemDecoration {
    /** Style class of a decorated field. */
    static final String STYLE_CLASS = "author-problem";

    private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration() {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            List<Decoration> all = new ArrayList<>(super.createValidationDecorations(message));
            all.add(new StyleClassDecoration(STYLE_CLASS));
            return all;
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
