package firedrill.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed or interrupted write never leaves a truncated file. */
class AtomicWriteTest {
    @Test
    void aWriterThatFailsMidwayLeavesThePreviousFileIntactAndNoTempFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("attempt-000001.json");
        AtomicWrite.write(target, "{\"old\": true}\n".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
            out.write("{\"new\": [1, 2, 3".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[200_000]);
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("disk full (simulated)", e.getMessage());
        assertEquals("{\"old\": true}\n", Files.readString(target));
        assertEquals(1, entries(dir), "no temp file left behind");
    }

    @Test
    void aFirstWriteThatFailsLeavesNoTarget(@TempDir Path dir) {
        Path target = dir.resolve("sub/dir/s.json");
        assertThrows(IllegalStateException.class, () -> AtomicWrite.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug in the serialiser (simulated)");
        }));
        assertTrue(Files.notExists(target), "no partial target");
    }

    @Test
    void replacesTheWholeFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("s.json");
        byte[] big = new byte[3_000_000];
        java.util.Arrays.fill(big, (byte) 'x');
        AtomicWrite.write(target, big);
        AtomicWrite.write(target, "short".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("short".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(1, entries(dir));
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
