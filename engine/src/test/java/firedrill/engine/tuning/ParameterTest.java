package firedrill.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.Fixtures;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParameterTest {
    private final Scenario openai = Fixtures.openai().scenario();
    private final ObjectNode tree = ScenarioTree.of(openai);

    @Test
    void oneNumberIsAValueSearchedFromAQuarterToFourTimesWithinTheSchemaBounds() {
        Parameter grace = Parameter.parse("mechanisms.dns.graceSeconds", tree);
        assertEquals(Parameter.Kind.VALUE, grace.kind());
        assertEquals(480, grace.base());
        assertEquals(120, grace.lo());
        assertEquals(1920, grace.hi());
        // failedHealth is a share: the schema's maximum of 1 caps the window.
        Parameter health = Parameter.parse("mechanisms.controlPlane.failedHealth", tree);
        assertEquals(1, health.hi());
        Parameter narrow = Parameter.parse("mechanisms.dns.graceSeconds=300..600", tree);
        assertEquals(300, narrow.lo());
        assertEquals(600, narrow.hi());
        assertThrows(IllegalArgumentException.class, () -> Parameter.parse("mechanisms.controlPlane.failedHealth=2..3", tree));
    }

    @Test
    void wholeNumberFieldsStayWhole() {
        Parameter replicas = Parameter.parse("mechanisms.controlPlane.minReplicas", tree);
        ScenarioTree.Built b = ScenarioTree.apply(tree, List.of(replicas), new double[] {3.6}, "t");
        assertTrue(b.valid(), () -> b.problems().toString());
        assertEquals(4, b.scenario().mechanisms().controlPlane().minReplicas());
    }

    @Test
    void severalTimesShiftTogetherAndTheStepsStayInTimeOrder() {
        Parameter unblock = Parameter.parse("referencePlaybook.actions[?action=unblock-admin-api].at", tree);
        assertEquals(Parameter.Kind.SHIFT, unblock.kind());
        assertEquals(0, unblock.base());
        ScenarioTree.Built b = ScenarioTree.apply(tree, List.of(unblock), new double[] {1500}, "t");
        assertTrue(b.valid(), () -> b.problems().toString());
        List<Playbook.Step> before = openai.referencePlaybook().actions().stream()
                .filter(s -> s.action().equals("unblock-admin-api")).collect(Collectors.toList());
        List<Playbook.Step> after = b.scenario().referencePlaybook().actions().stream()
                .filter(s -> s.action().equals("unblock-admin-api")).collect(Collectors.toList());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(ScenarioTime.secondsOfDay(before.get(i).at()) + 1500, ScenarioTime.secondsOfDay(after.get(i).at()));
        }
        assertEquals(openai.referencePlaybook().actions().size(), b.scenario().referencePlaybook().actions().size());
        assertTrue(unblock.describe(1500).startsWith("+25 min"), unblock.describe(1500));
    }

    @Test
    void severalNumbersScaleTogether() {
        Parameter dns = Parameter.parse("mechanisms.dns.*", tree);
        assertEquals(Parameter.Kind.SCALE, dns.kind());
        ScenarioTree.Built b = ScenarioTree.apply(tree, List.of(dns), new double[] {2}, "t");
        assertTrue(b.valid(), () -> b.problems().toString());
        assertEquals(960, b.scenario().mechanisms().dns().graceSeconds());
        assertEquals(1440, b.scenario().mechanisms().dns().spreadSeconds());
    }

    @Test
    void theDefaultSetIsEveryNumberUnderMechanismsWhateverItIsCalled() {
        List<String> paths = Parameter.mechanisms(tree).stream().map(Parameter::expression).collect(Collectors.toList());
        long numbers = ParamPath.parse("mechanisms.*.*").select(tree).stream().filter(s -> s.value().isNumber()).count();
        assertEquals(numbers, paths.size());
        assertTrue(paths.contains("$.mechanisms.telemetry.seatsPerNodeSquared"), paths.toString());
        // A map of numbers (per-service drain rates) is reached too, key by key.
        ObjectNode datadog = ScenarioTree.of(Fixtures.shipped("datadog-2023-03-08").scenario());
        assertTrue(Parameter.mechanisms(datadog).stream().anyMatch(p -> p.expression().startsWith("$.mechanisms.backlog.drainPerMinute.")));
    }

    @Test
    void theMilestonesAndNonNumbersAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parameter.parse("realTimeline[0].at", tree));
        assertTrue(e.getMessage().contains("data"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Parameter.parse("mechanisms.dns", tree));
        assertTrue(e.getMessage().contains("an object"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Parameter.parse("mechanisms.dns.nothing", tree));
        assertTrue(e.getMessage().contains("selects nothing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Parameter.parse("referencePlaybook.actions[*].action", tree));
        assertTrue(e.getMessage().contains("no number"), e.getMessage());
    }

    @Test
    void aValueTheValidatorRejectsMakesTheCandidateInvalidNotARun() {
        Parameter unblock = Parameter.parse("referencePlaybook.actions[?action=unblock-admin-api].params.rate", tree);
        ScenarioTree.Built b = ScenarioTree.apply(tree, List.of(unblock), new double[] {1000}, "t");
        assertFalse(b.valid());
        assertTrue(b.problems().get(0).path().contains("rate"), b.problems().toString());
    }
}
