package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 16: the AWS us-east-1 outage of 20 Oct 2025 on the platform mechanisms (docs/model.md). */
class AwsIncidentTest {
    private static final ModelSpec AWS = Fixtures.shipped("aws-2025-10-20");

    private static String misses(RunOutcome o) {
        return Milestones.compare(o, AWS).stream().filter(m -> !m.withinTolerance())
                .map(m -> m.measure() + " real " + AWS.timeOf(m.realTick()) + " run "
                        + (m.runTick() < 0 ? "never" : AWS.timeOf(m.runTick())))
                .collect(Collectors.joining(", "));
    }

    @Test
    void referenceSeedOneHitsEveryMilestone() {
        RunOutcome o = Fixtures.outcome(AWS, 1, Fixtures.reference(AWS));
        assertEquals("", misses(o));
        assertEquals(6, Milestones.compare(o, AWS).size());
    }

    @Test
    void atLeastNinetyPercentOfFiftySeedsWithinTolerance() {
        Calibration.Result r = Calibration.run(AWS, Fixtures.reference(AWS), 1, 50);
        String detail = r.milestones().stream()
                .map(m -> m.measure() + " " + m.within() + "/50 (p50 " + (m.p50() < 0 ? "never" : AWS.timeOf(m.p50())) + ")")
                .collect(Collectors.joining(", "));
        System.out.println("AWS calibration: " + r.runsAllWithin() + "/50 all within; " + detail);
        assertTrue(r.shareAllWithin() >= 0.9, "runs with every milestone in tolerance: " + r.runsAllWithin() + "/50; " + detail);
    }

    @Test
    void doingNothingNeverRecovers() {
        RunOutcome o = Fixtures.outcome(AWS, 1, List.of());
        for (String s : List.of("dynamodb", "ec2-capacity", "ec2-launches", "lambda", "sts")) {
            assertTrue(o.service(s).impactStart() >= 0, s + " is hit");
            assertEquals(-1, o.service(s).fullRecovery(), s + " never recovers");
        }
    }

    @Test
    void dependentsFollowDynamoDbAndNegativeCachingDelaysRecovery() {
        RunOutcome o = Fixtures.outcome(AWS, 1, Fixtures.reference(AWS));
        ServiceOutcome ddb = o.service("dynamodb");
        assertEquals(ddb.impactStart(), o.service("sts").impactStart());
        assertEquals(ddb.fullRecovery(), o.service("lambda").fullRecovery());
        int repaired = o.actions().stream().filter(a -> a.action().equals("repair-dns-record")).findFirst().orElseThrow().endTick();
        int lag = ddb.fullRecovery() - repaired;
        assertTrue(lag >= 13 * 60 && lag <= 16 * 60, "negative caches hold the empty answer ~15 min, got " + lag / 60 + " min");
    }

    @Test
    void aRepairWithoutFreezingTheAutomationDoesNotHold() {
        int lost = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Simulation sim = Fixtures.run(AWS, seed, List.of(Fixtures.at(AWS, "00:40+1", "repair-dns-record", null)));
            lost += sim.model().dnsRecordEmpty() ? 1 : 0;
        }
        assertTrue(lost >= 9, "the race empties a repaired record again while the automation runs: " + lost + "/10");
    }

    @Test
    void restartWithoutThrottleLeavesTheLeaseManagerCollapsed() {
        List<Command> fix = new ArrayList<>(List.of(Fixtures.at(AWS, "00:40+1", "freeze-dns-automation", null),
                Fixtures.at(AWS, "00:50+1", "repair-dns-record", null)));
        List<Command> restartOnly = new ArrayList<>(fix);
        restartOnly.add(Fixtures.at(AWS, "03:00+1", "restart-lease-manager", null));
        restartOnly.add(Fixtures.at(AWS, "03:30+1", "restart-lease-manager", null));
        Simulation sim = Fixtures.run(AWS, 1, restartOnly);
        assertTrue(sim.model().leaseQueueCollapsed());
        assertTrue(sim.model().leasedShare() < 0.05, "leased " + sim.model().leasedShare());
        List<Command> both = new ArrayList<>(fix);
        both.add(Fixtures.at(AWS, "03:00+1", "throttle-lease-intake", null));
        both.add(Fixtures.at(AWS, "03:05+1", "restart-lease-manager", null));
        RunOutcome o = Fixtures.outcome(AWS, 1, both);
        int leased = o.service("ec2-capacity").fullRecovery();
        assertTrue(leased > 0 && leased < AWS.tickOf("04:30+1"), "throttle then restart: all leased at " + AWS.timeOf(leased));
        assertFalse(Fixtures.run(AWS, 1, both).model().leaseQueueCollapsed());
    }

    @Test
    void nlbFailoverLeftOnKeepsRemovingCapacityAndACapLimitsIt() {
        List<Command> reference = Fixtures.reference(AWS);
        List<Command> leftOn = reference.stream().filter(c -> !c.action().contains("nlb-failover")).toList();
        RunOutcome on = Fixtures.outcome(AWS, 1, leftOn);
        RunOutcome ref = Fixtures.outcome(AWS, 1, reference);
        int back = on.service("nlb").fullRecovery();
        assertTrue(back > AWS.tickOf("10:00+1"), "failover left on: NLB back at " + AWS.timeOf(back));
        assertTrue(back > ref.service("nlb").fullRecovery() + 20 * 60);
        List<Command> capped = new ArrayList<>(leftOn);
        capped.add(0, Fixtures.at(AWS, "03:00+1", "cap-nlb-failover", null));
        RunOutcome cap = Fixtures.outcome(AWS, 1, capped);
        assertTrue(cap.service("nlb").lowest() >= 0.89, "a 10% velocity cap bounds the loss: " + cap.service("nlb").lowest());
        assertTrue(on.service("nlb").lowest() < 0.7, "uncapped: " + on.service("nlb").lowest());
    }
}
