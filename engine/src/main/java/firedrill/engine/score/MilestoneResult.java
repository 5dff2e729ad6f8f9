package firedrill.engine.score;

/** One real milestone compared with a run: ticks (-1 = never reached) and the difference in minutes. */
public record MilestoneResult(String id, String label, String measure, int realTick, int runTick, int toleranceSeconds) {
    /** Run minus real, in minutes; negative means earlier than the real team. NaN when never reached. */
    public double deltaMinutes() {
        return runTick < 0 ? Double.NaN : (runTick - realTick) / 60.0;
    }

    public boolean withinTolerance() {
        return runTick >= 0 && Math.abs(runTick - realTick) <= toleranceSeconds;
    }
}
