package firedrill.app.author;

import java.util.ArrayList;
import java.util.List;

/**
 * Which control edits which JSON path. Sections register the path prefix they own (a form at
 * {@code $.meta}, a list editor at {@code $.fleet.clusters}, …) with a target that can focus the
 * control for any path under it; a problem's path is resolved to the longest registered prefix. This
 * is how clicking "$.fleet.clusters[0].nodes: expected …" lands in the nodes field of the first cluster.
 */
public final class FieldRegistry {
    /** Focuses the control for an absolute path under its prefix; returns the focused node or null. */
    @FunctionalInterface
    public interface Target {
        javafx.scene.Node focus(String path);
    }

    /** One registration. */
    public record Entry(String prefix, Section section, Target target) {}

    private final List<Entry> entries = new ArrayList<>();

    public void add(String prefix, Section section, Target target) {
        entries.add(new Entry(prefix, section, target));
    }

    /** The registration with the longest prefix of {@code path}, or null when none owns it. */
    public Entry resolve(String path) {
        Entry best = null;
        for (Entry e : entries) {
            if (JsonPath.isPrefix(e.prefix(), path) && (best == null || e.prefix().length() > best.prefix().length())) {
                best = e;
            }
        }
        return best;
    }

    /** Where a path leads: its registration's section, or the section of its first field. */
    public Section sectionOf(String path) {
        Entry e = resolve(path);
        return e == null ? Section.of(path) : e.section();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
