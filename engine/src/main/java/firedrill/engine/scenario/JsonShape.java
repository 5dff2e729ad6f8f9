package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON tree against the shape of the record it will be bound to: unknown fields,
 * wrong types, nulls and non-finite numbers, all reported at once with their JSON paths and in our
 * own words. Binding only starts on a tree that passed, so Jackson's messages (which name Java
 * classes) never reach a user. Types this check does not know (enums, POJOs, {@code Object}) are left
 * to Jackson.
 */
final class JsonShape {
    private final String file;
    /**
     * Scenario and playbook files never hold null (optional fields are left out, as the schema says);
     * other files read through StrictJson (sessions) may write null for "absent", so it is left to Jackson.
     */
    private final boolean nullIsAnError;
    private final List<Problem> problems = new ArrayList<>();

    private JsonShape(String file, boolean nullIsAnError) {
        this.file = file;
        this.nullIsAnError = nullIsAnError;
    }

    static List<Problem> check(String file, JsonNode root, Type type) {
        Class<?> raw = raw(type);
        boolean formatFile = raw != null && raw.getPackageName().equals(JsonShape.class.getPackageName());
        JsonShape shape = new JsonShape(file, formatFile);
        shape.value("$", root, type);
        return shape.problems;
    }

    private void problem(String path, String message) {
        problems.add(new Problem(file, path, message));
    }

    private void value(String path, JsonNode node, Type type) {
        Class<?> raw = raw(type);
        if (raw == null || !known(raw)) {
            return;
        }
        if (node.isNull()) {
            if (!nullIsAnError && !"$".equals(path)) {
                return;
            }
            problem(path, "$".equals(path) ? "expected a JSON object, got null"
                    : "expected " + describe(raw) + ", got null (leave an optional field out instead of null)");
            return;
        }
        if ("$".equals(path) && raw.isRecord() && !node.isObject()) {
            problem(path, "expected a JSON object at the top level, got " + describe(node));
            return;
        }
        if (raw == String.class) {
            expect(path, node, node.isTextual(), raw);
        } else if (raw == Integer.class || raw == int.class) {
            wholeNumber(path, node, raw, node.canConvertToInt(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class || raw == long.class) {
            wholeNumber(path, node, raw, node.canConvertToLong(), Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Double.class || raw == double.class) {
            if (expect(path, node, node.isNumber(), raw) && !Double.isFinite(node.doubleValue())) {
                problem(path, "expected a finite number, got one too large to represent");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(path, node, node.isBoolean(), raw);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(path, node, node.isArray(), raw)) {
                Type element = typeArgument(type, 0);
                for (int i = 0; i < node.size(); i++) {
                    value(path + "[" + i + "]", node.get(i), element);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(path, node, node.isObject(), raw)) {
                Type valueType = typeArgument(type, 1);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    value(Checker.key(path, e.getKey()), e.getValue(), valueType);
                }
            }
        } else if (raw.isRecord()) {
            if (expect(path, node, node.isObject(), raw)) {
                record(path, node, raw);
            }
        }
    }

    private void record(String path, JsonNode node, Class<?> type) {
        Map<String, Type> fields = fields(type);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = Checker.key(path, e.getKey());
            Type fieldType = fields.get(e.getKey());
            if (fieldType == null) {
                String near = nearest(e.getKey(), fields.keySet());
                problem(p, "unknown field \"" + e.getKey() + "\"; expected one of " + String.join(", ", fields.keySet())
                        + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
            } else {
                value(p, e.getValue(), fieldType);
            }
        }
    }

    /** JSON names of a record's fields in declaration order (which is also the written order). */
    static Map<String, Type> fields(Class<?> record) {
        Map<String, Type> out = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            // Jackson annotations on a component land on its accessor and field, not the component itself.
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
            out.put(name, c.getGenericType());
        }
        return out;
    }

    private void wholeNumber(String path, JsonNode node, Class<?> raw, boolean fits, long min, long max) {
        if (!expect(path, node, node.isIntegralNumber(), raw)) {
            return;
        }
        if (!fits) {
            problem(path, "expected a whole number between " + min + " and " + max + ", got " + node.asText());
        }
    }

    private boolean expect(String path, JsonNode node, boolean ok, Class<?> raw) {
        if (!ok) {
            problem(path, "expected " + describe(raw) + ", got " + describe(node));
        }
        return ok;
    }

    private static boolean known(Class<?> raw) {
        return raw == String.class || raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Double.class || raw == double.class || raw == Boolean.class || raw == boolean.class
                || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isRecord();
    }

    static String describe(Class<?> raw) {
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == Double.class || raw == double.class) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "an array";
        }
        return "an object";
    }

    /** What the file holds, in words a scenario author knows. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            String s = node.textValue();
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** A known name within two edits of a misspelt one, for a "did you mean" hint. */
    static String nearest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
