package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An alert rule on an observed metric: fires when {@code metric op threshold} has held for
 * {@code for}. {@code scope} is {@code cluster} (one alert per cluster), {@code fleet} (node-weighted
 * over the fleet) or {@code service}. A {@code noise} rule has no metric: it fires on random clusters
 * about every {@code noiseInterval}, as real pagers do.
 */
// isNoise() is a helper, not a second "noise" property: without this Jackson writes "noise": false.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "severity", "summary", "metric", "scope", "service", "op", "threshold", "for",
        "noise", "noiseInterval"})
public record AlertRule(
        String id,
        String severity,
        String summary,
        String metric,
        String scope,
        String service,
        String op,
        Double threshold,
        @com.fasterxml.jackson.annotation.JsonProperty("for") String forDuration,
        Boolean noise,
        String noiseInterval) {

    public boolean isNoise() {
        return Boolean.TRUE.equals(noise);
    }
}
