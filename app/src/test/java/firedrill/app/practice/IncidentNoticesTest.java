package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.Message;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the console pops up: each inject and each finished action once, in order, rejections included. */
class IncidentNoticesTest {
    @Test
    void announcesEveryInjectAndEveryFinishedActionOnce() throws Exception {
        Scenario scenario = ScenarioLoader.loadShipped(FxTestSupport.SCENARIO);
        ModelSpec spec = new ModelSpec(scenario);
        Simulation sim = Simulation.start(spec, 1);
        Playbooks.commands(scenario.referencePlaybook(), spec, "trainee").forEach(sim::submit);
        IncidentNotices notices = new IncidentNotices();
        List<IncidentNotices.Notice> shown = new ArrayList<>();
        while (!sim.finished()) {
            sim.runUntil(Math.min(spec.horizonTick(), sim.tick() + 97));
            Snapshot s = sim.snapshot();
            shown.addAll(notices.next(s));
            assertTrue(notices.next(s).isEmpty(), "the same snapshot again announces nothing");
        }
        List<Message> news = sim.messages().stream()
                .filter(m -> m.kind().equals("inject") || m.kind().equals("system")).toList();
        List<ActionRecord> finished = sim.actionRecords().stream().filter(r -> r.outcome().finished()).toList();
        assertTrue(!news.isEmpty() && !finished.isEmpty(), "the reference run has injects and results");
        assertEquals(news.size() + finished.size(), shown.size(), shown::toString);
        assertEquals(news.stream().map(Message::text).toList(), shown.stream()
                .filter(n -> n.kind() == IncidentNotices.Kind.NEWS).map(IncidentNotices.Notice::text).toList());
        for (ActionRecord r : finished) {
            assertTrue(shown.stream().anyMatch(n -> n.title().equals(r.title() + " " + r.outcome().label())
                    && n.kind() != IncidentNotices.Kind.NEWS), r.title());
        }
    }

    @Test
    void aRejectedActionSaysSo() throws Exception {
        Scenario scenario = ScenarioLoader.loadShipped(FxTestSupport.SCENARIO);
        ModelSpec spec = new ModelSpec(scenario);
        Simulation sim = Simulation.start(spec, 1);
        IncidentNotices notices = new IncidentNotices();
        notices.next(sim.snapshot());
        sim.submit(Command.action(sim.tick() + 1, "no-such-action", "all", Map.of(),
                "trainee"));
        sim.runUntil(sim.tick() + 2);
        List<IncidentNotices.Notice> shown = notices.next(sim.snapshot());
        assertTrue(shown.stream().anyMatch(n -> n.kind() == IncidentNotices.Kind.BAD && n.title().endsWith(" rejected")),
                shown::toString);
    }
}
