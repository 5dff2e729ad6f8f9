package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Scenario metadata. {@code start} is when the simulation begins (local time on {@code date});
 * {@code horizon} when it ends ({@code HH:MM[+D]}, default 23:59).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "date", "timezone", "start", "horizon", "difficulty", "estimatedMinutes",
        "summary", "role", "briefing", "learningObjectives", "sources"})
public record Meta(
        String id,
        String title,
        String date,
        String timezone,
        String start,
        String horizon,
        String difficulty,
        Integer estimatedMinutes,
        String summary,
        String role,
        String briefing,
        List<String> learningObjectives,
        List<Source> sources) {

    public Meta {
        learningObjectives = ScenarioMaps.list(learningObjectives);
        sources = ScenarioMaps.list(sources);
    }

    /** A published source that scenario facts cite by {@code id}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "url"})
    public record Source(String id, String title, String url) {}
}
