package firedrill.engine.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
 * {@link Problem} with the JSON path. Writing is stable (fixed key order via {@code @JsonPropertyOrder},
 * two-space indent, trailing newline) so files diff cleanly.
 */
public final class StrictJson {
    /** Scenario, playbook and session files are small; anything bigger is refused before parsing. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper MAPPER = buildMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private StrictJson() {}

    private static ObjectMapper buildMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(200_000)
                .maxNumberLength(64)
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
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(new Problem(name, "$", "expected a readable file; none exists here"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(new Problem(name, "$",
                        "file is " + size + " bytes; expected at most " + MAX_BYTES + " bytes"));
            }
            return read(name, Files.readAllBytes(file), type);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(name, "$", "cannot read file: " + e.getMessage()));
        }
    }

    /** Reads a stream (e.g. a class-path resource), bounded by the size limit. */
    public static <T> T read(String name, InputStream in, Class<T> type) throws InvalidInputException {
        try (in) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(new Problem(name, "$", "file is over " + MAX_BYTES + " bytes"));
            }
            return read(name, bytes, type);
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(name, "$", "cannot read: " + e.getMessage()));
        }
    }

    public static <T> T read(String name, byte[] bytes, Class<T> type) throws InvalidInputException {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(new Problem(name, "$", "file is over " + MAX_BYTES + " bytes"));
        }
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new InvalidInputException(new Problem(name, "$", "expected a JSON object, got null"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(toProblem(name, e));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(name, "$", "cannot read: " + e.getMessage()));
        }
    }

    static Problem toProblem(String file, JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new Problem(file, path(u.getPath()),
                    "unknown field \"" + u.getPropertyName() + "\"; expected one of " + u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            return new Problem(file, path(f.getPath()),
                    "expected " + describe(f.getTargetType()) + ", got " + quote(f.getValue()));
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return new Problem(file, path(m.getPath()), "expected " + describe(m.getTargetType()) + mismatchDetail(m));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return new Problem(file, path(m.getPath()), clean(m.getOriginalMessage()));
        }
        JsonLocation loc = e.getLocation();
        String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        return new Problem(file, "$", "not valid JSON" + where + ": " + clean(e.getOriginalMessage()));
    }

    private static String mismatchDetail(MismatchedInputException m) {
        String msg = clean(m.getOriginalMessage());
        int idx = msg.indexOf("from ");
        return idx >= 0 ? ", got " + msg.substring(idx + 5) : " (" + msg + ")";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String quote(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    /** Jackson messages can mention Java class names; keep the first sentence, drop source refs. */
    private static String clean(String msg) {
        if (msg == null) {
            return "malformed input";
        }
        String s = msg.replaceAll("\\s*\\(for Object starting at.*", "")
                .replaceAll("at \\[Source.*", "")
                .replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "value")
                .replace('\n', ' ').trim();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Jackson's reference chain as a JSON path: $.fleet.clusters[2].nodes */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    /** Stable, diff-friendly JSON text with a trailing newline. */
    public static String write(Object value) {
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
