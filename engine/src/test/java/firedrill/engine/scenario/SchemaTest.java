package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas (engine/src/main/resources/schema) describe the same format as the
 * records and the validator. No schema library is a dependency (ADR 0004), so this test carries a
 * small evaluator for exactly the keywords the schemas use, and fails if a schema uses another.
 */
class SchemaTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "type",
            "properties", "required", "additionalProperties", "items", "enum", "const", "pattern", "minimum", "maximum",
            "minItems", "maxItems", "uniqueItems", "minLength", "maxProperties", "allOf", "anyOf", "not", "if", "then",
            "else", "format");
    /** Schema definition → record it describes: their fields must be the same. */
    private static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("#", Scenario.class);
        RECORDS.put("meta", Meta.class);
        RECORDS.put("source", Meta.Source.class);
        RECORDS.put("fleet", Fleet.class);
        RECORDS.put("service", Fleet.Service.class);
        RECORDS.put("cluster", Fleet.ClusterSpec.class);
        RECORDS.put("generator", Fleet.Generator.class);
        RECORDS.put("mechanisms", Mechanisms.class);
        RECORDS.put("controlPlane", Mechanisms.ControlPlane.class);
        RECORDS.put("apiServer", Mechanisms.ApiServer.class);
        RECORDS.put("apiClient", Mechanisms.ApiClient.class);
        RECORDS.put("telemetry", Mechanisms.Telemetry.class);
        RECORDS.put("dns", Mechanisms.Dns.class);
        RECORDS.put("dataPlane", Mechanisms.DataPlane.class);
        RECORDS.put("observation", Mechanisms.Observation.class);
        RECORDS.put("timelineEvent", TimelineEvent.class);
        RECORDS.put("injectCondition", InjectCondition.class);
        RECORDS.put("alertRule", AlertRule.class);
        RECORDS.put("action", ActionSpec.class);
        RECORDS.put("param", ActionSpec.Param.class);
        RECORDS.put("team", Team.class);
        RECORDS.put("milestone", Milestone.class);
        RECORDS.put("referencePlaybook", Playbook.class);
        RECORDS.put("step", Playbook.Step.class);
        RECORDS.put("assumption", Assumption.class);
        RECORDS.put("platform", PlatformMechanisms.class);
        RECORDS.put("endpointDns", PlatformMechanisms.EndpointDns.class);
        RECORDS.put("leases", PlatformMechanisms.Leases.class);
        RECORDS.put("propagation", PlatformMechanisms.Propagation.class);
        RECORDS.put("healthChecks", PlatformMechanisms.HealthChecks.class);
    }

    static JsonNode schema(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name + ".schema.json")) {
            assertNotNull(in, name);
            return PLAIN.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Field name → [minimum, maximum] of every bounded number in the scenario schema. */
    static Map<String, double[]> numericBounds() {
        Map<String, double[]> out = new LinkedHashMap<>();
        schema("scenario").get("$defs").forEach(def -> {
            if (def.has("properties")) {
                def.get("properties").properties().forEach(e -> {
                    JsonNode p = e.getValue();
                    if (p.has("minimum") && p.has("maximum")) {
                        out.putIfAbsent(e.getKey(), new double[] {p.get("minimum").asDouble(), p.get("maximum").asDouble()});
                    }
                });
            }
        });
        return out;
    }

    @Test
    void schemasUseOnlyKeywordsThisTestUnderstands() {
        for (String name : List.of("scenario", "playbook")) {
            Set<String> unknown = new TreeSet<>();
            keywords(schema(name), unknown);
            assertEquals(Set.of(), unknown, name);
        }
    }

    private static void keywords(JsonNode schema, Set<String> unknown) {
        if (!schema.isObject()) {
            return;
        }
        schema.properties().forEach(e -> {
            String k = e.getKey();
            if (!KEYWORDS.contains(k)) {
                unknown.add(k);
            }
            JsonNode v = e.getValue();
            switch (k) {
                case "properties", "$defs" -> v.forEach(s -> keywords(s, unknown));
                case "items", "additionalProperties", "not", "if", "then", "else" -> keywords(v, unknown);
                case "allOf", "anyOf" -> v.forEach(s -> keywords(s, unknown));
                default -> { }
            }
        });
    }

    @Test
    void everyRecordHasAClosedSchemaWithTheSameFields() {
        JsonNode root = schema("scenario");
        RECORDS.forEach((def, type) -> {
            JsonNode s = def.equals("#") ? root : root.get("$defs").get(def);
            assertNotNull(s, def);
            assertEquals(false, s.get("additionalProperties").asBoolean(true), def + " must set additionalProperties false");
            List<String> props = new ArrayList<>();
            s.get("properties").fieldNames().forEachRemaining(props::add);
            assertEquals(new ArrayList<>(JsonShape.fields(type).keySet()), props, "fields of " + def + " in record order");
        });
        assertEquals(root.get("$defs").get("step"), schema("playbook").get("$defs").get("step"),
                "both schemas describe a step the same way");
        assertEquals(JsonShape.fields(Playbook.class).keySet(), fieldNames(schema("playbook").get("properties")));
    }

    private static Set<String> fieldNames(JsonNode properties) {
        Set<String> out = new java.util.LinkedHashSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void validScenariosConform() throws IOException {
        JsonNode s = schema("scenario");
        assertEquals(List.of(), errors(s, PLAIN.readTree(Fixtures.validBytes())));
        for (String id : ScenarioLoader.shippedIds()) {
            try (InputStream in = SchemaTest.class.getResourceAsStream("/scenarios/" + id + ".json")) {
                assertEquals(List.of(), errors(s, PLAIN.readTree(in)), id);
            }
        }
    }

    /** The schema alone catches the structural fixtures; the rest need the validator (references, order, sums). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("firedrill.engine.scenario.Fixtures#cases")
    void schemaAgreesWithTheLoaderOnEachFixture(Fixtures.Case c) throws IOException {
        if (c.schemaRejects() == null) {
            return; // not JSON at all: no schema applies
        }
        JsonNode doc = PLAIN.readTree(Files.readAllBytes(Fixtures.file(c.file())));
        List<String> errors = errors(schema("scenario"), doc);
        assertEquals(c.schemaRejects(), !errors.isEmpty(), () -> c.file() + ": " + errors);
        if (c.schemaRejects()) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(c.path()) || c.path().startsWith(e.split(":")[0])),
                    () -> c.file() + " expected at " + c.path() + ": " + errors);
        }
    }

    @Test
    void playbookSchemaAcceptsTheReferencePlaybookAsAFile() throws IOException {
        JsonNode pb = PLAIN.readTree(Fixtures.validBytes()).get("referencePlaybook").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) pb).put("format", Playbook.FORMAT).put("scenario", "minimal");
        assertEquals(List.of(), errors(schema("playbook"), pb));
        ((com.fasterxml.jackson.databind.node.ObjectNode) pb).remove("format");
        assertFalse(errors(schema("playbook"), pb).isEmpty());
    }

    // ---- a minimal JSON Schema 2020-12 evaluator for the keywords above -----------------------------

    static List<String> errors(JsonNode schema, JsonNode doc) {
        List<String> out = new ArrayList<>();
        check(schema, schema, doc, "$", out);
        return out;
    }

    private static void check(JsonNode root, JsonNode s, JsonNode v, String path, List<String> out) {
        if (s.isBoolean()) {
            if (!s.asBoolean()) {
                out.add(path + ": not allowed");
            }
            return;
        }
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            assertTrue(ref.startsWith("#/$defs/"), ref);
            check(root, root.get("$defs").get(ref.substring("#/$defs/".length())), v, path, out);
        }
        if (s.has("type") && !hasType(v, s.get("type").asText())) {
            out.add(path + ": expected type " + s.get("type").asText());
            return;
        }
        if (s.has("const") && !equalJson(s.get("const"), v)) {
            out.add(path + ": expected " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean any = false;
            for (JsonNode e : s.get("enum")) {
                any |= equalJson(e, v);
            }
            if (!any) {
                out.add(path + ": not in enum");
            }
        }
        if (v.isTextual()) {
            if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
                out.add(path + ": does not match " + s.get("pattern").asText());
            }
            if (s.has("minLength") && v.asText().codePointCount(0, v.asText().length()) < s.get("minLength").asInt()) {
                out.add(path + ": too short");
            }
        }
        if (v.isNumber()) {
            if (s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
                out.add(path + ": below minimum");
            }
            if (s.has("maximum") && !(v.asDouble() <= s.get("maximum").asDouble())) {
                out.add(path + ": above maximum");
            }
        }
        if (v.isArray()) {
            if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
                out.add(path + ": too few items");
            }
            if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
                out.add(path + ": too many items");
            }
            if (s.has("uniqueItems") && s.get("uniqueItems").asBoolean() && new HashSet<>(list(v)).size() < v.size()) {
                out.add(path + ": items not unique");
            }
            if (s.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(root, s.get("items"), v.get(i), path + "[" + i + "]", out);
                }
            }
        }
        if (v.isObject()) {
            if (s.has("required")) {
                for (JsonNode r : s.get("required")) {
                    if (!v.has(r.asText())) {
                        out.add(Checker.key(path, r.asText()) + ": required");
                    }
                }
            }
            if (s.has("maxProperties") && v.size() > s.get("maxProperties").asInt()) {
                out.add(path + ": too many properties");
            }
            JsonNode props = s.get("properties");
            v.properties().forEach(e -> {
                String p = Checker.key(path, e.getKey());
                if (props != null && props.has(e.getKey())) {
                    check(root, props.get(e.getKey()), e.getValue(), p, out);
                } else if (s.has("additionalProperties")) {
                    check(root, s.get("additionalProperties"), e.getValue(), p, out);
                }
            });
        }
        if (s.has("allOf")) {
            s.get("allOf").forEach(sub -> check(root, sub, v, path, out));
        }
        if (s.has("anyOf")) {
            boolean any = false;
            for (JsonNode sub : s.get("anyOf")) {
                any |= errors(root, sub, v).isEmpty();
            }
            if (!any) {
                out.add(path + ": matches none of anyOf");
            }
        }
        if (s.has("not") && errors(root, s.get("not"), v).isEmpty()) {
            out.add(path + ": matches a forbidden schema");
        }
        if (s.has("if")) {
            boolean holds = errors(root, s.get("if"), v).isEmpty();
            JsonNode branch = holds ? s.get("then") : s.get("else");
            if (branch != null) {
                check(root, branch, v, path, out);
            }
        }
    }

    private static List<String> errors(JsonNode root, JsonNode s, JsonNode v) {
        List<String> out = new ArrayList<>();
        check(root, s, v, "$", out);
        return out;
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "number" -> v.isNumber();
            // 2020-12: an integer is any number with a zero fractional part.
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
            case "null" -> v.isNull();
            default -> throw new AssertionError("unknown type " + type);
        };
    }

    private static boolean equalJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
