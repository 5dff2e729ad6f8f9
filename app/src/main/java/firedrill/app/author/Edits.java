package firedrill.app.author;

import firedrill.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The editor's command objects and the factory that builds the right one for an edit. Every command
 * is a value: it holds what it changes (before and after), never a reference to the document.
 */
public final class Edits {
    private Edits() {}

    /**
     * Replaces the value at {@code target}; {@code before} and {@code after} may be null (absent).
     * {@code path} is the field the author edited (the target itself, or a value inside it).
     */
    public record SetValue(String target, Object before, Object after, String description, String path)
            implements EditCommand {
        @Override
        public Scenario apply(Scenario s) {
            return ScenarioLens.with(s, target, after);
        }

        @Override
        public Scenario revert(Scenario s) {
            return ScenarioLens.with(s, target, before);
        }
    }

    /** Inserts an element into the list at {@code listPath}. */
    public record Insert(String listPath, int index, Object element, String description) implements EditCommand {
        @Override
        public Scenario apply(Scenario s) {
            List<Object> l = list(s, listPath);
            l.add(index, element);
            return ScenarioLens.with(s, listPath, Collections.unmodifiableList(l));
        }

        @Override
        public Scenario revert(Scenario s) {
            List<Object> l = list(s, listPath);
            l.remove(index);
            return ScenarioLens.with(s, listPath, Collections.unmodifiableList(l));
        }

        @Override
        public String path() {
            return JsonPath.index(listPath, index);
        }
    }

    /** Removes the element at {@code index} (which was {@code element}) from the list at {@code listPath}. */
    public record Remove(String listPath, int index, Object element, String description) implements EditCommand {
        @Override
        public Scenario apply(Scenario s) {
            List<Object> l = list(s, listPath);
            l.remove(index);
            return ScenarioLens.with(s, listPath, Collections.unmodifiableList(l));
        }

        @Override
        public Scenario revert(Scenario s) {
            List<Object> l = list(s, listPath);
            l.add(index, element);
            return ScenarioLens.with(s, listPath, Collections.unmodifiableList(l));
        }

        @Override
        public String path() {
            return listPath;
        }
    }

    /** Moves an element within the list at {@code listPath}. */
    public record Move(String listPath, int from, int to, String description) implements EditCommand {
        @Override
        public Scenario apply(Scenario s) {
            return move(s, from, to);
        }

        @Override
        public Scenario revert(Scenario s) {
            return move(s, to, from);
        }

        private Scenario move(Scenario s, int a, int b) {
            List<Object> l = list(s, listPath);
            l.add(b, l.remove(a));
            return ScenarioLens.with(s, listPath, Collections.unmodifiableList(l));
        }

        @Override
        public String path() {
            return JsonPath.index(listPath, to);
        }
    }

    /** Several commands as one undo step, applied in order and reverted in reverse order. */
    public record Composite(String description, List<EditCommand> parts, String focusPath) implements EditCommand {
        public Composite {
            parts = List.copyOf(parts);
        }

        @Override
        public Scenario apply(Scenario s) {
            Scenario cur = s;
            for (EditCommand c : parts) {
                cur = c.apply(cur);
            }
            return cur;
        }

        @Override
        public Scenario revert(Scenario s) {
            Scenario cur = s;
            for (int i = parts.size() - 1; i >= 0; i--) {
                cur = parts.get(i).revert(cur);
            }
            return cur;
        }

        @Override
        public String path() {
            return focusPath;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Scenario s, String listPath) {
        Object v = ScenarioLens.get(s, listPath);
        return v == null ? new ArrayList<>() : new ArrayList<>((List<Object>) v);
    }

    /**
     * The command that sets {@code path} to {@code value} in {@code s}, or null when nothing changes.
     * Adding or removing a map entry replaces the whole map, and setting a value under an absent
     * record replaces that record, so that reverting restores exactly what was there (entry order
     * included).
     */
    public static EditCommand set(Scenario s, String path, Object value) {
        Object before = ScenarioLens.get(s, path);
        if (Objects.equals(before, value)) {
            return null;
        }
        String description = "Set " + shortPath(path) + (value == null ? " to nothing" : " to " + preview(value));
        List<JsonPath.Segment> segs = JsonPath.parse(path);
        // An absent ancestor is created by the edit: the command replaces that ancestor as a whole.
        for (int k = 1; k < segs.size(); k++) {
            String prefix = JsonPath.format(segs.subList(0, k));
            if (ScenarioLens.get(s, prefix) == null
                    && !java.util.Map.class.isAssignableFrom(ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, prefix)))) {
                Scenario after = ScenarioLens.with(s, path, value);
                return new SetValue(prefix, null, ScenarioLens.get(after, prefix), description, path);
            }
        }
        String parent = JsonPath.parent(path);
        boolean mapEntry = !segs.isEmpty() && !segs.get(segs.size() - 1).isIndex() && java.util.Map.class.isAssignableFrom(
                ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, parent)));
        if (mapEntry && (before == null || value == null)) {
            Scenario after = ScenarioLens.with(s, path, value);
            return new SetValue(parent, ScenarioLens.get(s, parent), ScenarioLens.get(after, parent), description, path);
        }
        return new SetValue(path, before, value, description, path);
    }

    /** "fleet.clusters[0].nodes" for "$.fleet.clusters[0].nodes". */
    static String shortPath(String path) {
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    static String preview(Object v) {
        String t = v instanceof Double d ? firedrill.app.author.Codec.formatNumber(d)
                : v instanceof String str ? "\"" + str + "\"" : v instanceof Record || v instanceof java.util.Collection<?>
                || v instanceof java.util.Map<?, ?> ? "a new value" : String.valueOf(v);
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }
}
