package firedrill.app.diagnostics;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging for one run of the app or a command: everything at INFO and above goes to
 * {@code DATA/logs/firedrill.log}, rolled over at {@link #MAX_FILE_SIZE} into {@code firedrill.1.log}
 * … {@code firedrill.N.log} ({@link #KEEP} old files kept), so a crash in an app started from a
 * desktop launcher — where stderr goes nowhere — still leaves its stack trace behind. Configured in
 * code rather than by a {@code logback.xml}, because the file's folder comes from {@link
 * firedrill.app.fx.DataDir}'s rules (property, XDG, home), which an XML file cannot compute; see
 * docs/decisions/0013-logging.md. When the folder cannot be written, messages go to stderr instead.
 * Until {@link #start} runs (tests, which never call it), logback's own set-up applies: the test
 * class path carries a {@code logback-test.xml} that logs warnings to the console and writes no file.
 */
public final class Logging {
    public static final String DIR = "logs";
    public static final String FILE = "firedrill.log";
    /** Old files kept beside the current one. */
    public static final int KEEP = 3;
    public static final FileSize MAX_FILE_SIZE = FileSize.valueOf("5MB");
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";

    private static volatile Path current;

    private Logging() {}

    /**
     * Sends log messages to {@code dataDir/logs/firedrill.log} from now on; returns that file, or null
     * when it cannot be written (then messages go to stderr and one warning says why).
     */
    public static Path start(Path dataDir) {
        return start(dataDir, MAX_FILE_SIZE);
    }

    static synchronized Path start(Path dataDir, FileSize maxFileSize) {
        LoggerContext ctx = context();
        ctx.reset();
        Path file = dataDir.toAbsolutePath().resolve(DIR).resolve(FILE);
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        String problem = null;
        try {
            Files.createDirectories(file.getParent());
            RollingFileAppender<ILoggingEvent> appender = fileAppender(ctx, file, maxFileSize);
            if (appender.isStarted()) {
                root.addAppender(appender);
                current = file;
                return file;
            }
            problem = "the log file could not be opened";
        } catch (IOException | RuntimeException e) {
            problem = e.toString();
        }
        root.addAppender(console(ctx));
        current = null;
        LoggerFactory.getLogger(Logging.class).warn("Cannot write the log file {} ({}); logging to stderr", file, problem);
        return null;
    }

    /** The file messages go to, or null when {@link #start} has not run or fell back to stderr. */
    public static Path file() {
        return current;
    }

    /** Back to logback's own configuration (tests that called {@link #start}). */
    static synchronized void stop() {
        LoggerContext ctx = context();
        ctx.reset();
        current = null;
        try {
            new ContextInitializer(ctx).autoConfig();
        } catch (JoranException e) {
            Logger log = LoggerFactory.getLogger(Logging.class);
            log.warn("Cannot restore the default logging configuration", e);
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext ctx, Path file, FileSize maxSize) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setAppend(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.getParent().resolve("firedrill.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEEP);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(maxSize);
        // Check the size on every event: messages are rare, and a burst must not outgrow the limit.
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder(ctx));
        appender.start();
        return appender;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext ctx) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(ctx);
        appender.setName("stderr");
        appender.setTarget("System.err");
        appender.setEncoder(encoder(ctx));
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }
}
