package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A published milestone of the real incident. {@code measure} names the run outcome it is compared
 * with (e.g. {@code firstAlert}, {@code impactStart:api}, {@code fullRecovery:chatgpt},
 * {@code allClustersRecovered}); {@code tolerance} is how far a calibrated run may land from it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "at", "label", "measure", "tolerance", "source"})
public record Milestone(String id, String at, String label, String measure, String tolerance, String source) {}
