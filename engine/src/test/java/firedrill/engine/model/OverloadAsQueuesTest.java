package firedrill.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.Fixtures;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.command.Command;
import firedrill.engine.queue.RequestServer;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Series;
import firedrill.engine.sim.Simulation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's acceptance on 11 Dec with the API server as request queues: the shipped scenario plus a
 * {@code mechanisms.apiServer} section (docs/model.md, "Overload as queues"; the shipped file still
 * runs the static formula until the coordinator switches it, see ADR 0030).
 */
class OverloadAsQueuesTest {
    private static final ModelSpec SPEC = onQueues(false);

    @Test
    void theReferencePlaybookLandsThePublishedMilestonesOnTheQueues() {
        firedrill.engine.score.Calibration.Result r = firedrill.engine.score.Calibration.run(SPEC, Fixtures.reference(SPEC), 1, 20);
        assertTrue(r.shareAllWithin() >= 0.9, "runs with every milestone in tolerance: " + r.runsAllWithin() + "/20");
    }

    @Test
    void largestClustersReachTheTimeoutAndRejectAtThePeakAndAreNormalAfterRecovery() {
        Simulation sim = Simulation.start(SPEC, 1);
        Fixtures.reference(SPEC).forEach(sim::submit);
        int c = SPEC.layout().indexOf("gpt-eastus-01");
        sim.runUntil(SPEC.tickOf("15:40"));
        RequestServer api = sim.model().state().api[c];
        assertNotNull(api, "11 Dec runs the API server as request queues");
        assertEquals(60, api.latencySeconds(0.99), 1e-6, "p99 at the request timeout at the peak");
        assertTrue(api.observe().rejectedShare() > 0, "429s at the peak");
        sim.runUntil(SPEC.tickOf("20:00"));
        api = sim.model().state().api[c];
        assertTrue(api.latencySeconds(0.99) < 1, "p99 back to normal: " + api.latencySeconds(0.99));
        assertEquals(0, api.observe().rejectedShare());
    }

    @Test
    void seriesWriteAFleetRowAndAClusterRowPerMinute() {
        Simulation sim = Simulation.start(SPEC, 1);
        StringBuilder out = new StringBuilder();
        Series.of(SPEC).run(sim, SPEC.tickOf("14:25"), out);
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("time,tick,scope,cluster,availability_chatgpt,"), lines[0]);
        assertTrue(lines[0].contains("api_p99_seconds") && lines[0].contains("api_rejected_share"));
        int clusters = SPEC.layout().clusters();
        assertEquals(1 + 6 * (1 + clusters), lines.length, "14:20 to 14:25 inclusive: six minutes");
        assertTrue(lines[1].startsWith("14:20:00,0,fleet,,1,1,1,"), lines[1]);
        int columns = lines[0].split(",", -1).length;
        for (String l : lines) {
            assertEquals(columns, l.split(",", -1).length, l);
        }
    }

    @Test
    void breakGlassOperatorsActOnAnOverloadedClusterAndOthersCannot() {
        ModelSpec spec = onQueues(true);
        String target = "cluster:gpt-eastus-01";
        List<Command> without = List.of(Command.action(spec.tickOf("15:15"), "delete-telemetry", target, null, "test"));
        List<Command> with = List.of(Command.action(spec.tickOf("15:13"), "break-glass", target, null, "test"),
                Command.action(spec.tickOf("15:15"), "delete-telemetry", target, null, "test"));
        int c = spec.layout().indexOf("gpt-eastus-01");
        Simulation locked = Playbooks.run(spec, 1, without, spec.tickOf("15:40"));
        assertTrue(locked.model().state().health[c] < 0.1, "the cluster is overloaded");
        assertEquals(Outcome.FAILED, outcome(locked, "delete-telemetry"), "without break-glass the delete times out");
        assertFalse(locked.model().state().agentRemoved[c]);

        Simulation exempt = Playbooks.run(spec, 1, with, spec.tickOf("15:40"));
        assertEquals(Outcome.SUCCEEDED, outcome(exempt, "break-glass"));
        assertEquals(Outcome.SUCCEEDED, outcome(exempt, "delete-telemetry"), "exempt operators get through");
        assertTrue(exempt.model().state().agentRemoved[c]);
    }

    private static Outcome outcome(Simulation sim, String action) {
        return sim.actionRecords().stream().filter(r -> r.action().equals(action)).map(ActionRecord::outcome)
                .findFirst().orElseThrow();
    }

    /**
     * 11 Dec on the request queues: the static formula's collapse and retry rates dropped, operators
     * acting through service-account automation on workload-low (the assumption docs/model.md states);
     * optionally a break-glass action in the catalog.
     */
    static ModelSpec onQueues(boolean breakGlassAction) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(ScenarioLoader.class.getResourceAsStream(
                    "/scenarios/openai-2024-12-11.json"));
            ObjectNode mechanisms = (ObjectNode) root.get("mechanisms");
            ((ObjectNode) mechanisms.get("controlPlane")).remove(List.of("collapseOverload", "retryGrowthPerSecond",
                    "retryDecayPerSecond"));
            mechanisms.putObject("apiServer").put("requestTimeoutSeconds", 60).putObject("clients")
                    .putObject("operators").put("level", "workload-low");
            if (breakGlassAction) {
                ObjectNode a = ((ArrayNode) root.get("actions")).addObject();
                a.put("id", "break-glass").put("kind", "break-glass").put("title", "Use break-glass credentials")
                        .put("description", "Operators switch to emergency credentials on the exempt priority level.")
                        .put("needsApi", false).put("duration", "PT1M");
            }
            return new ModelSpec(ScenarioLoader.parse("openai-2024-12-11-queues.json",
                    json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
