package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * An action the scenario offers. {@code kind} names the engine effect (see
 * {@code action.ActionKind}). Done by hand ({@code manual}), it takes {@code duration} of one
 * responder's hands-on time for the first target plus {@code perExtraTarget} for each further
 * cluster, one after another. An optional {@code automated} mode stands for a change pushed through
 * automation (a network rule, infrastructure code, a script): {@code prepare} once, then the targets
 * {@code parallelism} at a time, {@code perTarget} each. {@code defaultMode} says which mode a step
 * or the action panel gets unless it chooses. Actions that go through the Kubernetes API
 * ({@code needsApi}) progress on each target only as fast as its API answers, and a target fails
 * after {@code timeout}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "title", "description", "needsApi", "duration", "perExtraTarget", "timeout",
        "automated", "defaultMode", "defaultTarget", "params", "steps", "lesson"})
public record ActionSpec(
        String id,
        String kind,
        String title,
        String description,
        Boolean needsApi,
        String duration,
        String perExtraTarget,
        String timeout,
        Automated automated,
        String defaultMode,
        String defaultTarget,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Param> params,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.List<Step> steps,
        String lesson) {

    public ActionSpec {
        params = params == null ? Map.of() : ScenarioMaps.ordered(params);
        steps = ScenarioMaps.list(steps);
    }

    /** An action without steps (all but multi-step recoveries), done by hand only. */
    public ActionSpec(String id, String kind, String title, String description, Boolean needsApi, String duration,
                      String perExtraTarget, String timeout, String defaultTarget, Map<String, Param> params,
                      String lesson) {
        this(id, kind, title, description, needsApi, duration, perExtraTarget, timeout, null, null, defaultTarget,
                params, null, lesson);
    }

    /** An action done by hand only (the shape before execution modes). */
    public ActionSpec(String id, String kind, String title, String description, Boolean needsApi, String duration,
                      String perExtraTarget, String timeout, String defaultTarget, Map<String, Param> params,
                      java.util.List<Step> steps, String lesson) {
        this(id, kind, title, description, needsApi, duration, perExtraTarget, timeout, null, null, defaultTarget,
                params, steps, lesson);
    }

    /** Execution modes: by hand, target after target, or pushed through automation. */
    public static final String MANUAL = "manual";
    public static final String AUTOMATED = "automated";

    /**
     * The automated mode: {@code prepare} (write, review and launch the change; one responder), then
     * {@code parallelism} targets at a time, {@code perTarget} each (propagation, or the API work of a
     * scripted call).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"prepare", "parallelism", "perTarget"})
    public record Automated(String prepare, Integer parallelism, String perTarget) {}

    /** The mode used when a step or command does not choose one. */
    public String modeOrDefault() {
        return defaultMode == null ? MANUAL : defaultMode;
    }

    /** Whether the action can be run in {@code mode} ({@code manual} always; {@code automated} if declared). */
    public boolean offers(String mode) {
        return MANUAL.equals(mode) || (AUTOMATED.equals(mode) && automated != null);
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
