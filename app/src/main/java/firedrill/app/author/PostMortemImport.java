package firedrill.app.author;

import firedrill.engine.postmortem.Skeleton;
import firedrill.engine.postmortem.SkeletonBuilder;
import firedrill.engine.postmortem.TimelineParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Reads a post-mortem (a file or pasted text) into a scenario skeleton; shared by
 * {@code firedrill import-timeline} and the editor's "New from post-mortem…". Runs off the FX thread.
 */
public final class PostMortemImport {
    /** Largest file read: UTF-8 of the parser's character limit. */
    public static final long MAX_BYTES = 4L * TimelineParser.MAX_CHARS;

    private PostMortemImport() {}

    public static Skeleton read(Path file, ZoneId zone) throws IOException {
        return SkeletonBuilder.build(TimelineParser.parse(readText(file), zone), file.getFileName().toString());
    }

    /** The file's text: UTF-8, at most {@link TimelineParser#MAX_CHARS} characters. */
    public static String readText(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file + ": expected a post-mortem of at most " + MAX_BYTES + " bytes, got " + size);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": expected UTF-8 text (Markdown), got bytes that are not UTF-8", e);
        }
        if (text.length() > TimelineParser.MAX_CHARS) {
            throw new IOException(file + ": expected a post-mortem of at most " + TimelineParser.MAX_CHARS
                    + " characters, got " + text.length());
        }
        return text;
    }

    /** Pasted text; {@code name} (may be null) becomes the scenario id. */
    public static Skeleton parse(String text, String name, ZoneId zone) {
        return SkeletonBuilder.build(TimelineParser.parse(text, zone), name);
    }
}
