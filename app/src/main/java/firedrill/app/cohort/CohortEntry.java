package firedrill.app.cohort;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The app bar's way into the cohort view (shown from the home screen on). */
public final class CohortEntry {
    private CohortEntry() {}

    public static Button button(Runnable open) {
        Button b = new Button("Cohort");
        b.setId("open-cohort");
        b.getStyleClass().addAll(Styles.FLAT, "cohort-entry");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip("For trainers: many trainees' attempts, grade over time, missed lessons"));
        b.setOnAction(e -> open.run());
        return b;
    }
}
