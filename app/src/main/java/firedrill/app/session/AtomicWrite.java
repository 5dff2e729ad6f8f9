package firedrill.app.session;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader — or the app after a crash or a kill at any moment — finds the old
 * content or the new one, never a mix or a truncated file: the bytes go to a temp file in the same
 * directory, are forced to disk, the temp file is renamed over the target with {@code ATOMIC_MOVE}
 * (and {@code REPLACE_EXISTING}), and the directory entry is forced too. A writer that fails midway
 * leaves the previous file untouched and removes its temp file. A kill can leave a hidden
 * {@code .NAME.*.tmp} file behind; it is never mistaken for a session, and {@link SessionStore}
 * removes it an hour later.
 */
public final class AtomicWrite {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AtomicWrite.class);
    /** Produces the file's content; may throw, in which case nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String TEMP_SUFFIX = ".tmp";

    private AtomicWrite() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system: " + e.getMessage(), e);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Makes the rename itself durable; some platforms cannot open a directory, which is harmless. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here (e.g. Windows); the rename is still atomic.
            LOG.debug("Cannot force directory {}", dir, e);
        }
    }
}
