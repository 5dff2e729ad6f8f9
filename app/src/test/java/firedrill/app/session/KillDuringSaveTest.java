package firedrill.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.session.SessionRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the app during a save never leaves a truncated session: a real JVM saves a ~2 MB session
 * in a loop and is killed with SIGKILL at random moments; the file must then parse completely.
 */
class KillDuringSaveTest {
    @Test
    void aKilledSaverLeavesACompleteSession(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("attempt-000001.json");
        int expected = KillDuringSaveChild.largeRecord().commands().size();
        Random random = new Random(20241211);
        for (int round = 0; round < 3; round++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                    KillDuringSaveChild.class.getName(), target.toString()).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String line = out.readLine();
                assertEquals("ready", line, "the child saved once");
                Thread.sleep(20 + random.nextInt(400));
            } finally {
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            }
            SessionRecord r = SessionRecord.read(target); // throws on a truncated or mixed file
            assertEquals(expected, r.commands().size());
            assertTrue(r.savedAt().startsWith("iteration "), r.savedAt());
            try (Stream<Path> files = Files.list(dir)) {
                List<String> others = files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(target.getFileName().toString())).toList();
                assertTrue(others.stream().allMatch(n -> n.startsWith(".attempt-000001.json.") && n.endsWith(".tmp")),
                        "only hidden temp files may be left behind: " + others);
            }
        }
    }
}
