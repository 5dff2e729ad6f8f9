package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Responders on call at the start, and who joins after {@code escalate}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"responders", "escalationAdds", "escalationDelay"})
public record Team(Integer responders, Integer escalationAdds, String escalationDelay) {}
