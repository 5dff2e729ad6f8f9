package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A scripted event. {@code kind} is {@code inject} (a narrative message on {@code channel}) or
 * {@code rollout} (the agent starts reaching clusters in {@code waves} waves {@code waveInterval}
 * apart, clusters assigned to waves by the fleet seed unless pinned). An inject may carry a condition
 * ({@code when}, on what the team sees): it then fires at {@code at} if the condition holds, or as
 * soon as it holds up to {@code until}, and is skipped otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"at", "kind", "id", "channel", "text", "until", "when", "waves", "waveInterval", "target", "removesLabel",
        "window", "share"})
public record TimelineEvent(
        String at,
        String kind,
        String id,
        String channel,
        String text,
        String until,
        InjectCondition when,
        Integer waves,
        String waveInterval,
        String target,
        String removesLabel,
        String window,
        Double share) {

    public static final String INJECT = "inject";
    public static final String ROLLOUT = "rollout";
    /** A cluster upgrade on {@code target} that completes over {@code window} and removes {@code removesLabel}. */
    public static final String UPGRADE = "upgrade";
    /** OS updates on {@code target}: {@code share} of nodes lose pod networking, spread over {@code window}. */
    public static final String OS_UPDATE = "os-update";

    /** The first scenario's events: inject and rollout only. */
    public TimelineEvent(String at, String kind, String id, String channel, String text, Integer waves, String waveInterval) {
        this(at, kind, id, channel, text, null, null, waves, waveInterval, null, null, null, null);
    }

    /** An unconditional event (every kind before inject conditions). */
    public TimelineEvent(String at, String kind, String id, String channel, String text, Integer waves,
                         String waveInterval, String target, String removesLabel, String window, Double share) {
        this(at, kind, id, channel, text, null, null, waves, waveInterval, target, removesLabel, window, share);
    }
}
