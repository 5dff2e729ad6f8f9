package firedrill.app.author;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON paths as the validator writes them ({@code $.fleet.clusters[2].nodes}, {@code $.x['odd key']}):
 * parsing into segments, building child paths, and prefix tests. The editor binds every control to
 * such a path, so a problem's path leads straight to its field (docs/decisions/0009-scenario-editor.md).
 */
public final class JsonPath {
    /** A field or map key ({@code name}) or a list index ({@code index ≥ 0}). */
    public record Segment(String name, int index) {
        public boolean isIndex() {
            return name == null;
        }

        static Segment key(String name) {
            return new Segment(name, -1);
        }

        static Segment at(int index) {
            return new Segment(null, index);
        }
    }

    public static final String ROOT = "$";
    /** Same rule as the engine's Checker: plain names are written {@code .name}, others {@code ['name']}. */
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private JsonPath() {}

    public static List<Segment> parse(String path) {
        if (path == null || !path.startsWith(ROOT)) {
            throw new IllegalArgumentException("expected a JSON path starting with $, got " + path);
        }
        List<Segment> out = new ArrayList<>();
        int i = 1;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
                    j++;
                }
                out.add(Segment.key(path.substring(i + 1, j)));
                i = j;
            } else if (c == '[' && i + 1 < n && path.charAt(i + 1) == '\'') {
                StringBuilder sb = new StringBuilder();
                int j = i + 2;
                while (j < n && path.charAt(j) != '\'') {
                    if (path.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    sb.append(path.charAt(j));
                    j++;
                }
                if (j + 1 >= n || path.charAt(j + 1) != ']') {
                    throw new IllegalArgumentException("unterminated key in " + path);
                }
                out.add(Segment.key(sb.toString()));
                i = j + 2;
            } else if (c == '[') {
                int j = path.indexOf(']', i);
                if (j < 0) {
                    throw new IllegalArgumentException("unterminated index in " + path);
                }
                out.add(Segment.at(Integer.parseInt(path.substring(i + 1, j))));
                i = j + 1;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i + " in " + path);
            }
        }
        return out;
    }

    public static String format(List<Segment> segments) {
        StringBuilder sb = new StringBuilder(ROOT);
        for (Segment s : segments) {
            sb.append(s.isIndex() ? "[" + s.index() + "]" : keyPart(s.name()));
        }
        return sb.toString();
    }

    /** {@code base.name} or {@code base['na me']}. */
    public static String child(String base, String name) {
        return base + keyPart(name);
    }

    public static String index(String base, int i) {
        return base + "[" + i + "]";
    }

    /**
     * Joins a base path and a relative one: {@code join("$.meta", "sources[0].id")} is
     * {@code $.meta.sources[0].id}; a relative path starting with {@code [} is appended as is.
     */
    public static String join(String base, String relative) {
        if (relative == null || relative.isEmpty()) {
            return base;
        }
        return relative.startsWith("[") || relative.startsWith(".") ? base + relative : base + "." + relative;
    }

    private static String keyPart(String name) {
        if (SIMPLE_KEY.matcher(name).matches()) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Whether {@code prefix} is {@code path} or one of its ancestors (segment-wise, not character-wise). */
    public static boolean isPrefix(String prefix, String path) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length()) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[';
    }

    /** The path without its last segment ({@code $} stays {@code $}). */
    public static String parent(String path) {
        List<Segment> s = parse(path);
        return s.isEmpty() ? ROOT : format(s.subList(0, s.size() - 1));
    }

    /** The first field name under {@code $}, e.g. {@code fleet} for {@code $.fleet.clusters[0]}; "" for {@code $}. */
    public static String section(String path) {
        List<Segment> s = parse(path);
        return s.isEmpty() || s.get(0).isIndex() ? "" : s.get(0).name();
    }
}
