package firedrill.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code format} tag every Firedrill file starts with, {@code firedrill/KIND@N}. A file of a kind
 * this version reads, but of a higher N, was made by a newer Firedrill: it is refused with exactly
 * that message before its fields are checked, rather than with the unknown fields the newer format
 * added.
 */
public final class FormatTag {
    private static final Pattern TAG = Pattern.compile("firedrill/([a-z][a-z0-9-]{0,40})@(\\d{1,9})");

    private FormatTag() {}

    /**
     * The problem when {@code tree}'s {@code $.format} is {@code supported}'s kind at a higher version;
     * null otherwise (same version, another kind, or no tag: the ordinary checks report those).
     */
    public static Problem newer(String file, JsonNode tree, String supported) {
        Matcher want = TAG.matcher(supported);
        JsonNode format = tree == null ? null : tree.get("format");
        if (!want.matches() || format == null || !format.isTextual()) {
            return null;
        }
        Matcher got = TAG.matcher(format.asText());
        if (!got.matches() || !got.group(1).equals(want.group(1))
                || Long.parseLong(got.group(2)) <= Long.parseLong(want.group(2))) {
            return null;
        }
        String kind = got.group(1);
        return new Problem(file, "$.format", "made by a newer Firedrill (" + kind + "@" + got.group(2)
                + "); this version reads " + kind + "@" + want.group(2) + " (expected \"" + supported + "\")");
    }
}
