package firedrill.app.fx;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import firedrill.app.session.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Small local JSON files (settings, personal bests): read leniently (unknown fields ignored), written
 * atomically. A file that is not what it should be is never silently replaced: it is moved aside to
 * {@code NAME.corrupt-YYYYMMDD-HHMMSS} (UTC, from the given clock) and the user is told where it went;
 * a file that cannot be read at all stays where it is and is not written over.
 */
public final class JsonFiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsonFiles.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** These files hold a few lines; anything this big is not one of them. */
    static final long MAX_BYTES = 1024 * 1024;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * What reading found: the value (null when the file is absent or could not be used), whether the
     * file may be written (false when it is still there but unreadable), and a notice for the user
     * when something was wrong (null otherwise).
     */
    public record Loaded<T>(T value, boolean writable, String notice) {}

    private JsonFiles() {}

    /**
     * Reads {@code file} as a {@code type}; {@code what} names it for the user ("Your settings file …").
     */
    public static <T> Loaded<T> read(Path file, Class<T> type, String what, Clock clock) {
        if (!Files.exists(file)) {
            return new Loaded<>(null, true, null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return setAside(file, what, "it is " + size + " bytes, far more than it should be", clock);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
            return new Loaded<>(null, false, "Your " + what + " file " + file + " cannot be read (" + e.getMessage()
                    + "), so defaults are used; changes are not saved this time, so the file is not overwritten.");
        }
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                return setAside(file, what, "it holds no value", clock);
            }
            return new Loaded<>(value, true, null);
        } catch (IOException | RuntimeException e) {
            return setAside(file, what, "it is not valid: " + firstLine(e.getMessage()), clock);
        }
    }

    public static void write(Path file, Object value) throws IOException {
        AtomicWrite.write(file, (MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Moves a damaged file to {@code NAME.corrupt-STAMP} (never over another file) and says so. */
    private static <T> Loaded<T> setAside(Path file, String what, String why, Clock clock) {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        for (int n = 1; n < 100; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                Files.move(file, aside);
                LOG.warn("{} could not be read ({}); moved it to {}", file, why, aside);
                return new Loaded<>(null, true, "Your " + what + " file could not be read (" + why
                        + "), so defaults are used. It was kept as " + aside + ".");
            } catch (FileAlreadyExistsException e) {
                LOG.debug("{} exists; trying the next name", aside);
            } catch (IOException e) {
                LOG.warn("{} could not be read ({}) nor moved aside", file, why, e);
                return new Loaded<>(null, false, "Your " + what + " file " + file + " could not be read (" + why
                        + ") nor set aside (" + e.getMessage() + "), so defaults are used; changes are not saved"
                        + " this time, so the file is not overwritten.");
            }
        }
        return new Loaded<>(null, false, "Your " + what + " file " + file + " could not be read (" + why
                + "), so defaults are used; changes are not saved this time, so the file is not overwritten.");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed";
        }
        String line = s.lines().findFirst().orElse("malformed").replaceAll("\\s*\\(for .*", "")
                .replaceAll("`[^`]*`", "value");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
