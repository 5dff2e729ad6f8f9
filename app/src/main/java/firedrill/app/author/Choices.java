package firedrill.app.author;

import firedrill.engine.action.ActionKind;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.TimelineEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Option lists for the editor's choice fields, read from the scenario being edited, and defaults for new elements. */
final class Choices {
    static final List<String> DIFFICULTIES = List.of("intro", "intermediate", "hard");
    static final List<String> EVENT_KINDS = List.of(TimelineEvent.INJECT, TimelineEvent.ROLLOUT, TimelineEvent.UPGRADE,
            TimelineEvent.OS_UPDATE);
    static final List<String> SEVERITIES = List.of("critical", "warning", "info");
    static final List<String> METRICS = List.of("apiErrorRatio", "apiLatencySeconds", "apiSaturation", "dnsFailureRatio", "workloadErrorRatio",
            "serviceAvailability");
    static final List<String> SCOPES = List.of("cluster", "fleet", "service");
    static final List<String> OPS = List.of(">", "<");
    static final List<String> FLEET_MEASURES = List.of("firstAlert", "firstClusterRecovered", "allClustersRecovered",
            "firstServiceRecovered", "allServicesRecovered");
    static final List<String> SERVICE_MEASURES = List.of("impactStart", "peak", "recoveryStart", "fullRecovery");

    private Choices() {}

    static List<String> actionKinds() {
        return java.util.Arrays.stream(ActionKind.values()).map(ActionKind::id).toList();
    }

    static List<String> regions(Scenario s) {
        return s.fleet() == null ? List.of() : s.fleet().regions().stream().filter(Objects::nonNull).toList();
    }

    static List<String> services(Scenario s) {
        return s.fleet() == null ? List.of() : s.fleet().services().stream().filter(Objects::nonNull)
                .map(Fleet.Service::id).filter(Objects::nonNull).toList();
    }

    static List<String> alertIds(Scenario s) {
        return s.alerts().stream().filter(Objects::nonNull).map(firedrill.engine.scenario.AlertRule::id)
                .filter(Objects::nonNull).toList();
    }

    static List<String> actionIds(Scenario s) {
        return s.actions().stream().filter(Objects::nonNull).map(ActionSpec::id).filter(Objects::nonNull).toList();
    }

    static List<String> sourceIds(Scenario s) {
        return s.meta() == null ? List.of() : s.meta().sources().stream().filter(Objects::nonNull)
                .map(Meta.Source::id).filter(Objects::nonNull).toList();
    }

    static List<String> measures(Scenario s) {
        List<String> out = new ArrayList<>(FLEET_MEASURES);
        for (String svc : services(s)) {
            for (String m : SERVICE_MEASURES) {
                out.add(m + ":" + svc);
            }
        }
        return out;
    }

    /** Target selectors that make sense for this fleet. */
    static List<String> selectors(Scenario s) {
        List<String> out = new ArrayList<>(List.of("all", "largest:1", "largest:3", "largest:5"));
        if (s.fleet() != null) {
            s.fleet().clusters().stream().filter(c -> c != null && c.id() != null).forEach(c -> out.add("cluster:" + c.id()));
        }
        regions(s).forEach(r -> out.add("region:" + r));
        services(s).forEach(v -> out.add("service:" + v));
        return out;
    }

    /** {@code prefix}, or {@code prefix-2}, … not among the ids already used. */
    static <T> String uniqueId(String prefix, Collection<T> items, Function<T, String> id) {
        Set<String> used = new HashSet<>();
        for (T t : items) {
            if (t != null && id.apply(t) != null) {
                used.add(id.apply(t));
            }
        }
        String candidate = prefix;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = prefix + "-" + n;
        }
        return candidate;
    }

    /** A time for a new element: after the latest of {@code times}, else ten minutes after the start. */
    static String nextTime(Scenario s, List<String> times) {
        int start = safeSeconds(s.meta() == null ? null : s.meta().start(), 9 * 3600);
        int horizon = safeSeconds(s.meta() == null ? null : s.meta().horizon(), 23 * 3600 + 59 * 60);
        int latest = -1;
        for (String t : times) {
            latest = Math.max(latest, safeSeconds(t, -1));
        }
        int at = latest < 0 ? start + 600 : latest + 300;
        return ScenarioTime.format(Math.min(Math.max(at, start), horizon));
    }

    private static int safeSeconds(String t, int fallback) {
        return ScenarioTime.isTime(t) ? ScenarioTime.secondsOfDay(t) : fallback;
    }
}
