package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A scenario file, {@code firedrill/scenario@1}, exactly as written (DESIGN.md §4). Immutable. Times
 * are still strings here; {@link ScenarioValidator} checks them and {@code model.ModelSpec} resolves them.
 */
@JsonPropertyOrder({"format", "meta", "fleet", "mechanisms", "timeline", "alerts", "actions", "team",
        "realTimeline", "referencePlaybook", "discussion", "assumptions"})
public record Scenario(
        String format,
        Meta meta,
        Fleet fleet,
        Mechanisms mechanisms,
        List<TimelineEvent> timeline,
        List<AlertRule> alerts,
        List<ActionSpec> actions,
        Team team,
        List<Milestone> realTimeline,
        Playbook referencePlaybook,
        List<String> discussion,
        List<Assumption> assumptions) {

    public static final String FORMAT = "firedrill/scenario@1";

    public Scenario {
        timeline = List.copyOf(nullToEmpty(timeline));
        alerts = List.copyOf(nullToEmpty(alerts));
        actions = List.copyOf(nullToEmpty(actions));
        realTimeline = List.copyOf(nullToEmpty(realTimeline));
        discussion = List.copyOf(nullToEmpty(discussion));
        assumptions = List.copyOf(nullToEmpty(assumptions));
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public String id() {
        return meta.id();
    }

    public ActionSpec action(String actionId) {
        for (ActionSpec a : actions) {
            if (a.id().equals(actionId)) {
                return a;
            }
        }
        return null;
    }
}
