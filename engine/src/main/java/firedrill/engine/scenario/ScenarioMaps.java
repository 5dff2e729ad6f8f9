package firedrill.engine.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections in scenario records: maps keep their file order (Jackson reads into a LinkedHashMap),
 * and both are unmodifiable copies that tolerate null entries, so a half-written scenario in the
 * editor can be held and validated (the validator reports the nulls) instead of failing on
 * construction as {@code List.copyOf} would.
 */
final class ScenarioMaps {
    private ScenarioMaps() {}

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
