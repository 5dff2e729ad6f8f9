package firedrill.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random edits of a scenario's JSON tree for the fuzz properties: delete, null, retype, duplicate,
 * rename, or nudge a number or string. A mutation picks its target by index into the tree's nodes
 * (depth-first, file order), so jqwik can generate and shrink it as three integers.
 */
final class TreeMutator {
    enum Op { DELETE, NULL, SCALAR, CONTAINER, DUPLICATE, RENAME, NUMBER, STRING }

    record Mutation(int target, Op op, int choice) {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<JsonNode> SCALARS = List.of(F.numberNode(0), F.numberNode(-1), F.numberNode(1),
            F.numberNode(0.5), F.numberNode(2.5), F.numberNode(1e9), F.numberNode(-1e9), F.numberNode(1e308),
            F.numberNode(Long.MAX_VALUE), F.numberNode(new BigInteger("123456789012345678901234567890")),
            F.textNode(""), F.textNode(" "), F.textNode("x"), F.textNode("42"), F.textNode("14:00"), F.textNode("25:00"),
            F.textNode("15:00+1"), F.textNode("PT0S"), F.textNode("PT1M"), F.textNode("P30D"), F.textNode("P31D"),
            F.textNode("pt1m"), F.textNode("all"), F.textNode("largest:1"), F.textNode("largest:0"),
            F.textNode("cluster:big-east"), F.textNode("cluster:gen-east-001"), F.textNode("cluster:gen-east-002"),
            F.textNode("cluster:gen-east-003"), F.textNode("cluster:us-east-047"), F.textNode("cluster:"),
            F.textNode("upgrade"), F.textNode("os-update"),
            F.textNode("region:east"), F.textNode("service:web"), F.textNode("web"), F.textNode("east"),
            F.textNode("big-east"), F.textNode("inject"), F.textNode("rollout"), F.textNode("service"),
            F.textNode("cluster"), F.textNode("fleet"), F.textNode("serviceAvailability"), F.textNode("\u0000\u2028"),
            F.booleanNode(true), F.booleanNode(false));
    /** Values that stay inside most validator ranges, to reach the engine with odd but legal numbers. */
    private static final double[] NUMBERS = {0, 1, 2, 0.5, 0.01, 0.99, 3, 10, 100, 600, 3600, 5000, 86400, 1e6, -1, 1e-9};

    private TreeMutator() {}

    static Arbitrary<List<Mutation>> mutations(int max, Op... ops) {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.of(ops.length == 0 ? Op.values() : ops), Arbitraries.integers().between(0, 1000))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(max);
    }

    static ObjectNode apply(ObjectNode root, List<Mutation> mutations) {
        ObjectNode copy = root.deepCopy();
        for (Mutation m : mutations) {
            apply(copy, m);
        }
        return copy;
    }

    /** A place in the tree: the container and the key or index of the child. */
    private record Slot(JsonNode parent, String key, int index) {
        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode v) {
            if (key != null) {
                ((ObjectNode) parent).set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private static void slots(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                out.add(new Slot(node, k, -1));
                slots(node.get(k), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                slots(node.get(i), out);
            }
        }
    }

    private static void apply(ObjectNode root, Mutation m) {
        List<Slot> all = new ArrayList<>();
        slots(root, all);
        if (all.isEmpty()) {
            return;
        }
        Slot s = all.get(m.target() % all.size());
        JsonNode current = s.get();
        int c = m.choice();
        switch (m.op()) {
            case DELETE:
                if (s.key != null) {
                    ((ObjectNode) s.parent).remove(s.key);
                } else {
                    ((ArrayNode) s.parent).remove(s.index);
                }
                break;
            case NULL:
                s.set(F.nullNode());
                break;
            case SCALAR:
                s.set(SCALARS.get(c % SCALARS.size()));
                break;
            case CONTAINER:
                s.set(switch (c % 4) {
                    case 0 -> F.objectNode();
                    case 1 -> F.arrayNode();
                    case 2 -> F.arrayNode().add(current.deepCopy());
                    default -> F.objectNode().set("x", current.deepCopy());
                });
                break;
            case DUPLICATE:
                if (s.key == null) {
                    ((ArrayNode) s.parent).add(current.deepCopy());
                } else if (current.isArray() && current.size() > 0) {
                    ((ArrayNode) current).add(current.get(c % current.size()).deepCopy());
                }
                break;
            case RENAME:
                if (s.key != null) {
                    ObjectNode parent = (ObjectNode) s.parent;
                    parent.remove(s.key);
                    parent.set(c % 2 == 0 ? s.key + "x" : s.key.toUpperCase(java.util.Locale.ROOT), current);
                }
                break;
            case NUMBER:
                if (current.isNumber()) {
                    double x = current.doubleValue();
                    double v = c % 3 == 0 ? x * 2 : c % 3 == 1 ? x / 2 : NUMBERS[(c / 3) % NUMBERS.length];
                    s.set(current.isIntegralNumber() && v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE
                            ? F.numberNode((int) v) : F.numberNode(v));
                }
                break;
            case STRING:
                if (current.isTextual()) {
                    String t = current.textValue();
                    s.set(F.textNode(switch (c % 6) {
                        case 0 -> "";
                        case 1 -> t + "x";
                        case 2 -> t.toUpperCase(java.util.Locale.ROOT);
                        case 3 -> t.isEmpty() ? t : t.substring(1);
                        case 4 -> " " + t;
                        default -> t + "," + t;
                    }));
                }
                break;
            default:
                throw new IllegalStateException();
        }
    }
}
