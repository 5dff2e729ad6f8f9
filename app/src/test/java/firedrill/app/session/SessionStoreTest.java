package firedrill.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.session.SessionRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attempts per scenario, in order, with the grade trend; unreadable files are reported, not fatal. */
class SessionStoreTest {
    private static SessionRecord attempt(String scenario, Integer grade) {
        return new SessionRecord(SessionRecord.FORMAT, scenario, "a".repeat(64), 1L, "hard", "practice", 0, 100, null,
                List.of(), Map.of("score", Map.of("impactMinutes", 361.5)),
                grade == null ? null : new SessionRecord.Grade(grade, "On par", 300.0 - grade), List.of());
    }

    @Test
    void savesNumberedAttemptsAndReportsTheTrend(@TempDir Path data) throws Exception {
        SessionStore store = new SessionStore(data);
        Path first = store.save(attempt("openai-2024-12-11", 41));
        store.save(attempt("openai-2024-12-11", null));
        store.save(attempt("openai-2024-12-11", 63));
        Path last = store.save(attempt("openai-2024-12-11", 57));
        store.save(attempt("reddit-2023-03-14", 50));
        assertEquals(data.resolve("sessions/openai-2024-12-11/attempt-000001.json"), first);
        assertEquals("attempt-000004.json", last.getFileName().toString());
        Path fresh = last.resolveSibling(".attempt-000005.json.123.tmp");
        Files.writeString(fresh, "{\"trunc");
        Files.writeString(last.resolveSibling("attempt-000009.json"), "{\"format\": \"firedrill/session@1\"");

        SessionStore.History h = store.history("openai-2024-12-11");
        assertEquals(List.of(1, 2, 3, 4), h.attempts().stream().map(SessionStore.Attempt::number).toList());
        assertEquals(1, h.unreadable().size(), "the damaged file is reported, the temp file ignored");
        assertTrue(h.unreadable().get(0).problem().contains("unexpected end of file"), h.unreadable().get(0).problem());
        SessionStore.Trend t = h.trend();
        assertEquals(List.of(41, 63, 57), t.grades());
        assertEquals(63, t.best());
        assertEquals(57, t.latest());
        assertEquals(-6, t.change());
        assertEquals("declining", t.direction());
        assertEquals(361.5, h.attempts().get(1).impactMinutes(), "ungraded: impact minutes from the outcome summary");
        assertNull(h.attempts().get(1).grade());
        assertEquals(List.of("openai-2024-12-11", "reddit-2023-03-14"), store.scenarios());
        assertEquals("first attempt", store.trend("reddit-2023-03-14").direction());
        assertEquals("no graded attempts", store.trend("nothing-here").direction());

        Path stale = last.resolveSibling(".attempt-000004.json.456.tmp");
        Files.writeString(stale, "{\"left by a killed writer");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        store.save(attempt("openai-2024-12-11", 70));
        assertTrue(Files.notExists(stale), "temp files of killed writers are cleaned up later");
        assertTrue(Files.exists(fresh), "a recent temp file may belong to a running writer");
    }

    @Test
    void scenarioIdsCannotEscapeTheStore(@TempDir Path data) throws Exception {
        SessionStore store = new SessionStore(data);
        assertEquals("_..", SessionStore.safeName(".."));
        assertEquals(".._.._etc", SessionStore.safeName("../../etc"));
        Path p = store.save(attempt("../../evil", 10));
        assertTrue(p.normalize().startsWith(data.resolve("sessions")), p.toString());
    }

    @Test
    void dataDirectoryFollowsPropertyThenXdgThenHome() {
        assertEquals(Path.of("/tmp/fd"), SessionStore.dataDir("/tmp/fd", "/xdg", "/home/u"));
        assertEquals(Path.of("/xdg/firedrill"), SessionStore.dataDir(null, "/xdg", "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/firedrill"), SessionStore.dataDir(" ", "relative/xdg", "/home/u"));
        String before = System.getProperty(SessionStore.DATA_DIR_PROPERTY);
        try {
            System.setProperty(SessionStore.DATA_DIR_PROPERTY, "/tmp/firedrill-test-data");
            assertEquals(Path.of("/tmp/firedrill-test-data/sessions"), SessionStore.openDefault().root());
        } finally {
            if (before == null) {
                System.clearProperty(SessionStore.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(SessionStore.DATA_DIR_PROPERTY, before);
            }
        }
    }
}
