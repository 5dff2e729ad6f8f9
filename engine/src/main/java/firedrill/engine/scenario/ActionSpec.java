package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * An action the scenario offers. {@code kind} names the engine effect (see
 * {@code action.ActionKind}); {@code duration} is hands-on time for one target, plus
 * {@code perExtraTarget} for each further cluster. Actions that go through the Kubernetes API
 * ({@code needsApi}) progress only as fast as the API answers and fail after {@code timeout}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "title", "description", "needsApi", "duration", "perExtraTarget", "timeout",
        "defaultTarget", "params", "steps", "lesson"})
public record ActionSpec(
        String id,
        String kind,
        String title,
        String description,
        Boolean needsApi,
        String duration,
        String perExtraTarget,
        String timeout,
        String defaultTarget,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Param> params,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.List<Step> steps,
        String lesson) {

    public ActionSpec {
        params = params == null ? Map.of() : ScenarioMaps.ordered(params);
        steps = ScenarioMaps.list(steps);
    }

    /** An action without steps (all but multi-step recoveries). */
    public ActionSpec(String id, String kind, String title, String description, Boolean needsApi, String duration,
                      String perExtraTarget, String timeout, String defaultTarget, Map<String, Param> params,
                      String lesson) {
        this(id, kind, title, description, needsApi, duration, perExtraTarget, timeout, defaultTarget, params, null, lesson);
    }

    /** One stage of a multi-step action (e.g. a restore from backup), run in order. */
    @JsonPropertyOrder({"title", "duration"})
    public record Step(String title, String duration) {}

    public boolean requiresApi() {
        return Boolean.TRUE.equals(needsApi);
    }

    /** A numeric parameter with its unit, range and default. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"default", "min", "max", "unit", "help"})
    public record Param(
            @com.fasterxml.jackson.annotation.JsonProperty("default") Double defaultValue,
            Double min,
            Double max,
            String unit,
            String help) {}
}
