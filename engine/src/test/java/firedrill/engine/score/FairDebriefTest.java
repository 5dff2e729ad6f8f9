package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 21: the debrief judges each cluster of a grouped action, values decisions over the run, caps harm. */
class FairDebriefTest {
    private final ModelSpec spec = ScoringFixtures.spec();

    @Test
    void aGroupedReadmissionThatReCollapsesOneClusterIsHarmfulForThatCluster() {
        Scorecard herd = ScoringFixtures.card(ScoringFixtures.fastWithHerd());
        Decisions.Decision largest = herd.decisions().stream()
                .filter(d -> d.action().action().equals("unblock-admin-api") && "largest:5".equals(d.action().target()))
                .findFirst().orElseThrow();
        assertEquals(5, largest.clusters().size(), "one verdict per target");
        List<String> hurt = largest.hurtClusters();
        assertFalse(hurt.isEmpty(), largest.clusters().toString());
        assertTrue(hurt.size() < largest.clusters().size(), "the others were re-admitted fine: " + largest.clusters());
        assertTrue(largest.clusters().stream().anyMatch(c -> c.verdict() == Decisions.Verdict.HELPED));
        assertEquals(Decisions.Verdict.HURT, largest.verdict(), "grouped with healthy clusters, it is still harmful");
        for (String id : hurt) {
            assertTrue(largest.why().contains(id), "the why names " + id + ": " + largest.why());
            Decisions.ClusterVerdict c = largest.clusters().stream().filter(x -> x.cluster().equals(id)).findFirst().orElseThrow();
            assertTrue(c.why().contains("collapsed again"), c.why());
        }
        assertTrue(herd.harmful().contains(largest));
    }

    @Test
    void aDecisionsValueIsItsWhatIfOverTheRestOfTheRun() {
        List<Command> commands = new ArrayList<>(ScoringFixtures.fast());
        commands.add(Fixtures.at(spec, "15:00", "pause-rollout", null));
        Scorecard card = ScoringFixtures.card(commands);
        Decisions.Decision pause = card.decisions().stream().filter(d -> d.action().action().equals("pause-rollout"))
                .findFirst().orElseThrow();
        WhatIf.Comparison without = card.whatIf().remove(pause.index());
        double expected = Par.totalImpact(without.alternative().outcome()) - Par.totalImpact(without.original().outcome());
        assertEquals(expected, pause.valueMinutes(), 0.11, "the value is what the what-if without it shows");
        assertTrue(pause.why().contains("by the end of the run"), pause.why());
        // The real team's decisions get verdicts only (their values are never shown).
        assertTrue(card.referenceDecisions().stream().allMatch(d -> Double.isNaN(d.valueMinutes())));
    }

    @Test
    void aHarmfulActionTheRealTeamDidNotTakeRulesOutBetterThanTheRealTeam() {
        Scorecard fast = ScoringFixtures.card(ScoringFixtures.fast());
        Scorecard bad = ScoringFixtures.card(ScoringFixtures.fastWithMistakes());
        assertEquals(Scorecard.BETTER, fast.grade().label());
        assertNull(fast.grade().cap());
        assertFalse(bad.harmful().isEmpty());
        assertEquals(Scorecard.ON_PAR, bad.grade().label(), bad.grade().toString());
        assertNotNull(bad.grade().cap());
        assertTrue(bad.grade().value() <= 50 + bad.grade().band(), bad.grade().toString());
        assertTrue(bad.headlines().get(0).contains("capped at"), bad.headlines().get(0));
    }

    @Test
    void recoveryMilestonesReachedEarlyAreEarlyNotMisses() {
        Scorecard fast = ScoringFixtures.card(ScoringFixtures.fast());
        List<MilestoneResult> ms = fast.score().milestones();
        MilestoneResult api = ms.stream().filter(m -> "fullRecovery:api".equals(m.measure())).findFirst().orElseThrow();
        assertTrue(api.recovery());
        assertFalse(api.withinTolerance(), "hours before the real team");
        assertEquals(MilestoneResult.Standing.EARLY, api.standing());
        assertEquals(Boolean.TRUE, api.good(), "early recovery is good news");
        MilestoneResult never = new MilestoneResult("x", "x", "fullRecovery:api", 100, -1, 60);
        assertEquals(MilestoneResult.Standing.NEVER, never.standing());
        assertEquals(Boolean.FALSE, never.good());
        MilestoneResult late = new MilestoneResult("x", "x", "allClustersRecovered", 100, 1000, 60);
        assertEquals(Boolean.FALSE, late.good());
        MilestoneResult alert = new MilestoneResult("x", "x", "firstAlert", 1000, 100, 60);
        assertFalse(alert.recovery());
        assertEquals(MilestoneResult.Standing.EARLY, alert.standing());
        assertNull(alert.good(), "the incident's own course is neither good nor bad news");
    }
}
