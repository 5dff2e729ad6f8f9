package firedrill.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.core.util.FileSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log file in the data dir: written, rolled over with a few files kept, and a stderr fallback. */
class LoggingTest {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingTest.class);

    @TempDir Path data;

    @AfterEach
    void restore() {
        Logging.stop();
    }

    @Test
    void writesMessagesAndStackTracesToTheDataDirsLogFile() throws Exception {
        Path file = Logging.start(data);
        assertEquals(data.toAbsolutePath().resolve("logs/firedrill.log"), file);
        assertEquals(file, Logging.file());
        LOG.info("hello from the test");
        LOG.debug("below the level: not written");
        LOG.error("it failed", new IllegalStateException("boom"));
        String text = Files.readString(file);
        assertTrue(text.contains("INFO  [") && text.contains("hello from the test"), text);
        assertFalse(text.contains("below the level"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
        assertTrue(text.contains("at firedrill.app.diagnostics.LoggingTest"), "with the stack trace: " + text);
    }

    @Test
    void rollsOverAtTheSizeLimitAndKeepsAFewOldFiles() throws Exception {
        Path file = Logging.start(data, FileSize.valueOf("2KB"));
        String line = "x".repeat(200);
        for (int i = 0; i < 200; i++) {
            LOG.info("{} {}", i, line);
        }
        Path dir = file.getParent();
        List<String> names = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(null);
        List<String> expected = new ArrayList<>(List.of("firedrill.log"));
        for (int i = 1; i <= Logging.KEEP; i++) {
            expected.add("firedrill." + i + ".log");
        }
        expected.sort(null);
        assertEquals(expected, names, "the current file and " + Logging.KEEP + " old ones, no more");
        assertTrue(Files.size(file) < 4 * 1024, "the current file stays near the limit: " + Files.size(file));
        assertTrue(Files.readString(file).contains("199 "), "the newest message is in the current file");
    }

    @Test
    void fallsBackToStderrWhenTheFolderCannotBeWritten() throws Exception {
        Path notADir = Files.writeString(data.resolve("occupied"), "a file where the data dir should be");
        assertNull(Logging.start(notADir));
        assertNull(Logging.file());
        LOG.warn("still logged somewhere");
        assertFalse(Files.exists(notADir.resolve("logs")));
    }

    @Test
    void theUncaughtHandlerLogsTheErrorAndTellsTheUserWhereTheLogIs() throws Exception {
        Path file = Logging.start(data);
        List<UncaughtErrors.Report> told = new ArrayList<>();
        UncaughtErrors handler = new UncaughtErrors(Logging::file, told::add);
        Thread t = new Thread(() -> {
            throw new IllegalArgumentException("the fleet has no clusters");
        }, "worker-7");
        t.setUncaughtExceptionHandler(handler);
        t.start();
        t.join();
        assertEquals(1, told.size());
        UncaughtErrors.Report r = told.get(0);
        assertEquals("worker-7", r.thread());
        assertEquals("the fleet has no clusters", r.summary());
        assertSame(file, r.logFile());
        assertTrue(r.stackTrace().contains("IllegalArgumentException"), r.stackTrace());
        String text = Files.readString(file);
        assertTrue(text.contains("ERROR [worker-7]") && text.contains("Uncaught exception in thread \"worker-7\""), text);
        assertTrue(text.contains("the fleet has no clusters"), text);
    }

    @Test
    void aFailureToTellTheUserIsLoggedNotThrown() throws Exception {
        Path file = Logging.start(data);
        UncaughtErrors handler = new UncaughtErrors(Logging::file, r -> {
            throw new IllegalStateException("no toolkit");
        });
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("first"));
        String text = Files.readString(file);
        assertTrue(text.contains("first") && text.contains("Could not show the error to the user")
                && text.contains("no toolkit"), text);
    }
}
