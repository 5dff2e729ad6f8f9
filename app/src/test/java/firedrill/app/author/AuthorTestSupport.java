package firedrill.app.author;

import firedrill.app.fx.DataDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared helpers for the authoring tests. */
final class AuthorTestSupport {
    private AuthorTestSupport() {}

    /** Points the app's data dir at a fresh temp dir (never the user's ~/.local/share). */
    static Path useTempDataDir() {
        try {
            Path dir = Files.createTempDirectory("firedrill-author-");
            System.setProperty(DataDir.PROPERTY, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
