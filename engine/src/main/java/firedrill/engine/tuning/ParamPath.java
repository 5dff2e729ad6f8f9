package firedrill.engine.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A path expression over a scenario's JSON tree that selects one or more numbers or times, so that
 * fitting and sensitivity address any parameter generically, including ones added after this code
 * was written. Syntax (the leading {@code $.} is optional):
 * <ul>
 *   <li>{@code .name} or {@code ['odd key']} — a field or map key; {@code .*} — every field;</li>
 *   <li>{@code [3]} — one list element; {@code [*]} — every element;</li>
 *   <li>{@code [?field=value]} — the elements whose {@code field} is the text {@code value}
 *       (e.g. {@code referencePlaybook.actions[?action=unblock-admin-api].at}).</li>
 * </ul>
 * Selection yields concrete paths as the validator writes them ({@code $.referencePlaybook.actions[14].at}).
 */
public final class ParamPath {
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Longest expression accepted: paths come from command lines and files. */
    static final int MAX_LENGTH = 500;

    /** One step of an expression. */
    sealed interface Step permits Key, Index, AnyKey, AnyIndex, Filter {}

    record Key(String name) implements Step {}

    record Index(int index) implements Step {}

    record AnyKey() implements Step {}

    record AnyIndex() implements Step {}

    record Filter(String field, String value) implements Step {}

    /** A selected value: its concrete path, the path's segments (String keys, Integer indices) and the node. */
    public record Selected(String path, List<Object> segments, JsonNode value) {}

    private final String text;
    private final List<Step> steps;

    private ParamPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** Parses an expression; throws IllegalArgumentException saying what was expected where. */
    public static ParamPath parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("expected a parameter path such as mechanisms.dns.graceSeconds, got nothing");
        }
        String e = expression.strip();
        if (e.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("expected a parameter path of at most " + MAX_LENGTH + " characters");
        }
        if (e.startsWith("$")) {
            e = e.substring(1);
        } else if (!e.startsWith(".") && !e.startsWith("[")) {
            e = "." + e;
        }
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = e.length();
        while (i < n) {
            char c = e.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < n && e.charAt(j) != '.' && e.charAt(j) != '[') {
                    j++;
                }
                String name = e.substring(i + 1, j);
                if (name.isEmpty()) {
                    throw bad(expression, i, "a field name after '.'");
                }
                steps.add(name.equals("*") ? new AnyKey() : new Key(name));
                i = j;
            } else if (c == '[') {
                int j = e.indexOf(']', i);
                if (e.startsWith("['", i)) {
                    j = e.indexOf("']", i + 2);
                    if (j < 0) {
                        throw bad(expression, i, "a quoted key closed by ']");
                    }
                    steps.add(new Key(e.substring(i + 2, j)));
                    i = j + 2;
                    continue;
                }
                if (j < 0) {
                    throw bad(expression, i, "']'");
                }
                String inner = e.substring(i + 1, j);
                if (inner.equals("*")) {
                    steps.add(new AnyIndex());
                } else if (inner.startsWith("?")) {
                    int eq = inner.indexOf('=');
                    if (eq < 2 || eq == inner.length() - 1) {
                        throw bad(expression, i, "a filter [?field=value]");
                    }
                    steps.add(new Filter(inner.substring(1, eq).strip(), inner.substring(eq + 1).strip()));
                } else {
                    try {
                        int idx = Integer.parseInt(inner);
                        if (idx < 0) {
                            throw new NumberFormatException();
                        }
                        steps.add(new Index(idx));
                    } catch (NumberFormatException ex) {
                        throw bad(expression, i, "an index [0], [*] or a filter [?field=value]");
                    }
                }
                i = j + 1;
            } else {
                throw bad(expression, i, "'.' or '['");
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("expected a parameter path below $, got \"" + expression + "\"");
        }
        return new ParamPath(canonical(steps), List.copyOf(steps));
    }

    private static IllegalArgumentException bad(String expression, int at, String what) {
        return new IllegalArgumentException("parameter path \"" + expression + "\": expected " + what + " at character " + (at + 1));
    }

    /** Every value the expression reaches in {@code root}, in document order (objects, arrays and numbers alike). */
    public List<Selected> select(JsonNode root) {
        List<Selected> out = new ArrayList<>();
        walk(root, 0, new ArrayList<>(), out);
        return out;
    }

    private void walk(JsonNode node, int step, List<Object> at, List<Selected> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (step == steps.size()) {
            List<Object> segs = List.copyOf(at);
            out.add(new Selected(format(segs), segs, node));
            return;
        }
        Step s = steps.get(step);
        if (s instanceof Key k) {
            if (node.isObject()) {
                at.add(k.name());
                walk(node.get(k.name()), step + 1, at, out);
                at.remove(at.size() - 1);
            }
        } else if (s instanceof Index ix) {
            if (node.isArray() && ix.index() < node.size()) {
                at.add(ix.index());
                walk(node.get(ix.index()), step + 1, at, out);
                at.remove(at.size() - 1);
            }
        } else if (s instanceof AnyKey) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    at.add(e.getKey());
                    walk(e.getValue(), step + 1, at, out);
                    at.remove(at.size() - 1);
                }
            } else if (node.isArray()) {
                eachElement(node, step, at, out, null);
            }
        } else if (s instanceof AnyIndex) {
            if (node.isArray()) {
                eachElement(node, step, at, out, null);
            }
        } else if (s instanceof Filter f) {
            if (node.isArray()) {
                eachElement(node, step, at, out, f);
            }
        }
    }

    private void eachElement(JsonNode array, int step, List<Object> at, List<Selected> out, Filter filter) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode el = array.get(i);
            if (filter != null) {
                JsonNode v = el.isObject() ? el.get(filter.field()) : null;
                if (v == null || !v.isValueNode() || !filter.value().equals(v.asText())) {
                    continue;
                }
            }
            at.add(i);
            walk(el, step + 1, at, out);
            at.remove(at.size() - 1);
        }
    }

    /** The first field name ({@code mechanisms}, {@code referencePlaybook}), or null when the path starts with a wildcard. */
    public String section() {
        return steps.get(0) instanceof Key k ? k.name() : null;
    }

    /** A concrete path as the validator writes it: {@code $.a.b[2]['odd key']}. */
    public static String format(List<Object> segments) {
        StringBuilder sb = new StringBuilder("$");
        for (Object o : segments) {
            if (o instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(key((String) o));
            }
        }
        return sb.toString();
    }

    private static String key(String name) {
        return SIMPLE_KEY.matcher(name).matches() ? "." + name : "['" + name + "']";
    }

    private static String canonical(List<Step> steps) {
        StringBuilder sb = new StringBuilder("$");
        for (Step s : steps) {
            if (s instanceof Key k) {
                sb.append(key(k.name()));
            } else if (s instanceof Index i) {
                sb.append('[').append(i.index()).append(']');
            } else if (s instanceof AnyKey) {
                sb.append(".*");
            } else if (s instanceof AnyIndex) {
                sb.append("[*]");
            } else if (s instanceof Filter f) {
                sb.append("[?").append(f.field()).append('=').append(f.value()).append(']');
            }
        }
        return sb.toString();
    }

    /** The expression in canonical form, starting with {@code $}. */
    @Override
    public String toString() {
        return text;
    }
}
