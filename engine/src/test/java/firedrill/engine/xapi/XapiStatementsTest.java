package firedrill.engine.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import firedrill.engine.command.Command;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.ModelVersion;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exported statements validate against xAPI 1.0.3's rules (a JSON Schema in the test resources). */
class XapiStatementsTest {
    private static Schema schema;
    private static ModelSpec spec;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = XapiStatementsTest.class.getResourceAsStream("/xapi/statements-1.0.3.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        spec = new ModelSpec(ScenarioLoader.loadShipped("reddit-2023-03-14"));
    }

    static List<String> errors(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        List<String> out = new java.util.ArrayList<>(schema.validate(node).stream().map(Object::toString).toList());
        // What a schema cannot say: raw within [min, max].
        for (JsonNode s : node) {
            JsonNode score = s.path("result").path("score");
            if (score.has("raw") && !(score.get("min").asDouble() <= score.get("raw").asDouble()
                    && score.get("raw").asDouble() <= score.get("max").asDouble())) {
                out.add("score.raw outside [min, max]");
            }
        }
        return out;
    }

    private static SessionRecord session(int grade) {
        Simulation sim = new RunRecord(spec.scenario().id(), spec.hash(), 7, 3600, List.of()).replay(spec);
        return SessionRecord.of(sim, "standard", "practice", 0, null, new SessionRecord.Grade(grade, "On par", 300.0),
                List.of(), "2026-11-30T09:15:00Z");
    }

    @Test
    void aGradedSessionIsAttemptedCompletedAndPassedAndValid() throws Exception {
        List<Map<String, Object>> st = XapiStatements.forSession(session(72), "Reddit Pi-Day", 72,
                new XapiStatements.Actor("Dana Trainee", null), XapiStatements.DEFAULT_PASS_MARK);
        String json = XapiStatements.toJson(st);
        assertEquals(List.of(), errors(json));
        JsonNode node = JSON.readTree(json);
        assertEquals(3, node.size());
        assertEquals("http://adlnet.gov/expapi/verbs/attempted", node.get(0).path("verb").path("id").asText());
        assertEquals("http://adlnet.gov/expapi/verbs/completed", node.get(1).path("verb").path("id").asText());
        JsonNode passed = node.get(2);
        assertEquals("http://adlnet.gov/expapi/verbs/passed", passed.path("verb").path("id").asText());
        assertEquals(0.72, passed.path("result").path("score").path("scaled").asDouble(), 1e-9);
        assertEquals(72, passed.path("result").path("score").path("raw").asInt());
        assertTrue(passed.path("result").path("success").asBoolean());
        assertEquals("PT1H", passed.path("result").path("duration").asText());
        assertEquals(XapiStatements.SIMULATION, passed.path("object").path("definition").path("type").asText());
        assertEquals("2026-11-30T09:15:00Z", passed.path("timestamp").asText());
        JsonNode ext = passed.path("context").path("extensions");
        assertEquals(7, ext.path(XapiStatements.EXT + "seed").asLong());
        assertEquals(ModelVersion.MODEL_VERSION, ext.path(XapiStatements.EXT + "model-version").asInt());
        assertEquals(json, XapiStatements.toJson(XapiStatements.forSession(session(72), "Reddit Pi-Day", 72,
                new XapiStatements.Actor("Dana Trainee", null), XapiStatements.DEFAULT_PASS_MARK)), "same attempt, same ids");
    }

    @Test
    void belowThePassMarkIsFailedAndUngradedHasNoVerdict() throws Exception {
        String failed = XapiStatements.toJson(XapiStatements.forSession(session(20), "t", 20,
                new XapiStatements.Actor("Lee", "https://lms.example.org/"), 50));
        assertEquals(List.of(), errors(failed));
        assertTrue(failed.contains("/verbs/failed") && !failed.contains("/verbs/passed"));
        String ungraded = XapiStatements.toJson(XapiStatements.forSession(session(20), "t", null,
                new XapiStatements.Actor("Lee", null), 50));
        assertEquals(List.of(), errors(ungraded));
        assertEquals(2, JSON.readTree(ungraded).size());
    }

    @Test
    void aDrillGivesStatementsPerParticipantButNotObservers() throws Exception {
        Simulation sim = new RunRecord(spec.scenario().id(), spec.hash(), 3, 1800,
                List.of(Command.action(60, "status-update", null, Map.of(), "Sam · Comms"))).replay(spec);
        DrillRecord d = new DrillRecord(DrillRecord.FORMAT, spec.scenario().id(), spec.hash(), 3L, "Standard", true,
                DrillRecord.RUNNING, "2026-11-26T10:00:00Z", "2026-11-26T10:20:00Z", sim.tick(), DrillRecord.digestOf(sim),
                DrillRecord.STANDARD_ROLES, List.of(new DrillRecord.Member("Sam", DrillRecord.COMMS),
                        new DrillRecord.Member("Lee", DrillRecord.INCIDENT_COMMANDER), new DrillRecord.Member("Kim", "Observer")),
                sim.log(), List.of(), List.of(), List.of()).ended("2026-11-26T10:45:00Z", "19:25");
        String json = XapiStatements.toJson(XapiStatements.forDrill(d, "Reddit", 64, null, "Observer", 50));
        assertEquals(List.of(), errors(json));
        JsonNode node = JSON.readTree(json);
        assertEquals(6, node.size(), "attempted, completed, passed for Sam and for Lee");
        assertFalse(json.contains("Kim"));
        assertEquals("Comms", node.get(0).path("context").path("extensions").path(XapiStatements.EXT + "role").asText());
    }

    @Test
    void theSchemaRefusesWhatXapiForbids() throws Exception {
        String json = XapiStatements.toJson(XapiStatements.forSession(session(72), "t", 72,
                new XapiStatements.Actor("Dana", null), 50));
        JsonNode node = JSON.readTree(json);
        ((ObjectNode) node.get(2).path("result").path("score")).put("scaled", 72);
        ((ObjectNode) node.get(2).path("result")).put("duration", "72 minutes");
        ((ObjectNode) node.get(1).path("verb")).put("id", "completed");
        ((ObjectNode) node.get(0)).remove("actor");
        List<String> errs = errors(JSON.writeValueAsString(node));
        assertTrue(errs.size() >= 4, errs.toString());
    }
}
