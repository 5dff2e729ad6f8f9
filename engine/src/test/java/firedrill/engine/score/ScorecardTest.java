package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.StrictJson;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 6 acceptance: the grade orders responses the way an incident commander would. */
class ScorecardTest {
    private final ModelSpec spec = ScoringFixtures.spec();

    @Test
    void referencePlaybookIsOnPar() {
        Scorecard ref = ScoringFixtures.card(ScoringFixtures.reference());
        Par.Result par = ScoringFixtures.par();
        assertEquals(Scorecard.ON_PAR, ref.grade().label(), ref.grade().toString());
        assertEquals(50, ref.grade().value(), "the real team is the 50 mark");
        assertTrue(par.withinMiddleHalf(ref.impactMinutes()), "seed " + ScoringFixtures.SEED + ": " + ref.impactMinutes()
                + " impact-minutes, par p25–p75 " + par.impact().p25() + "–" + par.impact().p75());
        // Par varies the real team's timing: its middle half is on par, its fastest runs are not behind
        // and its slowest not better.
        for (double impact : par.impactMinutes()) {
            String label = Scorecard.labelForImpact(impact, ref.impactMinutes(), par);
            if (par.withinMiddleHalf(impact)) {
                assertEquals(Scorecard.ON_PAR, label, "a reference run in the middle half of par is on par: " + impact);
            }
            if (impact <= par.impact().p25()) {
                assertTrue(!Scorecard.BEHIND.equals(label), impact + " min: " + label);
            }
            if (impact >= par.impact().p75()) {
                assertTrue(!Scorecard.BETTER.equals(label), impact + " min: " + label);
            }
        }
        assertTrue(ref.harmful().isEmpty(), "the real team's measures are not flagged: " + ref.harmful());
    }

    @Test
    void realFirstMitigationIsTheTrafficShiftAt1527() {
        Scorecard.Mitigation real = ScoringFixtures.card(List.of()).realFirstMitigation();
        assertNotNull(real);
        assertEquals("15:27", spec.timeOf(real.issuedTick()));
        assertEquals("shift-traffic", real.action());
    }

    @Test
    void doingNothingScoresWorst() {
        Scorecard nothing = ScoringFixtures.card(List.of());
        Scorecard ref = ScoringFixtures.card(ScoringFixtures.reference());
        Scorecard fast = ScoringFixtures.card(ScoringFixtures.fast());
        assertTrue(nothing.grade().value() < ref.grade().value(), nothing.grade() + " vs " + ref.grade());
        assertTrue(nothing.grade().value() < fast.grade().value(), nothing.grade() + " vs " + fast.grade());
        assertEquals(Scorecard.BEHIND, nothing.grade().label());
        assertNull(nothing.firstMitigation(), "nothing reduced the impact");
        assertEquals(1.0, nothing.idle().share(), "nobody worked while customers were down");
        assertEquals(0.0, nothing.cadence().coverage());
        assertTrue(nothing.headlines().stream().anyMatch(h -> h.contains("never fully recovered")), nothing.headlines().toString());
    }

    @Test
    void fastCorrectResponseBeatsTheRealTeam() {
        Scorecard fast = ScoringFixtures.card(ScoringFixtures.fast());
        assertEquals(Scorecard.BETTER, fast.grade().label(), fast.grade().toString());
        assertTrue(fast.grade().value() > 70, fast.grade().toString());
        Scorecard.ServiceResult api = fast.services().stream().filter(s -> s.id().equals("api")).findFirst().orElseThrow();
        assertTrue(api.vsRealMinutes() <= -60, "API recovered at least an hour before the real team: " + api.vsRealMinutes());
        assertTrue(fast.firstMitigation().issuedTick() < fast.realFirstMitigation().issuedTick(),
                "first effective mitigation " + spec.timeOf(fast.firstMitigation().issuedTick()) + " before 15:27");
        assertEquals("block-admin-api", fast.firstMitigation().action());
        assertTrue(fast.harmful().isEmpty(), "a correct response hurts nothing: " + fast.harmful());
        assertEquals(100.0, fast.parPercentile(), "better than every reference run");
        assertTrue(fast.grade().commsPoints() < 0, "it posted no status update, the real team did");
    }

