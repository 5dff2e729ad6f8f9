package firedrill.app.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence for an exception nobody caught, on any thread: it is logged with its
 * stack trace, then the user is told (the app shows {@link ErrorDialog} with the log file's path;
 * until a window exists, logging is all). Installed as the default handler at start-up and on the
 * JavaFX thread, where exceptions from event handlers end up.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    /** What the user is told about one uncaught error. */
    public record Report(String thread, Throwable error, Path logFile) {
        /** One line: the exception's message, or its kind when it has none. */
        public String summary() {
            String m = error.getMessage();
            return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
        }

        /** Where the details are, in words. */
        public String whereToLook() {
            return logFile == null ? "No log file could be written; the details went to the terminal."
                    : "The details are in the log file:";
        }

        public String stackTrace() {
            StringWriter s = new StringWriter();
            error.printStackTrace(new PrintWriter(s));
            return s.toString();
        }
    }

    private final Supplier<Path> logFile;
    private volatile Consumer<Report> tell;

    /**
     * @param logFile the current log file (null when there is none)
     * @param tell    shows a report to the user; called on the failing thread
     */
    public UncaughtErrors(Supplier<Path> logFile, Consumer<Report> tell) {
        this.logFile = logFile;
        this.tell = tell;
    }

    /**
     * The JVM-wide handler: the one already installed, or a new one that logs to {@link Logging}'s
     * file and tells nobody until {@link #tellWith} gives it a way.
     */
    public static synchronized UncaughtErrors installDefault() {
        if (Thread.getDefaultUncaughtExceptionHandler() instanceof UncaughtErrors u) {
            return u;
        }
        UncaughtErrors u = new UncaughtErrors(Logging::file, r -> { });
        Thread.setDefaultUncaughtExceptionHandler(u);
        return u;
    }

    /** From now on, reports go to {@code tell} (the app's error dialog). */
    public void tellWith(Consumer<Report> tell) {
        this.tell = tell;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        LOG.error("Uncaught exception in thread \"{}\"", t.getName(), e);
        try {
            tell.accept(new Report(t.getName(), e, logFile.get()));
        } catch (RuntimeException | LinkageError shown) {
            // Telling the user failed too (e.g. the toolkit is gone); the log has the original.
            LOG.error("Could not show the error to the user", shown);
        }
    }
}
