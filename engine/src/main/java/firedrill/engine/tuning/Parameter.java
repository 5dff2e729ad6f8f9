package firedrill.engine.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import firedrill.engine.scenario.ScenarioTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One free dimension of a fit or a sensitivity analysis: a {@link ParamPath} and the values it
 * selects, moved together by one number {@code u} (docs/decisions/0039-fitting-parameters-by-path.md):
 * <ul>
 *   <li>{@link Kind#VALUE} — one number (or duration); {@code u} is its value;</li>
 *   <li>{@link Kind#SCALE} — several numbers; {@code u} is a common factor (1 = as written);</li>
 *   <li>{@link Kind#SHIFT} — one or more times; {@code u} is a common shift in seconds (0 = as written).</li>
 * </ul>
 * The search window is inside the schema's bounds of every selected value (times: inside the
 * scenario's start and horizon); by default it spans ¼× to 4× (times ±60 min) around the value.
 */
public final class Parameter {
    public enum Kind { VALUE, SCALE, SHIFT }

    /** Default search window: a factor of 4 either way, or an hour either way for times. */
    static final double WINDOW_FACTOR = 4;
    static final int WINDOW_SHIFT_SECONDS = 3600;
    /** The milestones are the data a fit aims at; meta and notes are no parameters. */
    private static final Set<String> NOT_PARAMETERS = Set.of("realTimeline", "meta", "format", "assumptions", "discussion");

    enum Form { NUMBER, INTEGER, DURATION, TIME }

    /** One selected value: where it is, what it was, its form and schema bounds. */
    public record Location(String path, List<Object> segments, double base, Form form, SchemaBounds.Bounds bounds) {}

    private final String expression;
    private final List<Location> locations;
    private final Kind kind;
    private final double lo;
    private final double hi;

    private Parameter(String expression, List<Location> locations, Kind kind, double lo, double hi) {
        this.expression = expression;
        this.locations = List.copyOf(locations);
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * A parameter from {@code PATH} or {@code PATH=LO..HI} (window in the parameter's unit: the value,
     * the factor, or minutes of shift for times), resolved against a scenario tree.
     */
    public static Parameter parse(String spec, JsonNode tree) {
        String pathText = spec;
        String range = null;
        int eq = spec.lastIndexOf('=');
        if (eq > 0 && spec.indexOf("..", eq) > eq && spec.lastIndexOf(']') < eq) {
            pathText = spec.substring(0, eq);
            range = spec.substring(eq + 1).strip();
        }
        Parameter p = of(ParamPath.parse(pathText), tree);
        if (range == null) {
            return p;
        }
        String[] ends = range.split("\\.\\.", -1);
        double a;
        double b;
        try {
            a = Double.parseDouble(ends[0].strip());
            b = Double.parseDouble(ends[1].strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(pathText + ": expected a range LO..HI such as 0.5..2, got \"" + range + "\"");
        }
        if (p.kind == Kind.SHIFT) {
            a *= 60;
            b *= 60;
        }
        return p.withWindow(a, b);
    }

    /** The parameter a path selects in a scenario tree; throws IllegalArgumentException naming what is wrong. */
    public static Parameter of(ParamPath path, JsonNode tree) {
        String section = path.section();
        if (section == null || NOT_PARAMETERS.contains(section)) {
            throw new IllegalArgumentException(path + ": expected a path into mechanisms, fleet, timeline, actions, alerts,"
                    + " team or referencePlaybook" + ("realTimeline".equals(section) ? " (the real milestones are the data"
                    + " a fit aims at, not a parameter)" : ""));
        }
        List<ParamPath.Selected> selected = path.select(tree);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException(path + ": selects nothing in this scenario");
        }
        List<Location> locs = new ArrayList<>();
        for (ParamPath.Selected s : selected) {
            JsonNode v = s.value();
            SchemaBounds.Bounds b = SchemaBounds.scenario().at(s.segments());
            if (v.isNumber()) {
                boolean integer = v.isIntegralNumber() || b.integer();
                locs.add(new Location(s.path(), s.segments(), v.doubleValue(), integer ? Form.INTEGER : Form.NUMBER, b));
            } else if (v.isTextual() && ScenarioTime.isTime(v.textValue())) {
                locs.add(new Location(s.path(), s.segments(), ScenarioTime.secondsOfDay(v.textValue()), Form.TIME, b));
            } else if (v.isTextual() && ScenarioTime.isDuration(v.textValue())) {
                locs.add(new Location(s.path(), s.segments(), ScenarioTime.seconds(v.textValue()), Form.DURATION,
                        new SchemaBounds.Bounds(0, 30.0 * ScenarioTime.DAY, true)));
            } else if (v.isContainerNode() && selected.size() == 1) {
                throw new IllegalArgumentException(path + ": selects " + (v.isObject() ? "an object" : "a list")
                        + " at " + s.path() + "; expected numbers or times (add .* or a field name)");
            }
        }
        if (locs.isEmpty()) {
            throw new IllegalArgumentException(path + ": selects no number, duration or time (found " + selected.get(0).path() + ")");
        }
        boolean times = locs.get(0).form() == Form.TIME;
        for (Location l : locs) {
            if ((l.form() == Form.TIME) != times) {
                throw new IllegalArgumentException(path + ": selects both times and numbers (" + locs.get(0).path() + ", "
                        + l.path() + "); give them as separate parameters");
            }
        }
        if (times) {
            int start = timeOf(tree, "start", 0);
            int horizon = timeOf(tree, "horizon", ScenarioTime.DAY - 60);
            double minBase = locs.stream().mapToDouble(Location::base).min().orElse(0);
            double maxBase = locs.stream().mapToDouble(Location::base).max().orElse(0);
            double lo = Math.max(-WINDOW_SHIFT_SECONDS, start - minBase);
            double hi = Math.min(WINDOW_SHIFT_SECONDS, horizon - maxBase);
            return new Parameter(path.toString(), locs, Kind.SHIFT, Math.min(lo, 0), Math.max(hi, 0));
        }
        if (locs.size() == 1) {
            Location l = locs.get(0);
            double base = l.base();
            double lo;
            double hi;
            if (base > 0) {
                lo = l.bounds().clamp(base / WINDOW_FACTOR);
                hi = l.bounds().clamp(base * WINDOW_FACTOR);
            } else if (Double.isFinite(l.bounds().min()) && Double.isFinite(l.bounds().max())) {
                lo = l.bounds().min();
                hi = l.bounds().max();
            } else {
                throw new IllegalArgumentException(path + ": is " + Fmt.number(base) + " and the schema gives no range;"
                        + " give one as " + path + "=LO..HI");
            }
            return new Parameter(path.toString(), locs, Kind.VALUE, lo, hi);
        }
        double lo = 1 / WINDOW_FACTOR;
        double hi = WINDOW_FACTOR;
        for (Location l : locs) {
            if (l.base() > 0) {
                lo = Math.max(lo, l.bounds().min() / l.base());
                hi = Math.min(hi, l.bounds().max() / l.base());
            } else if (l.base() < 0) {
                lo = Math.max(lo, l.bounds().max() / l.base());
                hi = Math.min(hi, l.bounds().min() / l.base());
            }
        }
        if (lo > 1 || hi < 1) {
            throw new IllegalArgumentException(path + ": some selected value is outside its schema range already");
        }
        return new Parameter(path.toString(), locs, Kind.SCALE, lo, hi);
    }

    /** Every number and duration under {@code $.mechanisms}, one parameter each (the sensitivity default). */
    public static List<Parameter> mechanisms(JsonNode tree) {
        List<Parameter> out = new ArrayList<>();
        JsonNode m = tree.get("mechanisms");
        if (m != null) {
            leaves(m, new ArrayList<>(List.of("mechanisms")), tree, out);
        }
        return out;
    }

    private static void leaves(JsonNode node, List<Object> at, JsonNode tree, List<Parameter> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                at.add(e.getKey());
                leaves(e.getValue(), at, tree, out);
                at.remove(at.size() - 1);
            }
        } else if (node.isNumber() || (node.isTextual() && ScenarioTime.isDuration(node.textValue()))) {
            out.add(of(ParamPath.parse(ParamPath.format(at)), tree));
        }
    }

    private static int timeOf(JsonNode tree, String field, int fallback) {
        JsonNode meta = tree.get("meta");
        JsonNode t = meta == null ? null : meta.get(field);
        return t != null && t.isTextual() && ScenarioTime.isTime(t.textValue()) ? ScenarioTime.secondsOfDay(t.textValue()) : fallback;
    }

    /** The same parameter with another search window, clipped to the values' bounds. */
    public Parameter withWindow(double a, double b) {
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException(expression + ": expected a range LO..HI with LO < HI, got "
                    + Fmt.number(a) + ".." + Fmt.number(b));
        }
        double l = a;
        double h = b;
        if (kind == Kind.VALUE) {
            l = locations.get(0).bounds().clamp(a);
            h = locations.get(0).bounds().clamp(b);
        }
        if (!(l < h)) {
            throw new IllegalArgumentException(expression + ": the range " + Fmt.number(a) + ".." + Fmt.number(b)
                    + " is outside the schema's bounds");
        }
        return new Parameter(expression, locations, kind, l, h);
    }

    /** {@code u} as written in the scenario: the value, factor 1, or shift 0. */
    public double base() {
        return kind == Kind.VALUE ? locations.get(0).base() : kind == Kind.SCALE ? 1 : 0;
    }

    /** The value at one location for {@code u}, rounded and clamped to what the field can hold. */
    double valueAt(Location l, double u) {
        double v;
        switch (kind) {
            case VALUE:
                v = u;
                break;
            case SCALE:
                v = l.base() * u;
                break;
            default:
                v = l.base() + u;
                break;
        }
        v = l.form() == Form.NUMBER ? Fmt.round6(v) : Math.round(v);
        return l.form() == Form.TIME ? v : l.bounds().clamp(v);
    }

    /** {@code u} as it ends up in the file (a value rounded as written, a shift in whole seconds); a factor stays as is. */
    public double snap(double u) {
        return kind == Kind.VALUE ? valueAt(locations.get(0), u) : kind == Kind.SHIFT ? Math.round(u) : u;
    }

    /** Writes the values for {@code u} into a (mutable copy of a) scenario tree. */
    public void apply(ObjectNode tree, double u) {
        for (Location l : locations) {
            double v = valueAt(l, u);
            JsonNode node;
            switch (l.form()) {
                case INTEGER:
                    node = v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf((long) v);
                    break;
                case DURATION:
                    node = TextNode.valueOf(Fmt.duration((int) v));
                    break;
                case TIME:
                    node = TextNode.valueOf(Fmt.time((int) v));
                    break;
                default:
                    node = DoubleNode.valueOf(v);
                    break;
            }
            set(tree, l.segments(), node);
        }
    }

    private static void set(ObjectNode tree, List<Object> segments, JsonNode value) {
        JsonNode parent = tree;
        for (int i = 0; i < segments.size() - 1; i++) {
            Object s = segments.get(i);
            parent = s instanceof Integer idx ? parent.get(idx) : parent.get((String) s);
        }
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer idx) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(idx, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /** A readable value for {@code u}: "960", "×1.25", "+4 min" (with the time for a single step). */
    public String describe(double u) {
        switch (kind) {
            case VALUE: {
                Location l = locations.get(0);
                double v = valueAt(l, u);
                return l.form() == Form.DURATION ? Fmt.duration((int) v) : Fmt.number(v);
            }
            case SCALE:
                return "×" + Fmt.number(Math.round(u * 1000) / 1000.0);
            default: {
                long s = Math.round(u);
                String shift = (s < 0 ? "−" : "+") + Fmt.minutes(Math.abs(s));
                return locations.size() == 1 ? Fmt.time((int) valueAt(locations.get(0), u)) + " (" + shift + ")" : shift;
            }
        }
    }

    /** Maps a point of the unit interval onto the window (log scale for wide positive windows). */
    double fromUnit(double z) {
        double c = Math.max(0, Math.min(1, z));
        if (logScale()) {
            return Math.exp(Math.log(lo) + c * (Math.log(hi) - Math.log(lo)));
        }
        return lo + c * (hi - lo);
    }

    double toUnit(double u) {
        double c = Math.max(lo, Math.min(hi, u));
        if (logScale()) {
            return (Math.log(c) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        }
        return (c - lo) / (hi - lo);
    }

    private boolean logScale() {
        return lo > 0 && hi / lo >= 4;
    }

    public String expression() {
        return expression;
    }

    public List<Location> locations() {
        return locations;
    }

    public Kind kind() {
        return kind;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    /** "the value", "factor on 12 values", "shift of 12 times". */
    public String unit() {
        switch (kind) {
            case VALUE:
                return "value";
            case SCALE:
                return "factor on " + locations.size() + " values";
            default:
                return locations.size() == 1 ? "time" : "shift of " + locations.size() + " times";
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, %s..%s)", expression, unit(), describe(lo), describe(hi));
    }
}
