package firedrill.engine.scenario;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The canonical text of a scenario or playbook file, so that files written by the editor diff
 * cleanly and {@code write(read(file))} is the identity on canonical files. It is the layout of
 * {@code jq .} and Python's {@code json.dumps(indent=2, ensure_ascii=False)}, so authors can produce
 * it with common tools:
 * <ul>
 * <li>every array element and object entry on its own line, two-space indent, {@code "key": value};</li>
 * <li>empty arrays and objects as {@code []} and {@code {}}; non-ASCII text unescaped; final newline;</li>
 * <li>numbers in plain decimal without a trailing {@code .0} ({@code 600}, {@code 0.0004}), because
 *     the records hold doubles and cannot remember whether the file said {@code 1} or {@code 1.0};</li>
 * <li>absent optional fields and empty maps are left out; lists are always written.</li>
 * </ul>
 * Key order is the records' {@code @JsonPropertyOrder}; map entries keep file order.
 */
final class CanonicalJson {
    private static final String INDENT = "  ";

    private CanonicalJson() {}

    static String write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        value(root, "", out);
        return out.append('\n').toString();
    }

    private static void value(JsonNode node, String indent, StringBuilder out) {
        if (node.isArray() && !node.isEmpty()) {
            String inner = indent + INDENT;
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                value(node.get(i), inner, out);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isObject() && !node.isEmpty()) {
            String inner = indent + INDENT;
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(inner).append(string(e.getKey())).append(": ");
                value(e.getValue(), inner, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            out.append("[]");
        } else if (node.isObject()) {
            out.append("{}");
        } else if (node.isTextual()) {
            out.append(string(node.textValue()));
        } else if (node.isFloatingPointNumber()) {
            out.append(number(node.doubleValue()));
        } else {
            out.append(node.toString());
        }
    }

    /** Shortest decimal that reads back as the same double, without exponent or trailing zeros. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("non-finite numbers have no JSON form");
        }
        if (v == 0) {
            return "0";
        }
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return plain.length() <= 24 ? plain : Double.toString(v);
    }

    private static String string(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
