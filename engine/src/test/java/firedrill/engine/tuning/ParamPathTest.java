package firedrill.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import firedrill.engine.Fixtures;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamPathTest {
    private final Scenario openai = Fixtures.openai().scenario();
    private final JsonNode tree = ScenarioTree.of(openai);

    @Test
    void aDottedPathSelectsOneNumberWithOrWithoutTheDollar() {
        for (String p : new String[] {"mechanisms.dns.graceSeconds", "$.mechanisms.dns.graceSeconds"}) {
            List<ParamPath.Selected> s = ParamPath.parse(p).select(tree);
            assertEquals(1, s.size());
            assertEquals("$.mechanisms.dns.graceSeconds", s.get(0).path());
            assertEquals(openai.mechanisms().dns().graceSeconds(), s.get(0).value().doubleValue());
        }
    }

    @Test
    void aFilterSelectsEveryStepOfOneAction() {
        List<ParamPath.Selected> s = ParamPath.parse("referencePlaybook.actions[?action=unblock-admin-api].at").select(tree);
        List<Playbook.Step> steps = openai.referencePlaybook().actions();
        long unblocks = steps.stream().filter(st -> st.action().equals("unblock-admin-api")).count();
        assertTrue(unblocks > 1);
        assertEquals(unblocks, s.size());
        for (ParamPath.Selected sel : s) {
            int index = (Integer) sel.segments().get(2);
            assertEquals("unblock-admin-api", steps.get(index).action(), sel.path());
            assertEquals(steps.get(index).at(), sel.value().textValue());
            assertEquals("$.referencePlaybook.actions[" + index + "].at", sel.path());
        }
    }

    @Test
    void wildcardsReachEveryFieldAndElement() {
        assertEquals(openai.mechanisms().dns() == null ? 0 : 5, ParamPath.parse("mechanisms.dns.*").select(tree).size());
        assertEquals(openai.referencePlaybook().actions().size(),
                ParamPath.parse("referencePlaybook.actions[*].at").select(tree).size());
        assertEquals(1, ParamPath.parse("referencePlaybook.actions[0].at").select(tree).size());
        assertEquals("$.mechanisms.dns.*", ParamPath.parse("mechanisms.dns.*").toString());
    }

    @Test
    void malformedPathsSayWhatWasExpectedWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParamPath.parse("mechanisms..dns"));
        assertTrue(e.getMessage().contains("a field name after '.'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ParamPath.parse("referencePlaybook.actions[x]"));
        assertTrue(e.getMessage().contains("[?field=value]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ParamPath.parse(" "));
        assertTrue(e.getMessage().contains("mechanisms.dns.graceSeconds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParamPath.parse("a[1"));
    }
}
