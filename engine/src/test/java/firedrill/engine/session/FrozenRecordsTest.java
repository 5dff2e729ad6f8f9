package firedrill.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import firedrill.engine.drill.DrillRecord;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Records written by earlier Firedrill versions, frozen byte for byte under
 * {@code src/test/resources/records/frozen/}: today's reader must keep loading them. Never regenerate
 * these files; add a new fixture when the writer changes.
 */
class FrozenRecordsTest {
    static Path frozen(String name) {
        try {
            return Paths.get(FrozenRecordsTest.class.getResource("/records/frozen/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSimulateSessionFromBeforeModelVersionsStillLoads() throws Exception {
        SessionRecord r = SessionRecord.read(frozen("session-v1.json"));
        assertEquals(SessionRecord.FORMAT, r.format());
        assertEquals("openai-2024-12-11", r.scenario());
        assertEquals(1L, r.seed());
        assertEquals("simulate", r.mode());
        assertEquals(34740, r.endedTick());
        assertEquals(50, r.grade().value());
        assertNotNull(r.outcome().get("score"));
    }

    @Test
    void aPracticeSessionWithNotesAndInjectsStillLoads() throws Exception {
        SessionRecord r = SessionRecord.read(frozen("session-v1-practice.json"));
        assertEquals("hard", r.difficulty());
        assertEquals("practice", r.mode());
        assertEquals(1, r.notes().size());
        assertEquals("IC asked for the runbook", r.notes().get(0).text());
        assertEquals(1, r.commands().stream().filter(c -> "inject".equals(c.type())).count());
    }

    @Test
    void aRunningDrillAutosaveStillLoads() throws Exception {
        DrillRecord r = DrillRecord.read(frozen("drill-v1.json"));
        assertEquals(DrillRecord.FORMAT, r.format());
        assertEquals(DrillRecord.RUNNING, r.status());
        assertEquals(4200, r.tick());
        assertEquals("fb422692ac179e7b", r.digest());
        assertEquals(2, r.decisions().size());
        assertEquals(1, r.pending().size());
        assertEquals(2, r.observations().size());
    }
}
