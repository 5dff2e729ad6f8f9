package firedrill.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The participants part of a drill record: written stably, read back strictly, optional for old files. */
class DrillParticipantsTest {
    private static final String HASH = "a".repeat(64);

    static DrillParticipants sample(String tokenHash) {
        return new DrillParticipants(
                List.of(new DrillParticipants.Person("p1", "<img src=x onerror=alert(1)>", "Comms", tokenHash, 10, null)),
                List.of(new DrillParticipants.Proposal("q1", "p1", "Dana", "Operations", 12, "block-admin-api", "largest:5",
                        Map.of(), null, "first effect ~15:40", DrillParticipants.APPROVED, 15, "facilitator", null)),
                List.of(new DrillParticipants.Post(14, "p1", "Dana", "Operations", "DNS looks slow")));
    }

    @Test
    void roundTripsAndIsOptional() throws Exception {
        DrillRecord r = DrillRecordTest.saved(firedrill.engine.Fixtures.openai());
        assertFalse(r.toJson().contains("\"participants\""), "absent when nobody joined: old files stay byte for byte");
        DrillRecord with = r.withParticipants(sample(HASH));
        DrillRecord back = DrillRecord.parse("d.json", with.toBytes());
        assertEquals(with.participants(), back.participants());
        assertEquals(with.toJson(), back.toJson());
    }

    @Test
    void aBadPartIsNamedByItsPath() throws Exception {
        DrillRecord bad = DrillRecordTest.saved(firedrill.engine.Fixtures.openai()).withParticipants(sample("not-a-hash"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DrillRecord.parse("d.json", bad.toJson().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problems().toString().contains("$.participants.people[0].tokenSha256"), e.problems().toString());
    }
}
