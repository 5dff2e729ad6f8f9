package firedrill.app.drill;

import firedrill.app.practice.Difficulty;
import firedrill.app.practice.Speed;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A drill without any UI, for {@link DrillCrashTest}: starts the 11 Dec drill in the data dir given as
 * the first argument, jumps to 15:10, runs at 300× and every ten ticks records an observation, and
 * now and then a decision or an inject. After each change has been saved it prints {@code saved N TICK DIGEST} (so the parent
 * knows what must survive a kill); after a few it prints {@code ready}. It never exits by itself.
 */
public final class DrillCrashChild {
    static final String SCENARIO = "openai-2024-12-11";
    static final long SEED = 11;

    private DrillCrashChild() {}

    static DrillSetup setup() throws Exception {
        Scenario s = ScenarioLoader.loadShipped(SCENARIO);
        return DrillSetup.of(s, new ModelSpec(s), SEED, Difficulty.STANDARD, List.of(
                new DrillRecord.Member("Dana", DrillRecord.INCIDENT_COMMANDER),
                new DrillRecord.Member("Lee", DrillRecord.OPERATIONS),
                new DrillRecord.Member("Sam", DrillRecord.COMMS)));
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Drill d = Drill.start(setup(), new DrillStore(data));
        int start = d.spec().tickOf("15:10");
        d.runner().fastForwardTo(start);
        d.runner().awaitFrame(f -> f.tick() >= start && f.paused(), Duration.ofSeconds(30));
        d.setSpeed(Speed.X300);
        d.resume();
        DrillRecord.Tag[] tags = DrillRecord.Tag.values();
        String[] roles = {null, DrillRecord.INCIDENT_COMMANDER, DrillRecord.OPERATIONS, DrillRecord.COMMS};
        for (int i = 0; ; i++) {
            int next = d.frame().tick() + 10; // about 35 ms at 300×: record something every ten ticks
            d.runner().awaitFrame(f -> f.ended() || f.tick() >= next, Duration.ofSeconds(30));
            d.observe(tags[i % tags.length], roles[i % roles.length], "observation " + i + " <b>&</b> at " + d.frame().tick());
            if (i % 4 == 1) {
                d.decide("Lee", DrillRecord.OPERATIONS, "block-admin-api", "largest:" + (1 + i % 3), Map.of());
            } else if (i % 4 == 3) {
                d.decide("Sam", DrillRecord.COMMS, "status-update", null, Map.of());
            }
            if (i % 5 == 2) {
                d.inject("exec", "VP Engineering: ETA? (" + i + ")");
            }
            DrillRecord saved = d.saveNow().get();
            System.out.println("saved " + i + " " + saved.tick() + " " + saved.digest());
            if (i == 4) {
                System.out.println("ready");
            }
            System.out.flush();
        }
    }
}
