package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A number the sources do not give: the JSON path it sets and a one-line reason for the value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "reason"})
public record Assumption(String path, String reason) {}
