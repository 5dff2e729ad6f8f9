package firedrill.app.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One data-directory resolver ({@code fx.DataDir}) and one atomic writer ({@code session.AtomicWrite}):
 * the strings that give a second one away appear in those classes only (ADR 0015).
 */
class SingleSourceTest {
    static Set<String> filesContaining(String needle) throws IOException {
        Set<String> out = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../engine/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (Files.readString(f).contains(needle)) {
                        out.add(f.getFileName().toString());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void onlyDataDirResolvesTheDataDirectory() throws IOException {
        for (String needle : List.of("\"user.home\"", "XDG_DATA_HOME", "\"firedrill.dataDir\"")) {
            assertEquals(Set.of("DataDir.java"), filesContaining(needle), needle + " outside DataDir");
        }
    }

    @Test
    void onlyAtomicWriteRenamesTempFilesIntoPlace() throws IOException {
        assertEquals(Set.of("AtomicWrite.java"), filesContaining("StandardCopyOption.ATOMIC_MOVE"));
        assertEquals(Set.of("AtomicWrite.java"), filesContaining("createTempFile"));
    }
}
