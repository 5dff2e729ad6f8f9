package firedrill.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.PropertySeeds;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants hold over random mechanism parameters and random interventions: loads and capacities
 * non-negative, shares and availabilities in [0,1], shifted traffic conserved, clock monotonic.
 */
class InvariantPropertiesTest {
    private static final String[] ACTIONS = {"block-admin-api", "unblock-admin-api", "scale-down-cluster",
        "restore-cluster-size", "scale-up-apiservers", "restart-apiservers", "shift-traffic", "restore-traffic",
        "restart-coredns", "delete-telemetry", "rollback-telemetry", "pause-rollout", "escalate", "status-update"};
    private static final String[] TARGETS = {"all", "largest:1", "largest:5", "region:us-east", "service:sora",
        "cluster:gpt-eastus-01,api-apeast-01"};

    @Provide
    Arbitrary<List<Command>> interventions() {
        ModelSpec spec = Fixtures.openai();
        Arbitrary<Command> one = Combinators.combine(
                Arbitraries.integers().between(spec.tickOf("14:50"), spec.tickOf("16:30")),
                Arbitraries.of(ACTIONS), Arbitraries.of(TARGETS))
                .as((tick, action, target) -> Command.action(tick, action, target, null, "prop"));
        return one.list().ofMaxSize(12).map(l -> l.stream().sorted((a, b) -> Integer.compare(a.tick(), b.tick())).toList());
    }

    @Property(tries = 25, seed = PropertySeeds.FIXED)
    void invariantsHoldUnderRandomParametersAndActions(
            @ForAll @DoubleRange(min = 0.0002, max = 0.003) @net.jqwik.api.constraints.Scale(6) double telemetryCost,
            @ForAll @DoubleRange(min = 0.0, max = 0.001) @net.jqwik.api.constraints.Scale(6) double relistCost,
            @ForAll @DoubleRange(min = 0.05, max = 2.0) double collapse,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double headroom,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll("interventions") List<Command> commands) {
        ModelSpec spec = new ModelSpec(withParameters(Fixtures.openai().scenario(), telemetryCost, relistCost, collapse, headroom));
        Simulation sim = Simulation.start(spec, seed);
        commands.forEach(sim::submit);
        int end = spec.tickOf("17:00");
        int previous = sim.tick();
        while (sim.tick() < end) {
            sim.step();
            assertEquals(previous + 1, sim.tick(), "the clock advances one tick at a time");
            previous = sim.tick();
            if (sim.tick() % 97 == 0) {
                check(sim);
            }
        }
        check(sim);
    }

    private static void check(Simulation sim) {
        FleetState s = sim.model().state();
        for (int c = 0; c < s.n; c++) {
            assertTrue(s.demand[c] >= 0 && s.capacity[c] >= 0 && s.nodes[c] > 0 && s.replicas[c] > 0, "loads and capacities");
            for (double v : new double[] {s.health[c], s.relist[c], s.agent[c], s.admitted[c], s.dnsOk[c], s.warm[c], s.served[c]}) {
                assertTrue(v >= 0 && v <= 1 && !Double.isNaN(v), "share out of [0,1] at cluster " + c + ": " + v);
            }
        }
        for (int k = 0; k < s.services; k++) {
            double total = 0;
            for (int c = 0; c < s.n; c++) {
                assertTrue(s.share[k][c] >= -1e-12, "negative traffic share");
                total += s.share[k][c];
            }
            assertEquals(1.0, total, 1e-9, "traffic of service " + k + " is conserved");
            double a = sim.model().availability(k);
            assertTrue(a >= 0 && a <= 1, "availability " + a);
        }
    }

    static Scenario withParameters(Scenario sc, double telemetryCost, double relistCost, double collapse, double headroom) {
        Mechanisms m = sc.mechanisms();
        Mechanisms.ControlPlane cp = m.controlPlane();
        Mechanisms.ControlPlane cp2 = new Mechanisms.ControlPlane(cp.seatsPerReplica(), cp.nodesPerReplica(),
                cp.minReplicas(), cp.baselineSeatsPerNode(), relistCost, collapse, cp.retryGrowthPerSecond(),
                cp.retryDecayPerSecond(), cp.crashOverload(), cp.crashMeanSeconds(), cp.restartSeconds(), cp.failedHealth());
        Mechanisms.Telemetry t = new Mechanisms.Telemetry(telemetryCost, m.telemetry().rampSeconds(), m.telemetry().removalSeconds());
        Mechanisms.DataPlane dp = new Mechanisms.DataPlane(headroom, m.dataPlane().warmupSeconds());
        Mechanisms m2 = new Mechanisms(cp2, t, m.dns(), dp, m.observation());
        return new Scenario(sc.format(), sc.meta(), sc.fleet(), m2, sc.timeline(), sc.alerts(), sc.actions(), sc.team(),
                sc.realTimeline(), sc.referencePlaybook(), sc.discussion(), sc.assumptions());
    }

    @Property(tries = 10, seed = PropertySeeds.FIXED)
    void shiftedTrafficIsConservedAndOnlyMovesToClustersServingTheService(@ForAll @LongRange(min = 1, max = 1000) long seed) {
        ModelSpec spec = Fixtures.openai();
        Simulation sim = Simulation.start(spec, seed);
        sim.submit(Command.action(spec.tickOf("15:30"), "shift-traffic", "largest:6", Map.of(), "prop"));
        sim.runUntil(spec.tickOf("15:45"));
        FleetState s = sim.model().state();
        FleetLayout layout = spec.layout();
        for (int k = 0; k < s.services; k++) {
            for (int c = 0; c < s.n; c++) {
                if (layout.share(k, c) == 0) {
                    assertEquals(0.0, s.share[k][c], "service " + k + " moved to cluster " + layout.id(c) + " that does not serve it");
                }
            }
        }
        check(sim);
    }
}
