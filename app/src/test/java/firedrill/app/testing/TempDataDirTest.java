package firedrill.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The auto-registered {@link TempDataDir}: a fresh data dir per test, and nothing leaks out of a test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TempDataDirTest {
    private static final String LEAK = "firedrill.test.leak";
    private static final List<Path> seen = new ArrayList<>();
    private static Path classDir;

    @BeforeAll
    static void classLevel() {
        classDir = DataDir.resolve();
        assertTrue(Files.isDirectory(classDir), "@BeforeAll already sees a temporary data dir");
    }

    @Test
    @Order(1)
    void aTestRunsOnAFreshTemporaryDataDir() throws Exception {
        Path dir = DataDir.resolve();
        seen.add(dir);
        assertTrue(dir.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), dir.toString());
        assertFalse(dir.startsWith(Path.of(System.getProperty("user.home"), ".local")), "never the user's data");
        assertNotEquals(classDir, dir);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "empty");
        }
        Files.writeString(dir.resolve("settings.json"), "{}");
        System.setProperty(LEAK, "set by a test");
        System.setProperty("user.language", "xx");
    }

    @Test
    @Order(2)
    void nothingTheLastTestChangedLeaks() {
        Path dir = DataDir.resolve();
        seen.add(dir);
        assertNotEquals(seen.get(0), dir, "a new directory");
        assertFalse(Files.exists(seen.get(0)), "the previous test's directory is gone");
        assertNull(System.getProperty(LEAK));
        assertNotEquals("xx", System.getProperty("user.language"));
    }

    @Test
    @Order(3)
    void restorePutsBackAddedChangedAndRemovedProperties() {
        Properties saved = (Properties) System.getProperties().clone();
        String javaHome = System.getProperty("java.home");
        System.setProperty(LEAK, "x");
        System.setProperty("java.home", "/nowhere");
        System.clearProperty("java.io.tmpdir");
        TempDataDir.restore(saved);
        assertNull(System.getProperty(LEAK));
        assertEquals(javaHome, System.getProperty("java.home"));
        assertEquals(saved, System.getProperties());
    }

    @AfterAll
    static void classDirSurvivesItsTests() {
        assertEquals(classDir, DataDir.resolve(), "after the tests, the class's own directory again");
    }
}
