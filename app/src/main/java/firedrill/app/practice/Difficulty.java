package firedrill.app.practice;

/** How much help and time control the trainee gets in solo practice (and the team in a drill). */
public enum Difficulty {
    GUIDED("Guided", "Hints as the incident unfolds. Pause any time; the clock stops at the first alert.",
            true, true, false),
    STANDARD("Standard", "No hints. Pause and change speed any time.", false, true, false),
    PRESSURE("Pressure", "No hints, no pause. After the first alert the clock runs in real time.",
            false, false, true);

    private final String label;
    private final String description;
    private final boolean hints;
    private final boolean pauseAllowed;
    private final boolean realtimeAfterAlert;

    Difficulty(String label, String description, boolean hints, boolean pauseAllowed, boolean realtimeAfterAlert) {
        this.label = label;
        this.description = description;
        this.hints = hints;
        this.pauseAllowed = pauseAllowed;
        this.realtimeAfterAlert = realtimeAfterAlert;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean hints() {
        return hints;
    }

    public boolean pauseAllowed() {
        return pauseAllowed;
    }

    public boolean realtimeAfterAlert() {
        return realtimeAfterAlert;
    }

    /** Guided mode stops the clock when the first alert fires so the trainee can get oriented. */
    public boolean pauseAtFirstAlert() {
        return this == GUIDED;
    }

    /** Why pausing is refused (for the UI), or null when it is allowed. */
    public String pauseRefusal() {
        return pauseAllowed ? null : "Pressure mode: a real incident does not pause.";
    }
}
