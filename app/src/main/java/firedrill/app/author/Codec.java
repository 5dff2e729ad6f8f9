package firedrill.app.author;

import java.math.BigDecimal;

/**
 * How a field's text maps to the value in the scenario record, by the record component's type.
 * Blank text means "absent" (null): optional fields disappear from the file, required ones are then
 * reported by the validator. Text that is not a value of the type is refused with what was expected,
 * and never reaches the scenario (the validator checks ranges; the codec only checks the type).
 */
public enum Codec {
    TEXT, WHOLE, LONG, NUMBER;

    /** The outcome of reading a field: a value (possibly null), or an error message. */
    public record Parsed(Object value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Codec of(Class<?> type) {
        if (type == Integer.class) {
            return WHOLE;
        }
        if (type == Long.class) {
            return LONG;
        }
        if (type == Double.class) {
            return NUMBER;
        }
        return TEXT;
    }

    public String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        return String.valueOf(value);
    }

    public Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, null);
        }
        String t = text.strip();
        try {
            switch (this) {
                case WHOLE:
                    return new Parsed(Integer.valueOf(t), null);
                case LONG:
                    return new Parsed(Long.valueOf(t), null);
                case NUMBER: {
                    double d = Double.parseDouble(t.replace('−', '-'));
                    if (!Double.isFinite(d) || t.endsWith("d") || t.endsWith("f") || t.endsWith("D") || t.endsWith("F")) {
                        return new Parsed(null, "expected a finite number such as 0.25 or 600");
                    }
                    return new Parsed(d, null);
                }
                default:
                    return new Parsed(text, null);
            }
        } catch (NumberFormatException e) {
            return new Parsed(null, this == NUMBER ? "expected a number such as 0.25 or 600"
                    : "expected a whole number such as 3, without a fraction");
        }
    }

    /** Plain decimal without exponent or trailing zeros, exactly as the canonical file writes it. */
    public static String formatNumber(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return plain.length() <= 24 ? plain : Double.toString(v);
    }
}
