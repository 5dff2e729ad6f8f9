package firedrill.engine.report;

/**
 * The one HTML escaper of reports. Every piece of text that comes from a scenario, a command or a
 * note goes through {@link #escape} before it reaches the page, in element content and in quoted
 * attribute values alike, so such text can never open a tag, close an attribute or start a script.
 */
public final class Html {
    private Html() {}

    /**
     * {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as entities; control characters other
     * than tab, line feed and carriage return (which HTML forbids) dropped; null as the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        break;
                    }
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
