package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Scenario metadata. {@code learningObjectives} are skills ("regain control of an overloaded control
 * plane"); {@code guidedObjectives}, when given, spell out the measures and are shown only in guided
 * practice and the debrief. {@code start} is when the simulation begins (local time on {@code date});
 * {@code horizon} when it ends ({@code HH:MM[+D]}, default 23:59).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "date", "timezone", "start", "horizon", "difficulty", "estimatedMinutes",
        "summary", "role", "briefing", "learningObjectives", "guidedObjectives", "sources"})
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> guidedObjectives,
        List<Source> sources) {

    public Meta {
        learningObjectives = ScenarioMaps.list(learningObjectives);
        guidedObjectives = ScenarioMaps.list(guidedObjectives);
        sources = ScenarioMaps.list(sources);
    }

    /** Metadata without guided objectives (every scenario before they existed). */
    public Meta(String id, String title, String date, String timezone, String start, String horizon, String difficulty,
                Integer estimatedMinutes, String summary, String role, String briefing, List<String> learningObjectives,
                List<Source> sources) {
        this(id, title, date, timezone, start, horizon, difficulty, estimatedMinutes, summary, role, briefing,
                learningObjectives, null, sources);
    }

    /**
     * The objectives a briefing shows: the specific measures ({@code guidedObjectives}) when the
     * trainee asked for guidance and the scenario has them, otherwise the skills
     * ({@code learningObjectives}), which must not give the answer away.
     */
    public List<String> objectives(boolean guided) {
        return guided && !guidedObjectives.isEmpty() ? guidedObjectives : learningObjectives;
    }

    /** A published source that scenario facts cite by {@code id}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "url"})
    public record Source(String id, String title, String url) {}
}
