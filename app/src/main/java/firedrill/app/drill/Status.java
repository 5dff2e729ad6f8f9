package firedrill.app.drill;

import java.util.Set;
import javafx.scene.Node;

/**
 * Which labels of the drill's two windows carry status — the clock and its state, counts, names,
 * values, outcomes, panel titles — and so must never be cut to an ellipsis at any window size or text
 * size (they wrap, or the layout gives them their width). A label is a status label when it has the
 * style class {@value #CLASS} or one of the style classes the shared console panels already use for
 * such text. The layout tests walk both windows for these.
 */
public final class Status {
    /** Style class that marks a label as status. */
    public static final String CLASS = "status";

    static final Set<String> CLASSES = Set.of(CLASS,
            // participant header
            "participant-clock", "participant-value", "participant-caption", "participant-title", "paused-badge",
            // shared console panels
            "panel-title", "count-badge", "service-name", "service-value", "service-caption", "outcome",
            "severity", "action-row-title", "alert-group-title",
            // facilitator console
            "facilitator-clock", "clock-state", "header-caption", "saved-status", "next-event", "obs-tag",
            "truth-badge", "decision-status", "decision-who", "truth-cluster");

    private Status() {}

    public static boolean isStatus(Node n) {
        for (String c : n.getStyleClass()) {
            if (CLASSES.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Marks a node as status (see {@link #CLASS}). */
    static <T extends Node> T mark(T n) {
        if (!n.getStyleClass().contains(CLASS)) {
            n.getStyleClass().add(CLASS);
        }
        return n;
    }
}
