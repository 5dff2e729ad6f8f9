package firedrill.engine.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads untrusted JSON files into records: a size limit, no polymorphic typing, unknown fields and
 * duplicate keys rejected, no coercion of strings to numbers, and every failure turned into a
 * {@link Problem} with the JSON path and a message that says what was expected (never a Java class
 * name). Writing is stable: scenario-package records get the canonical layout of
 * {@link CanonicalJson}; anything else is pretty-printed with a two-space indent. Both end in a newline.
 * See docs/decisions/0004-strict-scenario-loading.md.
 */
public final class StrictJson {
    /** Scenario, playbook and session files are small; anything bigger is refused before parsing. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** Deepest nesting of arrays and objects; the scenario format needs six. */
    public static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 200_000;

    private static final ObjectMapper MAPPER = buildMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private StrictJson() {}

    private static ObjectMapper buildMapper() {
        // No activateDefaultTyping and no @JsonTypeInfo anywhere: a file can never choose a Java class.
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        // Strings are strings: "42" is not a number, 42 is not a string, and floats do not become ints.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a file, refusing it before parsing when it is over the size limit. */
    public static <T> T read(Path file, Class<T> type) throws InvalidInputException {
        return read(file, type, null);
    }

    /**
     * Reads a file of format {@code format} ({@code firedrill/KIND@N}, or null for no check): a file
     * of a newer version of that format is refused as such ({@link FormatTag}) before anything else.
     */
    public static <T> T read(Path file, Class<T> type, String format) throws InvalidInputException {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(new Problem(name, "$", "expected a readable file; none exists here"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(new Problem(name, "$", tooBig(size)));
            }
            return read(name, Files.readAllBytes(file), type, format);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(name, "$", "expected a readable file; cannot read it ("
                    + (e.getMessage() == null ? "input error" : e.getMessage()) + ")"));
        }
    }

    /** Reads a stream (e.g. a class-path resource), bounded by the size limit. */
    public static <T> T read(String name, InputStream in, Class<T> type) throws InvalidInputException {
        return read(name, in, type, null);
    }

