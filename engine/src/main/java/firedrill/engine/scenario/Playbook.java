package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Timed actions: a standalone {@code firedrill/playbook@1} file, or a scenario's reference playbook
 * (where {@code format} and {@code scenario} are omitted and {@code note} says how it was reconstructed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "scenario", "note", "actions"})
public record Playbook(String format, String scenario, String note, List<Step> actions) {
    public static final String FORMAT = "firedrill/playbook@1";

    public Playbook {
        actions = ScenarioMaps.list(actions);
    }

    /**
     * One timed action. {@code target} is a selector: all, cluster:ID, region:NAME, largest:N, service:ID.
     * {@code mode} ({@code manual} or {@code automated}) and {@code responders} are optional: the action's
     * default mode and one responder when left out. {@code text} is what the action says, for actions that
     * carry words (a status update's text).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"at", "action", "target", "params", "mode", "responders", "text", "note"})
    public record Step(String at, String action, String target, Map<String, Double> params, String mode,
                       Integer responders, String text, String note) {
        public Step {
            params = params == null ? Map.of() : ScenarioMaps.ordered(params);
        }

        /** A step with execution choices and no text. */
        public Step(String at, String action, String target, Map<String, Double> params, String mode,
                    Integer responders, String note) {
            this(at, action, target, params, mode, responders, null, note);
        }

        /** A step with text, in the action's default mode with one responder. */
        public Step(String at, String action, String target, Map<String, Double> params, String text, String note) {
            this(at, action, target, params, null, null, text, note);
        }

        /** A step in the action's default mode with one responder and no text. */
        public Step(String at, String action, String target, Map<String, Double> params, String note) {
            this(at, action, target, params, null, null, null, note);
        }
    }
}
