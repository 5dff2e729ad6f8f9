package firedrill.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: scripted injects follow what the team sees. The 11 Dec scenario's "status page stale"
 * inject waits from 15:45 for half an hour without a status update while customers are affected.
 */
class InjectConditionsTest {
    private static final long SEED = 1;
    private final ModelSpec spec = Fixtures.openai();

    private static ScriptedInjects.Outcome outcome(Simulation sim, String id) {
        return sim.scriptedInjects().stream().filter(o -> id.equals(o.inject().id())).findFirst()
                .orElseThrow(() -> new AssertionError("inject " + id + " was never decided"));
    }

    private static boolean posted(Simulation sim, String text) {
        return sim.messages().stream().anyMatch(m -> "inject".equals(m.kind()) && m.text().equals(text));
    }

    /** A status update every {@code minutes} from 15:00 to the end of the day, each with words. */
    private List<Command> updatesEvery(int minutes) {
        List<Command> out = new ArrayList<>();
        for (int t = spec.tickOf("15:00"); t < spec.horizonTick(); t += minutes * 60) {
            out.add(Command.action(t, "status-update", null, null, "test",
                    "Investigating: ChatGPT, the API and Sora are failing. Next update at " + spec.timeOf(t + minutes * 60) + "."));
        }
        return out;
    }

    @Test
    void statusPageStaleNeverFiresWhenUpdatesComeEveryTwentyMinutes() {
        Simulation sim = Fixtures.run(spec, SEED, updatesEvery(20));
        ScriptedInjects.Outcome stale = outcome(sim, "status-page-stale");
        assertFalse(stale.fired(), "fired at " + stale.tick());
        assertFalse(posted(sim, stale.inject().text()));
        assertTrue(sim.messages().stream().anyMatch(m -> "status".equals(m.kind()) && m.text().startsWith("Investigating:")),
                "each update's text reaches the channel");
    }

    @Test
    void statusPageStaleFiresAtItsTimeWithoutUpdates() {
        Simulation sim = Fixtures.run(spec, SEED, List.of());
        ScriptedInjects.Outcome stale = outcome(sim, "status-page-stale");
        assertTrue(stale.fired());
        assertEquals("15:45", spec.timeOf(stale.tick()));
        assertTrue(posted(sim, stale.inject().text()));
    }

    @Test
    void aStaleInjectWaitsUntilThePageHasBeenQuietLongEnough() {
        // One update issued at 15:30 lands about three minutes later; the page is stale half an hour after that.
        Simulation sim = Fixtures.run(spec, SEED, List.of(Command.action(spec.tickOf("15:30"), "status-update", null, null,
                "test", "Investigating: ChatGPT, the API and Sora are failing.")));
        int landed = sim.desk().statusUpdates().get(0);
        ScriptedInjects.Outcome stale = outcome(sim, "status-page-stale");
        assertTrue(stale.fired());
        assertEquals(landed + 30 * 60, stale.tick(), "fired " + spec.timeOf(stale.tick()) + ", update landed " + spec.timeOf(landed));
    }

    @Test
    void injectsReadWhetherImpactIsOverOnTheProbes() {
        Simulation quick = Fixtures.run(spec, SEED, Fixtures.playbook("openai-fast-response.json", spec));
        Simulation nothing = Fixtures.run(spec, SEED, List.of());
        // "Customers say everything works again": only once the probes show every product back.
        assertFalse(outcome(nothing, "all-clear-check").fired(), "nobody recovered");
        ScriptedInjects.Outcome allClear = outcome(quick, "all-clear-check");
        assertTrue(allClear.fired());
        assertEquals(spec.tickOf("17:30"), allClear.tick(), "recovered long before 17:30 and no update since");
        // The CEO asks for a recovery estimate only while customers are still affected.
        assertTrue(outcome(nothing, "ceo-update").fired());
        assertFalse(outcome(quick, "ceo-update").fired());
    }

    @Test
    void injectsReadObservedProductHealth() {
        ModelSpec datadog = Fixtures.shipped("datadog-2023-03-08");
        Simulation real = Fixtures.run(datadog, SEED, Fixtures.reference(datadog));
        ScriptedInjects.Outcome backlog = outcome(real, "backlog-bottleneck");
        assertTrue(backlog.fired());
        double[] seen = real.history().minute(backlog.tick() / 60).observedAvailability();
        int web = datadog.layout().serviceIndex("web");
        int metrics = datadog.layout().serviceIndex("metrics");
        assertTrue(seen[web] >= 0.99 && seen[metrics] < 0.99, "web " + seen[web] + ", metrics " + seen[metrics]);
        Simulation nothing = Fixtures.run(datadog, SEED, List.of());
        assertFalse(outcome(nothing, "backlog-bottleneck").fired(), "no repair, no compute back");
    }

    @Test
    void injectsCanWaitForAnActionOfTheTeam() {
        ModelSpec reddit = Fixtures.shipped("reddit-2023-03-14");
        Simulation without = Fixtures.run(reddit, SEED, List.of());
        assertFalse(outcome(without, "runbook-outdated").fired(), "no restore, no runbook to rewrite");
        Simulation with = Fixtures.run(reddit, SEED, List.of(Fixtures.at(reddit, "22:00", "restore-from-backup", null)));
        ScriptedInjects.Outcome runbook = outcome(with, "runbook-outdated");
        assertTrue(runbook.fired());
        assertEquals("22:00", reddit.timeOf(runbook.tick()), "it waited from 21:30 for the restore to start");
    }

    @Test
    void aForkDecidesInjectsExactlyAsTheOriginal() {
        Simulation a = Simulation.start(spec, SEED);
        a.runUntil(spec.tickOf("15:40"));
        Simulation b = a.fork();
        a.runToEnd();
        b.runToEnd();
        assertEquals(a.scriptedInjects(), b.scriptedInjects());
        assertEquals(StateDigest.of(a), StateDigest.of(b));
    }
}
