package firedrill.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.Fixtures;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.command.Command;
import firedrill.engine.queue.RequestServer;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.StrategySuite;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Series;
import firedrill.engine.sim.Simulation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's acceptance on the shipped Kubernetes scenarios, whose API servers run as request queues
 * (docs/model.md, "Overload as queues"; ADRs 0030 and 0050).
 */
class OverloadAsQueuesTest {
    private static final ModelSpec SPEC = Fixtures.shipped("openai-2024-12-11");

    /** Their calibration and strategy suites are checked by CalibrationTest and StrategySuiteTest. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"openai-2024-12-11", "reddit-2023-03-14", "datadog-2023-03-08"})
    void theKubernetesScenariosRunTheirApiServersAsQueues(String id) {
        ModelSpec spec = Fixtures.shipped(id);
        assertNotNull(spec.mechanisms().apiServer(), id);
        Simulation sim = Simulation.start(spec, 1);
        sim.runUntil(60);
        for (RequestServer api : sim.model().state().api) {
            assertNotNull(api, id + ": every cluster has its request queues");
        }
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
        ModelSpec spec = SPEC;
        String target = "cluster:gpt-eastus-01";
        List<Command> without = List.of(Command.action(spec.tickOf("15:15"), "delete-telemetry", target, null, "test"));
        List<Command> with = List.of(Command.action(spec.tickOf("15:05"), "break-glass", target, null, "test"),
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
     * The what-if: every API client that backs off (node agents' reflectors, CoreDNS, controllers)
     * retries after a fixed delay instead. Re-opening every shrunk cluster at once into its unchanged
     * API servers sends the whole re-list herd; without backoff the failed re-lists come straight back
     * and the fleet recovers later, in every seed. (The reference playbook re-opens each cluster at 10% a minute into spare capacity,
     * so nothing it does fails and backoff does not change it: docs/model.md says so.)
     */
    @Test
    void withoutClientBackoffReopeningAtOnceRecoversLater() throws Exception {
        ModelSpec noBackoff = withoutBackoff();
        StrategySuite.Strategy herd = StrategySuite.shipped(SPEC.scenario()).strategies().stream()
                .filter(s -> s.name().equals("fleet-block-shrink-reopen-at-once.json")).findFirst().orElseThrow();
        for (long seed = 1; seed <= 5; seed++) {
            RunOutcome with = RunOutcome.of(Playbooks.run(SPEC, seed, Playbooks.commands(herd.playbook(), SPEC, "t"),
                    SPEC.horizonTick()));
            RunOutcome without = RunOutcome.of(Playbooks.run(noBackoff, seed,
                    Playbooks.commands(herd.playbook(), noBackoff, "t"), noBackoff.horizonTick()));
            assertTrue(with.allClustersRecovered() >= 0, "with backoff the herd drains, seed " + seed);
            assertTrue(without.allClustersRecovered() < 0 || without.allClustersRecovered() >= with.allClustersRecovered() + 60,
                    "without backoff every cluster is back at least a minute later, seed " + seed + ": "
                            + SPEC.timeOf(with.allClustersRecovered()) + " vs " + without.allClustersRecovered());
        }
    }

    @Test
    void setSharesChangesAPriorityLevelsSharesOnTheTargets() throws Exception {
        ModelSpec spec = onQueues("openai-2024-12-11", root -> {
        ObjectNode a = ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("actions")).addObject();
        a.put("id", "starve-lists").put("kind", "set-shares").put("title", "Cut workload-low's shares")
                .put("description", "A changed PriorityLevelConfiguration.").put("needsApi", false).put("duration", "PT2M");
        a.putObject("params").putObject("workload-low").put("default", 5).put("min", 0).put("max", 1000).put("unit", "shares");
        });
        int c = spec.layout().indexOf("gpt-eastus-01");
        int other = spec.layout().indexOf("api-eastus-01");
        Simulation sim = Playbooks.run(spec, 1, List.of(Command.action(spec.tickOf("15:20"), "starve-lists",
                "cluster:gpt-eastus-01", null, "test")), spec.tickOf("15:30"));
        assertEquals(Outcome.SUCCEEDED, outcome(sim, "starve-lists"));
        RequestServer api = sim.model().state().api[c];
        int level = api.spec().level("workload-low");
        assertEquals(5, api.shares(level));
        assertEquals(100, sim.model().state().api[other].shares(level), "other clusters keep the default");
    }

    private static ModelSpec withoutBackoff() {
        return onQueues("openai-2024-12-11", root -> {
            ObjectNode clients = (ObjectNode) root.get("mechanisms").get("apiServer").get("clients");
            for (String c : List.of("reflectors", "coredns", "controllers")) {
                clients.putObject(c).put("backoff", false);
            }
        });
    }

    /** The shipped scenario with {@code edit} applied to its JSON. */
    static ModelSpec onQueues(String id, java.util.function.Consumer<ObjectNode> edit) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(ScenarioLoader.class.getResourceAsStream("/scenarios/" + id + ".json"));
            edit.accept(root);
            return new ModelSpec(ScenarioLoader.parse(id + "-variant.json", json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
