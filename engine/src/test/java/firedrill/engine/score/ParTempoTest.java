package firedrill.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference team's decision times in par: varied around the published ones, within the order constraints. */
class ParTempoTest {
    private final ModelSpec spec = Fixtures.openai();
    private final List<Command> reference = Fixtures.reference(spec);

    @Test
    void orderAndEachTargetsSpacingAreKeptAndNothingPrecedesTheFirstAlert() {
        int anchor = spec.tickOf("15:13"); // the published first alert
        assertEquals(anchor, ParTempo.anchorTick(spec, reference));
        int moved = 0;
        for (long seed = 1; seed <= 300; seed++) {
            List<Command> varied = ParTempo.DEFAULT.apply(spec, reference, seed);
            assertEquals(reference.size(), varied.size());
            Map<String, Integer> lastOnTarget = new HashMap<>();
            int lastLead = -1;
            for (int i = 0; i < varied.size(); i++) {
                Command r = reference.get(i);
                Command v = varied.get(i);
                assertEquals(List.of(r.type(), r.action(), String.valueOf(r.target()), r.params(), r.by()),
                        List.of(v.type(), v.action(), String.valueOf(v.target()), v.params(), v.by()), "same decision, seed " + seed);
                assertTrue(v.tick() >= anchor, "seed " + seed + ": " + r.action() + " at " + spec.timeOf(v.tick()));
                Integer previous = r.target() == null ? null : lastOnTarget.get(r.target());
                if (previous == null) {
                    assertTrue(v.tick() >= lastLead, "seed " + seed + ": decisions that start work keep their order");
                    lastLead = v.tick();
                } else {
                    assertEquals(r.tick() - reference.get(previous).tick(), v.tick() - varied.get(previous).tick(),
                            "seed " + seed + ": " + r.action() + " keeps its spacing on " + r.target());
                }
                if (r.target() != null) {
                    lastOnTarget.put(r.target(), i);
                }
                moved += v.tick() != r.tick() ? 1 : 0;
            }
        }
        assertTrue(moved > 300 * reference.size() * 0.9, "nearly every decision moves: " + moved);
    }

    @Test
    void decisionsMoveByMinutesAroundThePublishedTimes() {
        int last = reference.size() - 1;
        int first = 3; // the 15:27 traffic shift
        int[] lastTicks = new int[400];
        int[] firstTicks = new int[400];
        for (int s = 0; s < lastTicks.length; s++) {
            List<Command> varied = ParTempo.DEFAULT.apply(spec, reference, 1 + s);
            lastTicks[s] = varied.get(last).tick();
            firstTicks[s] = varied.get(first).tick();
        }
        Arrays.sort(lastTicks);
        Arrays.sort(firstTicks);
        int published = reference.get(last).tick();
        int p10 = lastTicks[40];
        int p50 = lastTicks[200];
        int p90 = lastTicks[360];
        assertTrue(Math.abs(p50 - published) <= 5 * 60, "the real team is the typical team: median " + spec.timeOf(p50));
        assertTrue(published - p10 >= 15 * 60 && p90 - published >= 15 * 60,
                "late decisions vary by tens of minutes: p10 " + spec.timeOf(p10) + ", p90 " + spec.timeOf(p90));
        int shift = reference.get(first).tick();
        assertTrue(shift - firstTicks[40] >= 60 && firstTicks[360] - shift >= 60 && firstTicks[360] - firstTicks[40] <= 20 * 60,
                "early decisions vary by minutes: " + spec.timeOf(firstTicks[40]) + "–" + spec.timeOf(firstTicks[360]));
    }

    @Test
    void noneKeepsThePublishedTimes() {
        List<Command> shuffled = new ArrayList<>(reference);
        java.util.Collections.reverse(shuffled);
        List<Command> exact = ParTempo.NONE.apply(spec, shuffled, 7);
        assertEquals(reference.stream().map(Command::tick).toList(), exact.stream().map(Command::tick).toList());
        assertEquals(List.of(), ParTempo.DEFAULT.apply(spec, List.of(), 7));
    }

    @Test
    void theAnchorIsTheFirstAlertElseTheTriggerAndNeverAfterTheFirstDecision() {
        ModelSpec datadog = Fixtures.shipped("datadog-2023-03-08");
        assertEquals(datadog.tickOf("06:00"), ParTempo.anchorTick(datadog, Fixtures.reference(datadog)),
                "no published first alert: the OS updates start");
        ModelSpec reddit = Fixtures.shipped("reddit-2023-03-14");
        assertEquals(reddit.tickOf("19:03"), ParTempo.anchorTick(reddit, Fixtures.reference(reddit)));
        List<Command> early = List.of(Fixtures.at(spec, "15:05", "pause-rollout", null),
                Fixtures.at(spec, "15:20", "status-update", null));
        assertEquals(spec.tickOf("15:05"), ParTempo.anchorTick(spec, early));
        for (long seed = 1; seed <= 50; seed++) {
            assertEquals(spec.tickOf("15:05"), ParTempo.DEFAULT.apply(spec, early, seed).get(0).tick(),
                    "a decision taken before the anchor stays where it is");
        }
    }

    @Test
    void tempoIsChosenByName() {
        assertEquals(ParTempo.NONE, ParTempo.of("none"));
        assertEquals(ParTempo.DEFAULT, ParTempo.of(" Default "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParTempo.of("fast"));
        assertTrue(e.getMessage().contains("\"fast\"") && e.getMessage().contains("none, default"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ParTempo("x", -0.1, 0));
    }
}
