package firedrill.app.fx;

/**
 * The one place background failures are logged. Every {@link TaskExecutor} failure, and every
 * exception no one caught on a worker, comes through {@link #report}; the screen that started the work
 * shows it to the user as well. Logs through {@link System.Logger} (no dependency) until the app has
 * its logging set up; pointing this method at that logger is the only change needed then.
 */
public final class Errors {
    private static final System.Logger LOG = System.getLogger("firedrill");

    private Errors() {}

    /** Logs a failure of background work; {@code context} says what the app was doing ("reading the history"). */
    public static void report(Throwable error, String context) {
        LOG.log(System.Logger.Level.ERROR, "failed " + context, error);
    }
}
