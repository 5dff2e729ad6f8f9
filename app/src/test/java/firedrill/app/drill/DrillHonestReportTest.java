package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.drill.DrillReport;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.report.Html;
import firedrill.engine.score.Scorecard;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the report of a drill ended early at 15:19 is scored up to 15:19 — outcome, status-update
 * cadence and idle time over the drilled span, against the real team cut at the same moment — with
 * what would follow if nobody acted shown apart and labelled as an extrapolation; the record names its
 * wall-clock and drill-clock times apart; and undone decisions and edited or removed observations
 * show in the report as such (withdrawn before they applied; entered in error, effect kept).
 */
class DrillHonestReportTest {
    @Test
    void aDrillEndedAt1519IsScoredTo1519WithTheExtrapolationApartAndItsCorrectionsShown(@TempDir Path data)
            throws Exception {
        DrillSetup setup = DrillCrashChild.setup();
        ModelSpec spec = setup.spec();
        DrillRecord record;
        try (Drill d = Drill.start(setup, new DrillStore(data))) {
            DrillReportTest.at(d, "15:05");
            d.decide("Sam", DrillRecord.COMMS, "status-update", null, Map.of());
            DrillReportTest.at(d, "15:10");
            // Entered by mistake while the clock stands still: taken back before it applies.
            d.decide("Lee", DrillRecord.OPERATIONS, "block-admin-api", "largest:3", Map.of());
            assertEquals(Drill.Undo.WITHDRAWN, d.undo(1, null));
            DrillReportTest.at(d, "15:12");
            d.decide("Dana", DrillRecord.INCIDENT_COMMANDER, "escalate", null, Map.of());
            DrillReportTest.at(d, "15:13");
            // Applied a minute ago: it cannot be un-applied, so it is marked as entered in error and stays.
            assertEquals(Drill.Undo.CORRECTED, d.undo(1, null));
            d.observe(DrillRecord.Tag.NOTE, DrillRecord.COMMS, "Sam", "First draft <of> the note");
            d.editObservation(0, DrillRecord.Tag.STRENGTH, DrillRecord.COMMS, "Sam", "Sam posted the first update early");
            d.observe(DrillRecord.Tag.NOTE, null, null, "Typed into the wrong drill");
            d.removeObservation(2);
            DrillReportTest.at(d, "15:19");
            record = d.end().get(30, TimeUnit.SECONDS);
        }
        int end = spec.tickOf("15:19");
        assertEquals(end, record.tick());
        // One clock convention: wall-clock instants and the drill clock, named apart.
        Instant started = Instant.parse(record.startedAt());
        assertFalse(Instant.parse(record.endedAtWall()).isBefore(started));
        assertEquals(spec.clockOf(end), record.endedAtDrillClock());
        assertEquals(2, record.decisions().size(), "the withdrawn decision is not one of the drill's decisions");
        assertEquals(1, record.withdrawn().size());
        assertTrue(record.decisions().get(1).isCorrected());
        assertTrue(record.appliedTick(1) > 0, "the corrected decision keeps its command (it applied)");
        assertEquals(1, record.currentObservations().size());
        assertEquals(3, record.observations().size(), "every version is kept (the first draft, its edit, the removed one)");
        // The record, with its new fields, reads back.
        assertEquals(record, DrillRecord.parse("drill.json", record.toBytes()));

        AfterActionReport report = DrillReport.report(spec, record);
        Scorecard card = report.card();
        assertTrue(card.endedEarly());
        assertEquals(end, card.scoredTo());
        assertTrue(card.cadence().toTick() <= end && card.referenceCadence().toTick() <= end,
                "status updates are counted over the drilled span only");
        assertTrue(card.cadence().slots() <= 2, "half-hours of the drilled span, not of the day: " + card.cadence().slots());
        assertTrue(card.idle().toTick() <= end && card.referenceIdle().toTick() <= end, "idle time over the drill only");
        assertEquals(end, card.outcome().endTick(), "the outcome is the state at the end");
        assertTrue(card.extrapolation().outcome().endTick() > end, "what follows is kept apart");

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertTrue(json.get("summary").get("endedEarly").asBoolean());
        assertEquals(spec.timeOf(end), json.get("summary").get("scoredTo").asText());
        assertEquals("extrapolation: if nobody acted after " + spec.timeOf(end), json.get("extrapolation").get("label").asText());
        assertTrue(json.get("score").get("extrapolation").get("impactMinutes").asDouble()
                > json.get("score").get("impactMinutes").get("minutes").asDouble(), "more impact follows if nobody acts");
        JsonNode drill = json.get("drill");
        assertEquals(record.startedAt(), drill.get("startedAtWall").asText());
        assertEquals(record.endedAtWall(), drill.get("endedAtWall").asText());
        assertEquals(spec.clockOf(end), drill.get("endedAtDrillClock").asText());
        assertEquals(spec.clockOf(0), drill.get("startedAtDrillClock").asText());
        assertFalse(drill.has("endedAt"), "no field mixes the clocks any more");
        assertEquals(1, drill.get("withdrawnDecisions").size());
        assertEquals("block-admin-api", drill.get("withdrawnDecisions").get(0).get("action").asText());
        JsonNode corrected = drill.get("decisions").get(1);
        assertEquals("escalate", corrected.get("action").asText());
        assertNotNull(corrected.get("correctedAt").textValue());
        assertTrue(corrected.get("correction").asText().contains("kept its effect"));
        assertEquals(1, drill.get("observations").size());
        assertEquals("Sam posted the first update early", drill.get("observations").get(0).get("text").asText());
        assertEquals("Sam", drill.get("observations").get(0).get("person").asText());
        assertEquals(1, drill.get("observationsRemoved").size());

        String html = report.toHtml();
        assertTrue(html.contains("Extrapolation: if nobody acted after " + spec.timeOf(end)), "labelled as such");
        assertTrue(html.contains("Scored up to " + spec.timeOf(end) + ", when the drill ended"));
        assertTrue(html.contains("class=\"extrapolation\""), "the chart draws the continuation apart");
        assertFalse(html.contains("never fully recovered"), "not scored to 23:59 as if nobody acted");
        assertFalse(html.contains(" of 18 "), "no half-hours after the end");
        assertTrue(html.contains("not by " + spec.timeOf(end)));
        assertTrue(html.contains("Withdrawn before they applied") && html.contains("block-admin-api on largest:3"));
        assertTrue(html.contains("Entered in error (marked at "));
        assertTrue(html.contains(Html.escape("Sam posted the first update early")) && html.contains("(edited at "));
        assertFalse(html.contains("Typed into the wrong drill"), "a removed observation leaves the debrief");
        assertFalse(html.contains("First draft"), "an edited observation shows its latest version");
    }
}