    /** Reads a stream of format {@code format} (see {@link #read(Path, Class, String)}). */
    public static <T> T read(String name, InputStream in, Class<T> type, String format) throws InvalidInputException {
        try (in) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(new Problem(name, "$", "file is over " + MAX_BYTES
                        + " bytes; expected at most " + MAX_BYTES + " bytes (4 MiB)"));
            }
            return read(name, bytes, type, format);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(name, "$", "expected a readable input; cannot read it ("
                    + (e.getMessage() == null ? "input error" : e.getMessage()) + ")"));
        }
    }

    /**
     * Checks in two passes before binding, so that every message is ours: first the bytes into a tree
     * (syntax, duplicate keys, depth, NaN, trailing content), then the tree against the target's shape
     * ({@link JsonShape}: unknown fields, types, nulls, all at once). Only a tree that passed both is
     * bound to records.
     */
    public static <T> T read(String name, byte[] bytes, Class<T> type) throws InvalidInputException {
        return read(name, bytes, type, null);
    }

    /** Reads JSON bytes of format {@code format} (see {@link #read(Path, Class, String)}). */
    public static <T> T read(String name, byte[] bytes, Class<T> type, String format) throws InvalidInputException {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(new Problem(name, "$", tooBig(bytes.length)));
        }
        JsonNode tree = parseTree(name, bytes);
        Problem newer = format == null ? null : FormatTag.newer(name, tree, format);
        if (newer != null) {
            throw new InvalidInputException(newer);
        }
        List<Problem> problems = JsonShape.check(name, tree, type);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(toProblem(name, e));
        } catch (RuntimeException e) {
            // A record constructor refused a value the shape check let through: report, never crash.
            throw new InvalidInputException(new Problem(name, "$", "expected values the format allows; one cannot be read"));
        }
    }

    private static String tooBig(long size) {
        return "file is " + size + " bytes; expected at most " + MAX_BYTES + " bytes (4 MiB)";
    }

    /** Bytes to a JSON tree; syntax problems are reported with the path the parser had reached. */
    static JsonNode parseTree(String name, byte[] bytes) throws InvalidInputException {
        JsonParser parser = null;
        try {
            parser = MAPPER.getFactory().createParser(bytes);
            JsonNode tree = MAPPER.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidInputException(new Problem(name, "$", "the file is empty; expected a JSON object"));
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException(new Problem(name, "$", "unexpected content after the JSON object"
                        + where(parser.currentLocation()) + "; expected the end of the file"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(syntaxProblem(name, e, parser));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(name, "$", "expected readable JSON; cannot read it ("
                    + (e.getMessage() == null ? "input error" : e.getMessage()) + ")"));
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Reading from a byte array; nothing to release.
            }
        }
    }

    private static Problem syntaxProblem(String file, JsonProcessingException e, JsonParser parser) {
        JsonStreamContext ctx = parser == null ? null : parser.getParsingContext();
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String at = where(e.getLocation());
        if (ctx != null && ctx.inRoot() && ctx.getEntryCount() > 0) {
            return new Problem(file, "$", "unexpected content after the JSON object" + at + "; expected the end of the file");
        }
        if (msg.startsWith("Trailing token")) {
            return new Problem(file, "$", "unexpected content after the JSON object" + at + "; expected the end of the file");
        }
        if (e instanceof StreamConstraintsException) {
            String limit = msg.contains("nesting depth") ? "expected at most " + MAX_DEPTH + " levels of nested arrays and objects"
                    : msg.contains("Number value length") ? "expected a number of at most " + MAX_NUMBER_LENGTH + " characters"
                    : msg.contains("String value length") ? "expected a string of at most " + MAX_STRING_LENGTH + " characters"
                    : "expected a smaller document";
            return new Problem(file, contextPath(ctx, true), "too large or too deep" + at + "; " + limit);
        }
        if (msg.startsWith("Duplicate field")) {
            String key = ctx == null || ctx.getCurrentName() == null ? "" : " \"" + ctx.getCurrentName() + "\"";
            return new Problem(file, contextPath(ctx, true), "duplicate key" + key + at
                    + "; expected each key at most once per object");
        }
        if (msg.startsWith("Non-standard token")) {
            return new Problem(file, contextPath(ctx, true),
                    "expected a finite number" + at + "; NaN and Infinity are not JSON numbers");
        }
        if (e instanceof JsonEOFException) {
            return new Problem(file, contextPath(ctx, false), "unexpected end of file" + at
                    + "; expected the rest of the document (is a string, array or object left open?)");
        }
        String detail = cleanSyntax(msg);
        if (detail.toLowerCase(java.util.Locale.ROOT).contains("utf-8")) {
            detail += "; expected UTF-8 text";
        } else if (!detail.contains("expected")) {
            detail += "; expected well-formed JSON";
        }
        return new Problem(file, contextPath(ctx, false), "not valid JSON" + at + ": " + detail);
    }

    /** " (line 3, column 14)" or nothing when the parser does not know. */
    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /**
     * The JSON path the parser had reached. Each context contributes the name or index of its current
     * entry; without the innermost one it is the path of the array or object being read.
     */
    static String contextPath(JsonStreamContext ctx, boolean withCurrentEntry) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c == ctx && !withCurrentEntry) {
                continue;
            }
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(Checker.key("", c.getCurrentName()));
            }
        }
        return "$" + String.join("", parts);
    }

    /** Jackson's syntax messages, minus character codes, Java names and configuration hints. */
    static String cleanSyntax(String msg) {
        String s = msg.replaceAll("\\(CTRL-CHAR, code (\\d+)\\)", "control character $1")
                .replaceAll("\\('(.)' \\(code \\d+\\)\\)", "'$1'")
                .replaceAll("\\s*\\(for [a-zA-Z ]+ starting at .*", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("`[^`]*`", "value")
                .replace("was expecting", "expected")
                .replace('\n', ' ').trim();
        s = s.isEmpty() ? "malformed input" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Fallback for binding failures the shape check did not foresee; keeps Java names out. */
    static Problem toProblem(String file, JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new Problem(file, path(u.getPath()), "unknown field \"" + u.getPropertyName() + "\"");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return new Problem(file, path(m.getPath()), "expected " + JsonShape.describe(
                    m.getTargetType() == null ? Object.class : m.getTargetType()) + " here");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return new Problem(file, path(m.getPath()), "expected a value the format allows; cannot read it ("
                    + clean(m.getOriginalMessage()) + ")");
        }
        return new Problem(file, "$", "expected a document the format allows; cannot read it ("
                + clean(e.getOriginalMessage()) + ")");
    }

    /** Jackson messages can mention Java class names; keep the first sentence, drop source refs. */
    private static String clean(String msg) {
        if (msg == null) {
            return "malformed input";
        }
        String s = msg.replaceAll("\\s*\\(for Object starting at.*", "")
                .replaceAll("at \\[Source.*", "")
                .replaceAll("`[^`]*`", "value")
                .replaceAll("\\b(java|javax|com|org|firedrill)\\.[\\w.$]+", "value")
                .replace('\n', ' ').trim();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Jackson's reference chain as a JSON path: $.fleet.clusters[2].nodes */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                sb.append(Checker.key("", r.getFieldName()));
            }
        }
        return sb.toString();
    }

    /**
     * Stable, diff-friendly JSON text with a trailing newline. Scenario-package records (scenarios,
     * playbooks) are written in the canonical layout, so {@code write(read(file))} reproduces a
     * canonical file byte for byte; other values are pretty-printed with a two-space indent.
     */
    public static String write(Object value) {
        if (value instanceof Record && value.getClass().getPackageName().equals(StrictJson.class.getPackageName())) {
            return CanonicalJson.write(MAPPER.valueToTree(value));
        }
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static byte[] writeBytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }
}
