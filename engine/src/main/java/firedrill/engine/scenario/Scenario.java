package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A scenario file, {@code firedrill/scenario@1}, exactly as written (docs/scenario-format.md). Immutable. Times
 * are still strings here; {@link ScenarioValidator} checks them and {@code model.ModelSpec} resolves them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
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
        timeline = ScenarioMaps.list(timeline);
        alerts = ScenarioMaps.list(alerts);
        actions = ScenarioMaps.list(actions);
        realTimeline = ScenarioMaps.list(realTimeline);
        discussion = ScenarioMaps.list(discussion);
        assumptions = ScenarioMaps.list(assumptions);
    }

    /** The scenario id, or null while meta is missing (only an invalid scenario lacks it). */
    public String id() {
        return meta == null ? null : meta.id();
    }

    public ActionSpec action(String actionId) {
        for (ActionSpec a : actions) {
            if (a != null && actionId != null && actionId.equals(a.id())) {
                return a;
            }
        }
        return null;
    }
}
