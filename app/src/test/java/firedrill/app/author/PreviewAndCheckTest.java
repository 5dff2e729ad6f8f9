package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Preview runs, the solvability check's warnings, live validation, histogram sizes and field help. */
class PreviewAndCheckTest {
    private final Scenario template = ScenarioFiles.template();

    @Test
    void previewRunsBothPlaybooksAndComparesMilestones() {
        Preview.Result r = Preview.compute(template, 1, () -> false);
        assertEquals(2, r.services().size());
        Preview.ServiceSeries web = r.services().get(0);
        assertEquals(web.reference().length, web.nothing().length);
        assertTrue(web.referenceOutcome().fullRecovery() >= 0);
        assertTrue(web.nothingOutcome().fullRecovery() < 0);
        assertEquals(template.realTimeline().stream().filter(m -> m.measure() != null).count(), r.milestones().size());
        assertEquals(template.realTimeline().size(), r.markers().size());
        assertTrue(r.summary().startsWith("Reference playbook: Web down"), r.summary());
        assertTrue(r.summary().contains("never recovers"), r.summary());
        Scenario slower = ScenarioLens.with(template, "$.mechanisms.dns.graceSeconds", 900.0);
        assertNotEquals(r.summary(), Preview.compute(slower, 1, () -> false).summary());
        assertThrows(CancellationException.class, () -> Preview.compute(template, 1, () -> true));
    }

    @Test
    void solvabilityWarnsWhenTheReferenceMissesMilestonesOrDoesNotRecover() {
        // Without its last unblock the second cluster never gets its nodes back: API and web stay down.
        Scenario broken = ScenarioLens.with(template, "$.referencePlaybook.actions", template.referencePlaybook().actions()
                .subList(0, 6));
        Solvability.Report r = Solvability.check(broken, 4, 1, p -> { }, () -> false);
        assertFalse(r.solvable());
        assertTrue(r.warnings().stream().anyMatch(f -> f.text().contains("unrecovered") && f.path().startsWith("$.fleet.services")),
                r::toString);
        assertTrue(r.warnings().stream().anyMatch(f -> f.text().startsWith("Milestone \"") && f.path().startsWith("$.realTimeline[")),
                r::toString);
        // A trigger too weak to hurt anything and no playbook: nothing to solve, nothing to compare.
        Scenario harmless = ScenarioLens.with(ScenarioLens.with(template, "$.mechanisms.telemetry.seatsPerNodeSquared", 0.0),
                "$.referencePlaybook.actions", List.of());
        Solvability.Report h = Solvability.check(harmless, 2, 1, p -> { }, () -> false);
        assertTrue(h.warnings().stream().anyMatch(f -> f.text().contains("No service is ever hit")), h::toString);
        assertTrue(h.warnings().stream().anyMatch(f -> f.text().startsWith("There is no reference playbook")), h::toString);
    }

    @Test
    void liveValidationReportsTheValidatorsPaths() {
        assertTrue(LiveValidation.validate("x", template).isEmpty());
        Scenario bad = ScenarioLens.with(template, "$.fleet.clusters[0].nodes", -5);
        List<Problem> p = LiveValidation.validate("x", bad);
        assertEquals(1, p.size(), p::toString);
        assertEquals("$.fleet.clusters[0].nodes", p.get(0).path());
        Scenario missing = ScenarioLens.with(template, "$.meta.title", null);
        assertEquals("$.meta.title", LiveValidation.validate("x", missing).get(0).path());
    }

    @Test
    void histogramUsesTheEnginesFleet() {
        FleetSizes s = FleetSizes.of(template.fleet());
        assertNotNull(s);
        assertEquals(24, s.generatedCount());
        assertEquals(3, s.explicitCount());
        assertEquals(24, java.util.Arrays.stream(s.generated()).sum());
        assertEquals(1, s.explicit()[FleetSizes.bin(5000)]);
        FleetSizes more = FleetSizes.of(ScenarioLens.with(template, "$.fleet.generator.clusters", 200).fleet());
        assertEquals(200, java.util.Arrays.stream(more.generated()).sum());
        assertNull(FleetSizes.of(ScenarioLens.with(template, "$.fleet.generator.paretoAlpha", null).fleet()),
                "a half-written generator draws nothing instead of failing");
        assertEquals("1k", s.label(FleetSizes.bin(1500)));
    }

    @Test
    void everyMechanismFieldHasHelpWithItsMeaning() {
        for (RecordComponent section : Mechanisms.class.getRecordComponents()) {
            for (RecordComponent f : section.getType().getRecordComponents()) {
                FieldHelp.Help h = FieldHelp.of("$.mechanisms." + section.getName() + "." + f.getName());
                assertNotNull(h, section.getName() + "." + f.getName());
                assertFalse(h.text().isBlank());
            }
        }
        assertEquals("s", FieldHelp.of("$.mechanisms.dns.graceSeconds").unit());
    }
}
