package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A number the sources do not give: the JSON path it sets and a one-line reason for the value. */
@JsonPropertyOrder({"path", "reason"})
public record Assumption(String path, String reason) {}
