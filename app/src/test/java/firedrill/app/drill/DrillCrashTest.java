package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.practice.SimulationRunner;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Simulation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill process killed with SIGKILL mid-run resumes from its autosave with the same simulation state
 * (StateDigest) and every observation it had saved: a real child JVM ({@link DrillCrashChild}) runs a
 * drill headless, autosaving every 150 ms and after every change, and is killed with
 * {@code destroyForcibly()}; the test then resumes the drill from the autosave.
 */
class DrillCrashTest {
    @Test
    void aKilledDrillResumesWithTheSameStateAndEveryObservation(@TempDir Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-Dfiredrill.drill.autosaveMillis=150",
                "-Djava.awt.headless=true", "-cp", classPath, DrillCrashChild.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        List<String> saved = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (String line; (line = out.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith("saved ")) {
                    saved.add(line);
                }
                if (line.equals("ready") || System.nanoTime() > deadline) {
                    break;
                }
            }
            assertTrue(saved.size() >= 5, "the child saved a few times: " + output);
            Thread.sleep(150 + (System.nanoTime() / 1000) % 300); // mid-run, wherever it is
            // Read what it reported as saved up to the moment of the kill.
            while (out.ready()) {
                String line = out.readLine();
                if (line != null && line.startsWith("saved ")) {
                    saved.add(line);
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
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
