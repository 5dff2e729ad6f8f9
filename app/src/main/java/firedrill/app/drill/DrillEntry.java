package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The app bar's way into the facilitated drill. */
public final class DrillEntry {
    private DrillEntry() {}

    public static Button button(Runnable open) {
        Button b = new Button("Facilitate a drill");
        b.setId("open-drill");
        b.getStyleClass().addAll(Styles.FLAT, "drill-entry");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip("Run a team tabletop: facilitator console here, participant view on the projector"));
        b.setOnAction(e -> open.run());
        return b;
    }
}
