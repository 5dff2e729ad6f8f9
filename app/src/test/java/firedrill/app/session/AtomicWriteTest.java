package firedrill.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
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

    @Test
    void createsMissingFoldersAndLeavesNoTemporaries(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/settings.json");
        AtomicWrite.write(f, "one".getBytes(StandardCharsets.UTF_8));
        AtomicWrite.write(f, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(f));
        assertEquals(1, entries(f.getParent()), "no temp files left behind");
    }

    @Test
    void createNewWritesAWholeNewFileAndRefusesATakenName(@TempDir Path dir) throws Exception {
        for (boolean links : new boolean[] {true, false}) {
            Path sub = dir.resolve(links ? "links" : "claims");
            Path target = sub.resolve("attempt-000001.json");
            AtomicWrite.createNew(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)), links);
            assertEquals("first", Files.readString(target));
            assertThrows(FileAlreadyExistsException.class, () -> AtomicWrite.createNew(target,
                    out -> out.write("second".getBytes(StandardCharsets.UTF_8)), links));
            assertEquals("first", Files.readString(target), "the existing file is untouched");
            assertEquals(1, entries(sub), "no temp file left behind");
        }
    }

    @Test
    void createNewThatFailsMidwayLeavesNoFileAndNoClaim(@TempDir Path dir) {
        for (boolean links : new boolean[] {true, false}) {
            Path target = dir.resolve("new-" + links + ".json");
            assertThrows(IOException.class, () -> AtomicWrite.createNew(target, out -> {
                out.write("{\"half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full (simulated)");
            }, links));
            assertTrue(Files.notExists(target));
        }
        assertEquals(0, entries(dir));
    }

    private static long entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
