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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drill's after-action report of a scripted drill contains every observation and every decision
 * with its time (HTML and JSON), the roster and roles, the injects (scripted and the facilitator's)
 * and the discussion questions with space for answers; facilitator text is escaped.
 */
class DrillReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void reportHasEveryObservationAndDecisionWithItsTime(@TempDir Path data) throws Exception {
        DrillSetup setup = DrillCrashChild.setup();
        ModelSpec spec = setup.spec();
        DrillRecord record;
        try (Drill d = Drill.start(setup, new DrillStore(data))) {
            at(d, "15:00");
            d.observe(DrillRecord.Tag.NOTE, null, "Quiet before the storm " + SCRIPT);
            at(d, "15:14");
            d.decide("Dana", DrillRecord.INCIDENT_COMMANDER, "status-update", null, Map.of());
            d.observe(DrillRecord.Tag.STRENGTH, DrillRecord.INCIDENT_COMMANDER, "IC declared the incident within a minute");
            at(d, "15:21");
            d.inject("exec", "CEO staff: is this an attack? & what do we say?");
            d.decide("Lee", DrillRecord.OPERATIONS, "block-admin-api", "largest:3", Map.of());
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.OPERATIONS, "Ops first tried the rollback through the failing API");
            at(d, "15:33");
            d.decide(null, DrillRecord.COMMS, "status-update", null, Map.of());
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.COMMS, "The status page stayed on 'investigating' for 30 min");
            at(d, "15:35");
            record = d.end().get(30, TimeUnit.SECONDS);
        }
        assertEquals(DrillRecord.ENDED, record.status());
        assertEquals(4, record.observations().size());
        assertEquals(3, record.decisions().size());
        assertTrue(Files.isRegularFile(new DrillStore(data).dir().resolve("drill-" + DrillStore.stamp(record.startedAt()) + ".json")),
                "an ended drill is archived");
        assertFalse(Files.exists(new DrillStore(data).autosaveFile()), "and no longer offered for resume");

        AfterActionReport report = DrillReport.report(spec, record);
        String html = report.toHtml();
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        JsonNode drill = json.get("drill");
        assertNotNull(drill);

        // Every observation with its time, in the JSON and in one row of the HTML.
        for (DrillRecord.Observation o : record.observations()) {
            String time = spec.clockOf(o.tick());
            assertTrue(contains(drill.get("observations"), Map.of("at", time, "text", o.text(), "tag", o.tagValue().id())),
                    "JSON has " + o);
            assertTrue(row(html, "obs-" + o.tagValue().id()).stream().anyMatch(r -> r.contains(time)
                    && r.contains(Html.escape(o.text()))), "HTML has " + o);
        }
        // Every decision with when it was entered and when it applied, who decided and the role.
        for (int i = 0; i < record.decisions().size(); i++) {
            DrillRecord.Decision d = record.decisions().get(i);
            String entered = spec.clockOf(d.entered());
            String applied = spec.clockOf(record.appliedTick(i));
            assertEquals(d.entered() + 1, record.appliedTick(i), "applied at the next tick");
            Map<String, String> expect = new java.util.HashMap<>(Map.of("entered", entered, "at", applied,
                    "action", d.action(), "role", d.role()));
            if (d.by() != null) {
                expect.put("by", d.by());
            }
            assertTrue(contains(drill.get("decisions"), expect), "JSON has decision " + i + " " + expect);
            assertTrue(row(html, "decision").stream().anyMatch(r -> r.contains(entered) && r.contains(applied)
                    && r.contains(d.action()) && (d.by() == null || r.contains(d.by()))), "HTML has decision " + i);
            assertTrue(html.contains("<h3>" + Html.escape(d.role()) + "</h3>"), "decisions grouped by role");
        }
        // The commands carry who decided (the base report's decision table shows it).
        assertTrue(record.commands().stream().anyMatch(c -> "Lee · Operations".equals(c.by())));
        assertTrue(html.contains("Lee · Operations"));
        // Roster, injects of both kinds with their times, discussion questions with space for answers.
        for (DrillRecord.Member m : record.roster()) {
            assertTrue(html.contains("<td>" + m.name() + "</td><td>" + Html.escape(m.role()) + "</td>"), m.toString());
        }
        assertTrue(row(html, "inject").stream().anyMatch(r -> r.contains(spec.clockOf(spec.tickOf("15:19")))
                && r.contains("Scenario")), "the scripted 15:19 inject");
        assertTrue(row(html, "inject").stream().anyMatch(r -> r.contains("Facilitator")
                && r.contains(Html.escape("CEO staff: is this an attack? & what do we say?"))), "the facilitator's inject");
        List<String> questions = spec.scenario().discussion();
        assertFalse(questions.isEmpty());
        for (String q : questions) {
            assertTrue(html.contains(Html.escape(q)), q);
        }
        assertTrue(html.contains("class=\"answer\""), "space for answers");
        assertEquals(questions.size(), drill.get("discussion").size());
        // Escaped, self-contained.
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertTrue(html.contains(Html.escape(SCRIPT)));
    }

    /** Fast-forwards to a local time and holds the clock there. */
    static void at(Drill d, String time) throws InterruptedException {
        int tick = d.spec().tickOf(time);
        d.runner().fastForwardTo(tick);
        d.runner().awaitFrame(f -> f.tick() >= tick && f.paused(), Duration.ofSeconds(30));
    }

    private static boolean contains(JsonNode array, Map<String, String> fields) {
        for (JsonNode n : array) {
            boolean all = true;
            for (Map.Entry<String, String> e : fields.entrySet()) {
                all &= n.has(e.getKey()) && e.getValue().equals(n.get(e.getKey()).asText());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The HTML table rows whose class attribute starts with {@code cls}. */
    private static List<String> row(String html, String cls) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        String open = "<tr class=\"" + cls;
        while ((i = html.indexOf(open, i)) >= 0) {
            int end = html.indexOf("</tr>", i);
            out.add(html.substring(i, end));
            i = end;
        }
        return out;
    }
}
