package firedrill.engine.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * An immutable instruction to the simulation, applied at the start of tick {@code tick}. The command
 * log is the only input of a run besides scenario and seed. {@code type} is {@code action} (issue a
 * catalog action on a target), {@code inject} (a facilitator's message) or {@code ack} (acknowledge an
 * alert by its id). {@code text} is an inject's message, or the words an action carries (a status
 * update's text); absent otherwise, so records without words keep their bytes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"tick", "type", "action", "target", "params", "by", "text"})
public record Command(int tick, String type, String action, String target, Map<String, Double> params, String by,
                      String text) {
    public static final String ACTION = "action";
    public static final String INJECT = "inject";
    public static final String ACK = "ack";

    public Command {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public static Command action(int tick, String action, String target, Map<String, Double> params, String by) {
        return new Command(tick, ACTION, action, target, params, by, null);
    }

    /** An action that carries words ({@code text}: a status update's text; null for none). */
    public static Command action(int tick, String action, String target, Map<String, Double> params, String by,
                                 String text) {
        return new Command(tick, ACTION, action, target, params, by, text == null || text.isBlank() ? null : text);
    }

    public static Command inject(int tick, String channel, String text) {
        return new Command(tick, INJECT, null, channel, null, null, text);
    }

    public static Command ack(int tick, String alertId, String by) {
        return new Command(tick, ACK, null, alertId, null, by, null);
    }
}
