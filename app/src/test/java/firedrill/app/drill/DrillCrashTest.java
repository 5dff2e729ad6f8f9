package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.practice.SimulationRunner;
import firedrill.app.testing.ChildJvm;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill process killed with SIGKILL mid-run resumes from its autosave with the same simulation state
 * (StateDigest) and every observation it had saved: a real child JVM ({@link DrillCrashChild}) runs a
 * drill headless, autosaving every 150 ms and after every change, and is killed with
 * {@code destroyForcibly()} a few saves after it is ready; the test then resumes the drill from the
 * autosave.
 */
class DrillCrashTest {
    @Test
    void aKilledDrillResumesWithTheSameStateAndEveryObservation(@TempDir Path data) throws Exception {
        List<String> saved = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(List.of("-Xshare:auto", "-Dfiredrill.drill.autosaveMillis=150",
                "-Djava.awt.headless=true"), DrillCrashChild.class, data.toString())) {
            // Up to "ready", then a few more saves: the kill lands wherever the child is in its loop
            // (stepping, recording, autosaving or saving on request).
            int afterReady = -1;
            while (afterReady < 3) {
                String line = child.nextLine(Duration.ofSeconds(60));
                if (line.startsWith("saved ")) {
                    saved.add(line);
                    if (afterReady >= 0) {
                        afterReady++;
                    }
                } else if (line.equals("ready")) {
                    afterReady = 0;
                }
            }
            assertTrue(saved.size() >= 8, "the child saved a few times: " + child.output());
            // What it reported as saved up to the moment of the kill must survive it.
            child.kill().stream().filter(l -> l.startsWith("saved ")).forEach(saved::add);
        }

        DrillStore store = new DrillStore(data);
        DrillStore.Interrupted found = store.interrupted();
        assertNotNull(found, "the autosave is offered for resume");
        DrillRecord r = found.record();
        assertNotNull(r, "the autosave is readable: " + found.problem());
        int lastReported = Integer.parseInt(saved.get(saved.size() - 1).split(" ")[1]);
        for (int i = 0; i <= lastReported; i++) {
            String prefix = "observation " + i + " ";
            assertTrue(r.observations().stream().anyMatch(o -> o.text().startsWith(prefix)),
                    "observation " + i + " was saved before the kill and survives it");
        }
        assertTrue(r.tick() >= Integer.parseInt(saved.get(saved.size() - 1).split(" ")[2]));

        // Same state: an independent replay of the log reaches the saved digest ...
        ModelSpec spec = new ModelSpec(DrillCrashChild.setup().scenario());
        Simulation replay = r.runRecord().replay(spec);
        assertEquals(r.digest(), DrillRecord.digestOf(replay));
        // ... and resuming does too (Drill.resume checks it), with the team, decisions and observations.
        try (Drill d = Drill.resume(r, spec.scenario(), new DrillStore(data.resolve("resumed")))) {
            SimulationRunner.Checkpoint c = d.runner().checkpoint().get(10, TimeUnit.SECONDS);
            assertEquals(r.tick(), c.tick());
            assertEquals(r.digest(), DrillRecord.digestText(c.digest()));
            assertEquals(r.pending(), c.pending());
            assertEquals(r.observations(), d.observations());
            assertEquals(r.decisions(), d.decisions());
            assertEquals(r.roster(), d.setup().roster());
            assertTrue(d.frame().paused(), "a resumed drill waits for the facilitator");
            assertTrue(r.decisions().size() >= 2 && r.commands().stream().anyMatch(x -> "inject".equals(x.type())),
                    "the run had decisions and injects to replay");
        }
    }
}
