package firedrill.engine.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps in a scenario keep their file order (Jackson reads into a LinkedHashMap) and are unmodifiable. */
final class ScenarioMaps {
    private ScenarioMaps() {}

    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
