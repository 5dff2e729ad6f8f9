package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.FleetState;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/** The model is causal: different decisions give different incidents (issue 4, acceptance 2–4). */
class ScenarioBehaviourTest {
    private final ModelSpec spec = Fixtures.openai();

    @Test
    void doingNothingNeverRecovers() {
        for (long seed = 1; seed <= 5; seed++) {
            RunOutcome o = Fixtures.outcome(spec, seed, List.of());
            for (Map.Entry<String, ServiceOutcome> e : o.services().entrySet()) {
                assertTrue(e.getValue().impactStart() >= 0, e.getKey() + " is hit");
                assertEquals(-1, e.getValue().fullRecovery(), e.getKey() + " must not recover by itself (seed " + seed + ")");
            }
            assertEquals(-1, o.allClustersRecovered());
        }
    }

    @Test
    void fastCorrectResponseBeatsTheRealTeamByAnHour() {
        RunOutcome o = Fixtures.outcome(spec, 1, Fixtures.playbook("openai-fast-response.json", spec));
        int apiFull = o.service("api").fullRecovery();
        assertTrue(apiFull >= 0, "the API recovers");
        assertTrue(apiFull <= spec.tickOf("19:38") - 3600, "API recovered at " + spec.timeOf(apiFull)
                + "; expected at least an hour before 19:38");
    }

    @Test
    void rollbackAtTwentyPastFailsBecauseTheApiIsUnreachable() {
        Simulation sim = Fixtures.run(spec, 1, List.of(Fixtures.at(spec, "15:20", "rollback-telemetry", "all")));
        ActionRecord rollback = sim.actionRecords().get(0);
        assertEquals(Outcome.FAILED, rollback.outcome());
        assertTrue(rollback.reason().contains("Kubernetes API unreachable"), rollback.reason());
        assertTrue(rollback.succeeded().isEmpty(), "a halted pipeline rolls back nothing");
        assertEquals(-1, RunOutcome.of(sim).service("api").fullRecovery());
    }

    @Test
    void restartingCoreDnsNeedsTheApiAndFailsOnceItIsDown() {
        assertTrue(spec.action("restart-coredns").requiresApi(), "restarting pods goes through the Kubernetes API");
        Simulation sim = Fixtures.run(spec, 1, List.of(Fixtures.at(spec, "15:10", "restart-coredns", "largest:2")));
        ActionRecord restart = sim.actionRecords().get(0);
        assertEquals(Outcome.FAILED, restart.outcome());
        assertTrue(restart.reason().contains("Kubernetes API unreachable"), restart.reason());
    }

    @Test
    void restartingCoreDnsEarlyBringsImpactForward() {
        RunOutcome nothing = Fixtures.outcome(spec, 1, List.of());
        RunOutcome restart = Fixtures.outcome(spec, 1, List.of(Fixtures.at(spec, "15:00", "restart-coredns", "largest:2")));
        for (String service : List.of("chatgpt", "api")) {
            assertTrue(restart.service(service).impactStart() < nothing.service(service).impactStart(),
                    service + ": impact with restart " + spec.timeOf(restart.service(service).impactStart())
                            + " vs nothing " + spec.timeOf(nothing.service(service).impactStart()));
        }
    }

    @Test
    void reopeningAccessAllAtOnceBringsTheHerdBack() {
        List<Command> careful = Fixtures.playbook("openai-fast-response.json", spec);
        List<Command> reckless = new ArrayList<>();
        for (Command c : careful) {
            reckless.add(c.action().equals("unblock-admin-api")
                    ? Command.action(c.tick(), c.action(), c.target(), Map.of("rate", 1.0), c.by()) : c);
        }
        RunOutcome ok = Fixtures.outcome(spec, 1, careful);
        RunOutcome herd = Fixtures.outcome(spec, 1, reckless);
        assertTrue(ok.allClustersRecovered() >= 0);
        assertEquals(-1, herd.allClustersRecovered(), "re-admitting every node at once re-collapses the largest clusters");
    }

    @Test
    void sizeDecidesWhoFalls() {
        Simulation sim = Fixtures.run(spec, 1, List.of());
        FleetState s = sim.model().state();
        FleetLayout layout = spec.layout();
        int median = layout.medianNodes();
        List<double[]> failed = new ArrayList<>();
        int smallest = Integer.MAX_VALUE;
        for (int c = 0; c < s.n; c++) {
            if (s.failedAt[c] >= 0) {
                assertTrue(layout.nodes(c) > median, layout.id(c) + " (" + layout.nodes(c) + " nodes) failed but is not above the median "
                        + median);
                assertTrue(s.agentArrival[c] >= 0);
                failed.add(new double[] {layout.nodes(c), s.failedAt[c] - s.agentArrival[c]});
            }
            smallest = Math.min(smallest, layout.nodes(c));
        }
        for (int c = 0; c < s.n; c++) {
            if (layout.nodes(c) <= 2 * smallest) {
                assertTrue(s.failedAt[c] < 0, "small cluster " + layout.id(c) + " rides it out");
            }
        }
        assertTrue(failed.size() >= 5, "several large clusters fail: " + failed.size());
        double[] size = failed.stream().mapToDouble(r -> r[0]).toArray();
        double[] ttf = failed.stream().mapToDouble(r -> r[1]).toArray();
        double rho = new SpearmansCorrelation().correlation(size, ttf);
        assertTrue(rho <= -0.5, "time from the agent's arrival to failure falls with size: Spearman " + rho);
    }
}
