package firedrill.engine.score;

/** One real milestone compared with a run: ticks (-1 = never reached) and the difference in minutes. */
public record MilestoneResult(String id, String label, String measure, int realTick, int runTick, int toleranceSeconds) {
    /** Where the run's milestone landed against the real one and its tolerance. */
    public enum Standing {
        ON_TIME("within tolerance"),
        EARLY("early"),
        LATE("late"),
        NEVER("not reached");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Run minus real, in minutes; negative means earlier than the real team. NaN when never reached. */
    public double deltaMinutes() {
        return runTick < 0 ? Double.NaN : (runTick - realTick) / 60.0;
    }

    public boolean withinTolerance() {
        return runTick >= 0 && Math.abs(runTick - realTick) <= toleranceSeconds;
    }

    public Standing standing() {
        if (runTick < 0) {
            return Standing.NEVER;
        }
        if (withinTolerance()) {
            return Standing.ON_TIME;
        }
        return runTick < realTick ? Standing.EARLY : Standing.LATE;
    }

    /**
     * True for milestones of getting better (a cluster or product recovered), where earlier is better;
     * false for the incident's own course (first alert, impact, peak), which a run does not aim at.
     */
    public boolean recovery() {
        return measure != null && (measure.endsWith("Recovered") || measure.startsWith("recoveryStart:")
                || measure.startsWith("fullRecovery:"));
    }

    /**
     * How a debrief should read it: true when it is good news (on time, or a recovery reached early),
     * false when bad (a recovery late or never), null when neutral (the incident's course off the
     * real timeline, which is not the trainee's aim).
     */
    public Boolean good() {
        Standing s = standing();
        if (s == Standing.ON_TIME) {
            return true;
        }
        if (!recovery()) {
            return null;
        }
        return s == Standing.EARLY;
    }
}
