package firedrill.engine.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * An immutable instruction to the simulation, applied at the start of tick {@code tick}. The command
 * log is the only input of a run besides scenario and seed. {@code type} is {@code action} (issue a
 * catalog action on a target), {@code inject} (a facilitator's message) or {@code ack} (acknowledge an
 * alert by its id). An action may choose its execution {@code mode} ({@code manual} or
 * {@code automated}; the action's default when absent) and how many {@code responders} share it
 * (1 when absent). Absent fields are not written, so records from before they existed stay
 * byte-identical. {@code text} is an inject's message, or the words an action
 * carries (a status update's text); absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"tick", "type", "action", "target", "params", "mode", "responders", "by", "text"})
public record Command(int tick, String type, String action, String target, Map<String, Double> params, String mode,
                      Integer responders, String by, String text) {
    public static final String ACTION = "action";
    public static final String INJECT = "inject";
    public static final String ACK = "ack";

    public Command {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** A command without execution choices (the action's default mode, one responder). */
    public Command(int tick, String type, String action, String target, Map<String, Double> params, String by,
                   String text) {
        this(tick, type, action, target, params, null, null, by, text);
    }

    public static Command action(int tick, String action, String target, Map<String, Double> params, String by) {
        return new Command(tick, ACTION, action, target, params, by, null);
    }

    public static Command action(int tick, String action, String target, Map<String, Double> params, String mode,
                                 Integer responders, String by) {
        return new Command(tick, ACTION, action, target, params, mode, responders, by, null);
    }

    /** An action that carries words ({@code text}: a status update's text; null for none). */
    public static Command action(int tick, String action, String target, Map<String, Double> params, String by,
                                 String text) {
        return action(tick, action, target, params, null, null, by, text);
    }

    /** An action with every choice: execution mode, responders, and words (each null when not given). */
    public static Command action(int tick, String action, String target, Map<String, Double> params, String mode,
                                 Integer responders, String by, String text) {
        return new Command(tick, ACTION, action, target, params, mode, responders, by,
                text == null || text.isBlank() ? null : text);
    }

    public static Command inject(int tick, String channel, String text) {
        return new Command(tick, INJECT, null, channel, null, null, text);
    }

    public static Command ack(int tick, String alertId, String by) {
        return new Command(tick, ACK, null, alertId, null, by, null);
    }

    /** The same command at another tick. */
    public Command at(int newTick) {
        return new Command(newTick, type, action, target, params, mode, responders, by, text);
    }

    /** Responders asked for (1 when not given). */
    public int respondersOrOne() {
        return responders == null ? 1 : responders;
    }
}
