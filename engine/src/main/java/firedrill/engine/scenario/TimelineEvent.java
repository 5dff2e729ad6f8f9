package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A scripted event. {@code kind} is {@code inject} (a narrative message on {@code channel}) or
 * {@code rollout} (the agent starts reaching clusters in {@code waves} waves {@code waveInterval}
 * apart, clusters assigned to waves by the fleet seed unless pinned).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"at", "kind", "id", "channel", "text", "waves", "waveInterval"})
public record TimelineEvent(
        String at,
        String kind,
        String id,
        String channel,
        String text,
        Integer waves,
        String waveInterval) {

    public static final String INJECT = "inject";
    public static final String ROLLOUT = "rollout";
}
