package firedrill.app.author;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and rewrites immutable scenario records by JSON path. {@link #with} returns a new root in
 * which only the records on the path are rebuilt (through their canonical constructors); the other
 * records are shared (a record's constructor copies its lists, so list objects are new, not their elements). JSON names are the
 * records' names except where {@code @JsonProperty} renames them ({@code for}, {@code default}).
 */
public final class ScenarioLens {
    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

    private ScenarioLens() {}

    /** The value at a path, or null when it (or anything on the way) is absent. */
    public static Object get(Object root, String path) {
        Object cur = root;
        for (JsonPath.Segment seg : JsonPath.parse(path)) {
            cur = step(cur, seg);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /** A copy of {@code root} with the value at {@code path} replaced (null removes a map entry or clears a field). */
    @SuppressWarnings("unchecked")
    public static <T> T with(T root, String path, Object value) {
        if (root == null) {
            throw new IllegalArgumentException("no root to edit");
        }
        return (T) with(root, root.getClass(), JsonPath.parse(path), 0, value);
    }

    /** The declared Java type at a path, starting from a root class (e.g. Integer for a cluster's nodes). */
    public static Type typeAt(Class<?> rootType, String path) {
        Type cur = rootType;
        for (JsonPath.Segment seg : JsonPath.parse(path)) {
            cur = childType(cur, seg);
        }
        return cur;
    }

    public static Class<?> rawType(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Object step(Object cur, JsonPath.Segment seg) {
        if (seg.isIndex()) {
            if (cur instanceof List<?> l) {
                return seg.index() < l.size() ? l.get(seg.index()) : null;
            }
            return null;
        }
        if (cur instanceof Map<?, ?> m) {
            return m.get(seg.name());
        }
        if (cur instanceof Record r) {
            RecordComponent rc = component(r.getClass(), seg.name());
            return rc == null ? null : read(rc, r);
        }
        return null;
    }

    private static Object with(Object cur, Type type, List<JsonPath.Segment> segs, int k, Object value) {
        if (k == segs.size()) {
            return value;
        }
        JsonPath.Segment seg = segs.get(k);
        Type childType = childType(type, seg);
        if (seg.isIndex()) {
            List<?> list = cur == null ? List.of() : (List<?>) cur;
            if (seg.index() >= list.size()) {
                throw new IllegalArgumentException("no element " + seg.index() + " in a list of " + list.size()
                        + " at " + JsonPath.format(segs));
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(seg.index(), with(list.get(seg.index()), childType, segs, k + 1, value));
            return Collections.unmodifiableList(copy);
        }
        Class<?> raw = rawType(type);
        if (Map.class.isAssignableFrom(raw)) {
            Map<?, ?> map = cur == null ? Map.of() : (Map<?, ?>) cur;
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((a, b) -> copy.put((String) a, b));
            Object child = with(map.get(seg.name()), childType, segs, k + 1, value);
            if (child == null) {
                copy.remove(seg.name());
            } else {
                copy.put(seg.name(), child);
            }
            return Collections.unmodifiableMap(copy);
        }
        if (!raw.isRecord()) {
            throw new IllegalArgumentException("cannot go into " + raw.getSimpleName() + " at " + JsonPath.format(segs.subList(0, k + 1)));
        }
        Record rec = cur == null ? empty(raw) : (Record) cur;
        RecordComponent rc = component(raw, seg.name());
        Object child = with(read(rc, rec), childType, segs, k + 1, value);
        return replace(rec, rc, child);
    }

    private static Type childType(Type type, JsonPath.Segment seg) {
        Class<?> raw = rawType(type);
        if (seg.isIndex()) {
            if (!List.class.isAssignableFrom(raw)) {
                throw new IllegalArgumentException("not a list: " + raw.getSimpleName());
            }
            return typeArg(type, 0);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return typeArg(type, 1);
        }
        RecordComponent rc = raw.isRecord() ? component(raw, seg.name()) : null;
        if (rc == null) {
            throw new IllegalArgumentException("no field \"" + seg.name() + "\" in " + raw.getSimpleName());
        }
        return rc.getGenericType();
    }

    private static Type typeArg(Type t, int i) {
        return t instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
    }

    /** The record component with this JSON name, or null. */
    static RecordComponent component(Class<?> type, String jsonName) {
        return COMPONENTS.computeIfAbsent(type, ScenarioLens::components).get(jsonName);
    }

    private static Map<String, RecordComponent> components(Class<?> type) {
        Map<String, RecordComponent> out = new LinkedHashMap<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
            out.put(p != null && !p.value().isEmpty() ? p.value() : rc.getName(), rc);
        }
        return out;
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }

    /** A record of this type with every component null (lists and maps normalise to empty). */
    static Record empty(Class<?> type) {
        RecordComponent[] rcs = type.getRecordComponents();
        return construct(type, new Object[rcs.length]);
    }

    private static Record replace(Record rec, RecordComponent target, Object value) {
        RecordComponent[] rcs = rec.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            args[i] = rcs[i].getName().equals(target.getName()) ? value : read(rcs[i], rec);
        }
        return construct(rec.getClass(), args);
    }

    private static Record construct(Class<?> type, Object[] args) {
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return (Record) c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot build " + type.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
