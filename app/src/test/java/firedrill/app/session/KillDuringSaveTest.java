package firedrill.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.session.SessionRecord;
import firedrill.app.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the app during a save never leaves a truncated session: a real JVM saves a ~2 MB session
 * in a loop and is killed with SIGKILL in the middle of a save (after a random number of completed
 * ones); the file must then parse completely.
 */
class KillDuringSaveTest {
    @Test
    void aKilledSaverLeavesACompleteSession(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("attempt-000001.json");
        int expected = KillDuringSaveChild.largeRecord().commands().size();
        Random random = new Random(20241211);
        for (int round = 0; round < 3; round++) {
            try (ChildJvm child = ChildJvm.start(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"),
                    KillDuringSaveChild.class, target.toString())) {
                assertEquals("ready", child.nextLine(Duration.ofSeconds(60)), "the child saved once");
                // It saves back to back: killed right after its k-th report, it is inside the next save.
                for (int k = random.nextInt(4); k > 0; k--) {
                    assertTrue(child.nextLine(Duration.ofSeconds(60)).startsWith("saved "));
                }
                child.kill();
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
