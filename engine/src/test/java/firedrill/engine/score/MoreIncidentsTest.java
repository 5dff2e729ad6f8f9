package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 9: the Reddit Pi-Day and Datadog 8 March scenarios, on the same general mechanisms. */
class MoreIncidentsTest {
    private static final ModelSpec REDDIT = Fixtures.shipped("reddit-2023-03-14");
    private static final ModelSpec DATADOG = Fixtures.shipped("datadog-2023-03-08");

    private static String misses(RunOutcome o, ModelSpec spec) {
        return Milestones.compare(o, spec).stream().filter(m -> !m.withinTolerance())
                .map(m -> m.measure() + " run " + (m.runTick() < 0 ? "never" : spec.timeOf(m.runTick())))
                .collect(Collectors.joining(", "));
    }

    @Test
    void redditOutageLastsAbout314Minutes() {
        RunOutcome o = Fixtures.outcome(REDDIT, 1, Fixtures.reference(REDDIT));
        ServiceOutcome site = o.service("reddit");
        double minutes = (site.recoveryStart() - site.impactStart()) / 60.0;
        assertTrue(Math.abs(minutes - 314) <= 30, "outage of " + minutes + " min");
        assertEquals("", misses(o, REDDIT));
    }

    @Test
    void redditDoingNothingOrChasingTheWebhookNeverRecovers() {
        assertEquals(-1, Fixtures.outcome(REDDIT, 1, List.of()).service("reddit").recoveryStart());
        Simulation sim = Fixtures.run(REDDIT, 1, List.of(
                Fixtures.at(REDDIT, "19:20", "delete-webhook", "cluster:core-legacy-01"),
                Fixtures.at(REDDIT, "19:25", "rollback-upgrade", null)));
        RunOutcome o = RunOutcome.of(sim);
        assertEquals(-1, o.service("reddit").recoveryStart(), "the red herring does not bring the site back");
        ActionRecord webhook = o.actions().get(0);
        assertEquals(Outcome.SUCCEEDED, webhook.outcome(), "deleting the webhook works; it just does not help: " + webhook.reason());
        ActionRecord rollback = o.actions().get(1);
        assertEquals(Outcome.FAILED, rollback.outcome());
        assertTrue(rollback.reason().contains("cannot downgrade"), rollback.reason());
        assertTrue(sim.model().state().health[REDDIT.layout().indexOf("core-legacy-01")] > 0.9,
                "without the webhook the API answers again, which is why it looked like progress");
    }

    @Test
    void redditFindingTheCauseFixesItInMinutes() {
        RunOutcome o = Fixtures.outcome(REDDIT, 1, List.of(
                Fixtures.at(REDDIT, "19:10", "inspect-network", "cluster:core-legacy-01"),
                Fixtures.at(REDDIT, "19:35", "delete-webhook", "cluster:core-legacy-01"),
                Fixtures.at(REDDIT, "19:45", "relabel-control-plane", "cluster:core-legacy-01")));
        int back = o.service("reddit").recoveryStart();
        assertTrue(back >= 0 && back < REDDIT.tickOf("21:30"), "site back at " + (back < 0 ? "never" : REDDIT.timeOf(back)));
    }

    @Test
    void datadogReferenceHitsThePublishedMilestones() {
        RunOutcome o = Fixtures.outcome(DATADOG, 1, Fixtures.reference(DATADOG));
        assertEquals("", misses(o, DATADOG));
        Calibration.Result r = Calibration.run(DATADOG, Fixtures.reference(DATADOG), 1, 20);
        assertTrue(r.shareAllWithin() >= 0.9, "runs in tolerance: " + r.runsAllWithin() + "/20");
    }

    @Test
    void datadogDoingNothingOrRestartingApiServersNeverRecovers() {
        for (List<Command> commands : List.of(List.<Command>of(),
                List.of(Fixtures.at(DATADOG, "06:40", "restart-apiservers", "region:us1")))) {
            RunOutcome o = Fixtures.outcome(DATADOG, 1, commands);
            for (ServiceOutcome s : o.services().values()) {
                assertEquals(-1, s.fullRecovery());
            }
        }
    }

    @Test
    void datadogRecoverySpeedDependsOnRepairCapacity() {
        ModelSpec doubled = new ModelSpec(withRepair(DATADOG.scenario(), 2 * DATADOG.mechanisms().repair().nodesPerMinute()));
        RunOutcome normal = Fixtures.outcome(DATADOG, 1, Fixtures.reference(DATADOG));
        RunOutcome faster = Fixtures.outcome(doubled, 1, Fixtures.reference(doubled));
        assertTrue(faster.allServicesRecovered() >= 0);
        assertTrue(faster.allServicesRecovered() <= normal.allServicesRecovered() - 3600,
                "doubling repair capacity: all services at " + doubled.timeOf(faster.allServicesRecovered())
                        + " vs " + DATADOG.timeOf(normal.allServicesRecovered()));
        assertTrue(faster.firstClusterRecovered() < normal.firstClusterRecovered());
    }

    private static Scenario withRepair(Scenario s, double nodesPerMinute) {
        Mechanisms m = s.mechanisms();
        Mechanisms m2 = new Mechanisms(m.controlPlane(), m.telemetry(), m.dns(), m.dataPlane(), m.observation(),
                m.network(), new Mechanisms.Repair(nodesPerMinute), m.backlog());
        return new Scenario(s.format(), s.meta(), s.fleet(), m2, s.timeline(), s.alerts(), s.actions(), s.team(),
                s.realTimeline(), s.referencePlaybook(), s.discussion(), s.assumptions());
    }
}
