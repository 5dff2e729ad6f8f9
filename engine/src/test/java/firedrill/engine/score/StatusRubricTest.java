package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.History;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 21: a status update is scored by what it says, criterion by criterion. */
class StatusRubricTest {
    private final ModelSpec spec = ScoringFixtures.spec();

    private int tick(String time) {
        return spec.tickOf(time);
    }

    @Test
    void readsNextUpdateTimesWrittenTheWaysPeopleWriteThem() {
        int posted = tick("15:40");
        assertEquals(tick("16:10"), StatusRubric.promisedTick(spec, "Investigating. Next update at 16:10.", posted));
        assertEquals(tick("16:15"), StatusRubric.promisedTick(spec, "We will post an update by 4:15 pm.", posted));
        assertEquals(tick("16:15"), StatusRubric.promisedTick(spec, "Next update at 4:15.", posted),
                "a 12-hour clock time means the next 4:15");
        assertEquals(posted + 30 * 60, StatusRubric.promisedTick(spec, "We will update you again in 30 minutes.", posted));
        assertEquals(posted + 3600, StatusRubric.promisedTick(spec, "We will update you within the next 60 minutes.", posted));
        assertEquals(posted + 3600, StatusRubric.promisedTick(spec, "Next update in an hour.", posted));
        assertEquals(posted + 1800, StatusRubric.promisedTick(spec, "More information in half an hour.", posted));
        assertEquals(-1, StatusRubric.promisedTick(spec, "Update 15:17: we are investigating.", posted),
                "a time already past is a timestamp, not a promise");
        assertEquals(-1, StatusRubric.promisedTick(spec, "Errors began at 15:16. We are investigating.", posted),
                "a time in a sentence that promises nothing");
        assertEquals(-1, StatusRubric.promisedTick(spec, "We will keep you posted.", posted));
    }

    @Test
    void namesProductsByNameOrIdOnWordBoundaries() {
        assertTrue(StatusRubric.names("chatgpt and the api are down", "api", "API"));
        assertFalse(StatusRubric.names("rapid recovery", "api", "API"), "no match inside a word");
        assertTrue(StatusRubric.names("reddit is offline", "reddit", "Reddit (site and apps)"));
        assertEquals("identified", StatusRubric.statusWord("we have identified the cause"));
        assertNull(StatusRubric.statusWord("we are on it"));
    }

    /** A run with these status updates (issued at the given times) and the fast response, scored. */
    private List<StatusRubric.Scored> scored(String... timeAndText) {
        List<Command> commands = new ArrayList<>(ScoringFixtures.fast());
        for (int i = 0; i < timeAndText.length; i += 2) {
            commands.add(Command.action(tick(timeAndText[i]), "status-update", null, null, "test", timeAndText[i + 1]));
        }
        commands.sort(java.util.Comparator.comparingInt(Command::tick));
        Simulation sim = Playbooks.run(spec, ScoringFixtures.SEED, commands, spec.horizonTick());
        List<StatusRubric.Posted> posted = new ArrayList<>();
        for (var a : sim.actionRecords()) {
            if (a.action().equals("status-update")) {
                Command c = commands.stream().filter(x -> x.tick() == a.issuedTick() && "status-update".equals(x.action()))
                        .findFirst().orElseThrow();
                posted.add(new StatusRubric.Posted(a.issuedTick(), a.endTick(), c.text()));
            }
        }
        return StatusRubric.score(spec, sim.history(), posted);
    }

    @Test
    void aGoodUpdateEarnsEveryPointAndAPromiseMustBeKept() {
        List<StatusRubric.Scored> ups = scored(
                "15:25", "Identified: ChatGPT, the API and Sora are failing for most users. We are shedding load. Next update at 15:50.",
                "15:45", "Identified: ChatGPT, the API and Sora are recovering. Next update at 16:05.",
                "16:20", "Monitoring: ChatGPT, the API and Sora are recovering.");
        History h = ScoringFixtures.card(ScoringFixtures.fast()).whatIf().original().simulation().history();
        StatusRubric.Scored first = ups.get(0);
        assertEquals(StatusRubric.MAX_POINTS, first.points(), first.criteria().toString());
        assertEquals(tick("15:50"), first.promisedTick());
        StatusRubric.Scored second = ups.get(1);
        assertTrue(second.criteria().get(2).met());
        assertFalse(second.criteria().get(3).met(), "promised 16:05, came about 16:23: " + second.criteria());
        assertTrue(second.criteria().get(3).why().contains("min late"), second.criteria().get(3).why());
        assertFalse(StatusRubric.affected(spec.layout(), h, first.postedTick()).isEmpty(), "customers were affected at 15:28");
    }

    @Test
    void missingProductsStatusAndTimeCostPointsWithReasons() {
        StatusRubric.Scored vague = scored("15:40", "We are aware of reports and are looking into it.").get(0);
        assertEquals(0, vague.points(), vague.criteria().toString());
        assertTrue(vague.criteria().get(0).why().startsWith("does not name "), vague.criteria().get(0).why());
        StatusRubric.Scored none = scored("15:40", null).get(0);
        assertNull(none.text());
        assertEquals(0, none.points());
        assertTrue(none.criteria().get(0).why().startsWith("no text"));
    }

    @Test
    void aClosingUpdateNeedsNoNextTime() {
        StatusRubric.Scored closing = scored("18:00", "Resolved: ChatGPT, the API and Sora are fully operational again.").get(0);
        assertEquals(StatusRubric.MAX_POINTS, closing.points(), closing.criteria().toString());
        assertTrue(closing.criteria().get(2).why().startsWith("a closing update"));
    }
}
