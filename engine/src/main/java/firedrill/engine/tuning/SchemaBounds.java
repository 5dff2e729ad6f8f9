package firedrill.engine.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The range the scenario JSON Schema allows at a concrete path ({@code minimum}/{@code maximum},
 * {@code type: integer}), found by walking the schema alongside the path. The schema is the one
 * published source of every field's bounds (SchemaTest keeps it in step with the validator), so a
 * parameter added to it later is bounded without a change here. Unknown paths are unbounded; the
 * validator still has the last word on every candidate.
 */
public final class SchemaBounds {
    /** Bounds of one value; infinite when the schema gives none. */
    public record Bounds(double min, double max, boolean integer) {
        public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);

        public double clamp(double v) {
            return Math.max(min, Math.min(max, v));
        }
    }

    private static final SchemaBounds SCENARIO = new SchemaBounds(load("/schema/scenario.schema.json"));
    private static final int MAX_REF_DEPTH = 32;

    private final JsonNode schema;

    SchemaBounds(JsonNode schema) {
        this.schema = schema;
    }

    public static SchemaBounds scenario() {
        return SCENARIO;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = SchemaBounds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the scenario schema " + resource + " is missing from the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario schema", e);
        }
    }

    /** Bounds at a concrete path given as segments (String keys, Integer indices). */
    public Bounds at(List<Object> segments) {
        JsonNode node = resolve(schema);
        for (Object seg : segments) {
            node = child(node, seg);
            if (node == null) {
                return Bounds.NONE;
            }
        }
        return bounds(node);
    }

    private JsonNode child(JsonNode node, Object seg) {
        if (node == null) {
            return null;
        }
        if (seg instanceof Integer) {
            JsonNode items = node.get("items");
            if (items != null) {
                return resolve(items);
            }
        } else {
            JsonNode props = node.get("properties");
            if (props != null && props.has((String) seg)) {
                return resolve(props.get((String) seg));
            }
            JsonNode add = node.get("additionalProperties");
            if (add != null && add.isObject()) {
                return resolve(add);
            }
        }
        for (String combo : new String[] {"allOf", "anyOf", "oneOf"}) {
            JsonNode list = node.get(combo);
            if (list != null && list.isArray()) {
                for (JsonNode branch : list) {
                    JsonNode c = child(resolve(branch), seg);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        for (int i = 0; i < MAX_REF_DEPTH && node != null && node.has("$ref"); i++) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return null;
            }
            JsonNode target = schema.at(ref.substring(1));
            if (target.isMissingNode()) {
                return null;
            }
            // Keep local keywords (a description) but follow the reference for the structure.
            node = target;
        }
        return node;
    }

    private Bounds bounds(JsonNode node) {
        double min = node.has("minimum") ? node.get("minimum").asDouble() : Double.NEGATIVE_INFINITY;
        double max = node.has("maximum") ? node.get("maximum").asDouble() : Double.POSITIVE_INFINITY;
        if (node.has("exclusiveMinimum")) {
            min = Math.nextUp(node.get("exclusiveMinimum").asDouble());
        }
        if (node.has("exclusiveMaximum")) {
            max = Math.nextDown(node.get("exclusiveMaximum").asDouble());
        }
        boolean integer = node.has("type") && "integer".equals(node.get("type").asText());
        return new Bounds(min, max, integer);
    }
}
