package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mode/responders in playbooks and automated/defaultMode in the action catalog: checked with their paths. */
class ExecutionFieldsValidationTest {
    private static Scenario openai() throws Exception {
        return ScenarioLoader.loadShipped("openai-2024-12-11");
    }

    private static List<String> problems(Scenario s, Playbook.Step... steps) {
        Playbook pb = new Playbook(Playbook.FORMAT, s.id(), null, List.of(steps));
        return PlaybookValidator.validate("pb.json", pb, s).stream().map(Problem::toString).toList();
    }

    @Test
    void playbookStepsChooseAModeTheActionOffersAndATeamSizedCrew() throws Exception {
        Scenario s = openai();
        assertEquals(List.of(), problems(s,
                new Playbook.Step("15:20", "block-admin-api", "all", Map.of(), "manual", null, null),
                new Playbook.Step("15:21", "delete-telemetry", "all", Map.of(), null, 8, null)));
        assertEquals(List.of("pb.json: $.actions[0].mode: expected \"manual\" or \"automated\", got \"scripted\""),
                problems(s, new Playbook.Step("15:20", "delete-telemetry", "all", Map.of(), "scripted", null, null)));
        assertEquals(List.of("pb.json: $.actions[0].mode: expected \"manual\": action \"escalate\" declares no automated mode"),
                problems(s, new Playbook.Step("15:20", "escalate", null, Map.of(), "automated", null, null)));
        assertEquals(List.of("pb.json: $.actions[0].responders: expected between 1 and 8 responders (the team with"
                        + " everyone escalation pages), got 9"),
                problems(s, new Playbook.Step("15:20", "delete-telemetry", "all", Map.of(), null, 9, null)));
        assertTrue(problems(s, new Playbook.Step("15:20", "block-admin-api", "all", Map.of(), null, 2, null)).get(0)
                .contains("$.actions[0].responders: expected 1: an automated change is prepared by one responder"));
    }

    @Test
    void automatedModeNeedsItsThreeFieldsInRangeAndDefaultModeNeedsIt() throws Exception {
        Scenario s = openai();
        List<ActionSpec> actions = new ArrayList<>(s.actions());
        ActionSpec block = actions.get(3);
        actions.set(3, new ActionSpec(block.id(), block.kind(), block.title(), block.description(), block.needsApi(),
                block.duration(), block.perExtraTarget(), block.timeout(), new ActionSpec.Automated("PT4M", 0, null),
                "automated", block.defaultTarget(), block.params(), block.steps(), block.lesson()));
        ActionSpec pause = actions.get(0);
        actions.set(0, new ActionSpec(pause.id(), pause.kind(), pause.title(), pause.description(), pause.needsApi(),
                pause.duration(), null, null, null, "automated", null, pause.params(), pause.steps(), pause.lesson()));
        Scenario bad = new Scenario(s.format(), s.meta(), s.fleet(), s.mechanisms(), s.timeline(), s.alerts(), actions,
                s.team(), s.realTimeline(), s.referencePlaybook(), s.discussion(), s.assumptions());
        List<String> p = ScenarioValidator.validate("s.json", bad).stream().map(Problem::toString).toList();
        assertTrue(p.contains("s.json: $.actions[3].automated.parallelism: expected a number in [1, 10000], got 0"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.json: $.actions[3].automated.perTarget: expected")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.json: $.actions[0].defaultMode: expected \"manual\": the action"
                + " declares no automated mode")), p.toString());
    }
}
