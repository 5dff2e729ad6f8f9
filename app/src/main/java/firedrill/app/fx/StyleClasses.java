package firedrill.app.fx;

import java.util.List;
import javafx.scene.Node;

/**
 * Changes a node's state class only when it really changes. Any change to a style-class list makes
 * JavaFX re-apply CSS to the node and its subtree, which costs far more than the frame's other work;
 * list cells and cards that update every frame must not touch their classes when nothing changed.
 */
public final class StyleClasses {
    private StyleClasses() {}

    /** Makes {@code wanted} the only class of {@code group} on the node (null: none of them). */
    public static void set(Node node, String wanted, List<String> group) {
        List<String> classes = node.getStyleClass();
        for (String c : group) {
            if (!c.equals(wanted) && classes.contains(c)) {
                classes.remove(c);
            }
        }
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }

    /** Adds or removes one class, only when its presence changes. */
    public static void toggle(Node node, String styleClass, boolean on) {
        List<String> classes = node.getStyleClass();
        boolean has = classes.contains(styleClass);
        if (on && !has) {
            classes.add(styleClass);
        } else if (!on && has) {
            classes.remove(styleClass);
        }
    }
}
