package firedrill.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void twoStoresSavingAtOnceNeverShareAnAttemptNumber(@TempDir Path data) throws Exception {
        // Two instances of the app are two stores: their `synchronized` does not exclude each other.
        SessionStore[] stores = {new SessionStore(data), new SessionStore(data)};
        int threads = 4;
        int each = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<List<Path>>> saved = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            SessionStore store = stores[t % 2];
            int grade = t;
            saved.add(pool.submit(() -> {
                start.await();
                List<Path> files = new java.util.ArrayList<>();
                for (int i = 0; i < each; i++) {
                    files.add(store.save(attempt("openai-2024-12-11", grade)));
                }
                return files;
            }));
        }
        java.util.Set<Path> files = new java.util.HashSet<>();
        int[] perThread = new int[threads];
        for (var f : saved) {
            files.addAll(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(threads * each, files.size(), "every save got its own file");
        SessionStore.History h = stores[0].history("openai-2024-12-11");
        assertEquals(List.of(), h.unreadable());
        assertEquals(threads * each, h.attempts().size());
        for (SessionStore.Attempt a : h.attempts()) {
            perThread[a.grade()]++;
        }
        assertArrayEquals(new int[] {each, each, each, each}, perThread, "no save overwrote another");
        assertEquals(threads * each, h.attempts().get(h.attempts().size() - 1).number(), "numbers 1..N, no gaps");
    }

    @Test
    void anAttemptNumberTakenMeanwhileIsSkipped(@TempDir Path data) throws Exception {
        SessionStore store = new SessionStore(data);
        store.save(attempt("openai-2024-12-11", 10));
        // Not listed as an attempt (not a file), yet the name is taken: as if another instance had just claimed it.
        Files.createDirectories(store.directory("openai-2024-12-11").resolve("attempt-000002.json"));
        Path p = store.save(attempt("openai-2024-12-11", 20));
        assertEquals("attempt-000003.json", p.getFileName().toString());
        assertEquals(20, store.history("openai-2024-12-11").attempts().get(1).grade());
    }

    @Test
    void aSessionsFolderThatCannotBeListedIsAnErrorNotAnEmptyHistory(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("sessions"), "a file where the sessions folder should be");
        SessionStore store = new SessionStore(data);
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, store::scenarios);
        assertTrue(e.getMessage().contains("cannot list the saved sessions in " + data.resolve("sessions")), e.getMessage());
        assertEquals(List.of(), new SessionStore(data.resolve("nothing-saved-yet")).scenarios(), "no folder yet: no attempts");
    }

    @Test
    void anAttemptFolderThatCannotBeListedIsReported(@TempDir Path data) throws Exception {
        SessionStore store = new SessionStore(data);
        store.save(attempt("openai-2024-12-11", 10));
        Path dir = store.directory("openai-2024-12-11");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.toFile().setReadable(false), "needs file permissions");
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(dir.toFile().canRead(), "running as a user that reads everything");
            SessionStore.History h = store.history("openai-2024-12-11");
            assertEquals(1, h.unreadable().size());
            assertTrue(h.unreadable().get(0).problem().startsWith("cannot list the saved attempts"), h.unreadable().toString());
        } finally {
            dir.toFile().setReadable(true);
        }
    }
}
