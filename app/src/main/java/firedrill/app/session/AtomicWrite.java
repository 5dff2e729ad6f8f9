package firedrill.app.session;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The app's one way to write a file (sessions, drills, settings, bests, scenarios, reports), so that
 * a reader — or the app after a crash or a kill at any moment — finds the old content or the new one,
 * never a mix or a truncated file: the bytes go to a temp file in the same directory and are forced
 * to disk, then the temp file takes the target's name in one step and the directory entry is forced
 * too. A writer that fails midway leaves the previous file untouched and removes its temp file. A kill
 * can leave a hidden {@code .NAME.*.tmp} file behind; it is never mistaken for a session, and
 * {@link SessionStore} removes it an hour later. There is no non-atomic fallback: where the file
 * system cannot rename atomically, the write fails with a message saying so.
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

    /** Writes {@code target}, replacing it if it exists ({@code ATOMIC_MOVE} with {@code REPLACE_EXISTING}). */
    public static void write(Path target, Content content) throws IOException {
        Path dir = directoryOf(target);
        Path tmp = writeTemp(dir, target, content);
        boolean moved = false;
        try {
            moveOver(tmp, target);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    public static void createNew(Path target, byte[] bytes) throws IOException {
        createNew(target, out -> out.write(bytes));
    }

    /**
     * Writes a new file under a name nobody else holds, atomically. The finished temp file takes the
     * name by a hard link, which the file system refuses when the name exists; where there are no hard
     * links, the name is first claimed with {@code CREATE_NEW} and the temp file renamed over the
     * claim. Two processes can therefore never both write the same new file.
     *
     * @throws FileAlreadyExistsException when the name is taken (the existing file is left untouched)
     */
    public static void createNew(Path target, Content content) throws IOException {
        createNew(target, content, true);
    }

    /** {@code links = false} exercises the claim-then-rename path (file systems without hard links). */
    static void createNew(Path target, Content content, boolean links) throws IOException {
        Path dir = directoryOf(target);
        Path tmp = writeTemp(dir, target, content);
        try {
            if (!(links && linked(target, tmp))) {
                Files.createFile(target); // CREATE_NEW: claims the name or throws FileAlreadyExistsException
                try {
                    moveOver(tmp, target);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(target); // our empty claim; nobody else can hold this name
                    throw e;
                }
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean linked(Path target, Path tmp) throws IOException {
        try {
            Files.createLink(target, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("No hard link for {} ({}); claiming the name instead", target, e.toString());
            return false;
        }
    }

    private static Path directoryOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir;
    }

    /** The content in a forced temp file beside the target; the temp file is removed if writing fails. */
    private static Path writeTemp(Path dir, Path target, Content content) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        boolean written = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            written = true;
            return tmp;
        } finally {
            if (!written) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically on this file system: " + e.getMessage(), e);
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

    /**
     * Moves an existing file to {@code to} in one step (never a half-moved file); fails when {@code to}
     * exists, so nothing is overwritten.
     */
    public static void move(Path from, Path to) throws IOException {
        java.nio.file.Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
