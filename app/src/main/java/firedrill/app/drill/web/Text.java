package firedrill.app.drill.web;

/** Untrusted text from a browser, bounded and cleaned (control characters out, whitespace folded). */
final class Text {
    static final int NAME = 40;
    static final int LINE = 500;
    static final int POST = 1000;

    private Text() {}

    /** The text trimmed, controls replaced by spaces, cut to {@code max} characters; null stays null. */
    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        s.codePoints().forEach(cp -> {
            if (b.length() < max * 2) {
                b.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp);
            }
        });
        String t = b.toString().replaceAll("\\s+", " ").trim();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
