package firedrill.app.fx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place background failures are logged. Every {@link TaskExecutor} failure, and every
 * exception no one caught on a worker, comes through {@link #report} into the app's log file; the
 * screen that started the work shows it to the user as well.
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger("firedrill.background");

    private Errors() {}

    /** Logs a failure of background work; {@code context} says what the app was doing ("reading the history"). */
    public static void report(Throwable error, String context) {
        LOG.error("Failed {}", context, error);
    }
}