    @Test
    void harmfulActionsAreListedWithWhyTheyHurt() {
        Scorecard bad = ScoringFixtures.card(ScoringFixtures.fastWithMistakes());
        Scorecard fast = ScoringFixtures.card(ScoringFixtures.fast());
        List<Decisions.Decision> harmful = bad.harmful();
        String listed = harmful.stream().map(d -> spec.timeOf(d.action().issuedTick()) + " " + d.action().action())
                .collect(Collectors.joining(", "));
        assertEquals(2, harmful.size(), listed);
        Decisions.Decision dns = harmful.get(0);
        assertEquals("restart-coredns", dns.action().action());
        assertEquals("15:00", spec.timeOf(dns.action().issuedTick()));
        assertTrue(dns.why().endsWith(spec.action("restart-coredns").lesson()), "the scenario's lesson is the why: " + dns.why());
        assertTrue(dns.why().startsWith("hurt gpt-eastus-01 and api-eastus-01: "), "naming the clusters it hurt: " + dns.why());
        assertTrue(dns.evidence().stream().anyMatch(e -> e.startsWith("DNS of the targets -")), dns.evidence().toString());
        Decisions.Decision api = harmful.get(1);
        assertEquals("restart-apiservers", api.action().action());
        assertEquals("15:30", spec.timeOf(api.action().issuedTick()));
        assertEquals("largest:3", api.action().target());
        assertTrue(api.why().contains("reconnects"), api.why());
        assertTrue(api.evidence().stream().anyMatch(e -> e.startsWith("API health of the targets -")), api.evidence().toString());
        assertTrue(bad.grade().value() < fast.grade().value(), bad.grade() + " vs " + fast.grade());
        assertTrue(bad.grade().harmPoints() < 0);
    }

    @Test
    void reopeningAccessAllAtOnceIsHarmfulWithAGeneratedReason() {
        Scorecard herd = ScoringFixtures.card(ScoringFixtures.fastWithHerd());
        List<Decisions.Decision> harmful = herd.harmful();
        assertFalse(harmful.isEmpty(), "the herd is flagged");
        for (Decisions.Decision d : harmful) {
            assertEquals("unblock-admin-api", d.action().action());
            assertNull(spec.action("unblock-admin-api").lesson(), "no lesson in the scenario: the why is generated");
            assertTrue(d.why().contains("its API answered up to ") && d.why().contains("fewer requests than without this action")
                    && d.why().contains("collapsed again"), d.why());
        }
    }

    @Test
    void statusCadenceOfTheRealTeamComesFromItsUpdates() {
        Scorecard ref = ScoringFixtures.card(ScoringFixtures.reference());
        Scorecard.Cadence c = ref.referenceCadence();
        assertEquals(9, c.updates().size(), "every status update of the reference playbook");
        assertTrue(c.longestGapSeconds() > Scorecard.STATUS_TARGET_SECONDS, "the real team went over 30 min at times");
        assertTrue(c.gapsOverTarget() >= 1);
        assertTrue(c.coverage() > 0.5 && c.coverage() < 1, "coverage " + c.coverage());
        assertTrue(ref.idle().availableMinutes() > 0 && ref.idle().share() > 0 && ref.idle().share() < 1);
    }

    @Test
    void placingACardInParLaterGivesTheSameCard() {
        Scorecard direct = ScoringFixtures.card(ScoringFixtures.fastWithMistakes());
        Scorecard later = Scorecard.of(spec, ScoringFixtures.record(ScoringFixtures.fastWithMistakes()), null,
                ScoringFixtures.baseline()).withPar(ScoringFixtures.par());
        assertEquals(StrictJson.write(direct.toMap()), StrictJson.write(later.toMap()));
    }

    @Test
    void sameInputsGiveTheSameCard() {
        String a = StrictJson.write(ScoringFixtures.card(ScoringFixtures.fastWithMistakes()).toMap());
        String b = StrictJson.write(Scorecard.of(spec, ScoringFixtures.record(ScoringFixtures.fastWithMistakes()),
                ScoringFixtures.par(), null).toMap());
        assertEquals(a, b, "a fresh baseline and a reused one give the same bytes");
    }
}
