package firedrill.engine.cohort;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.session.RecordFiles;
import firedrill.engine.session.SessionRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One trainee's attempts in one file, {@code firedrill/attempts@1}: their name and their saved
 * sessions ({@code firedrill/session@1} objects, checked exactly as session files are). What a
 * trainee sends the trainer ({@code firedrill export --attempts}); read strictly, 4 MiB at most.
 */
@JsonPropertyOrder({"format", "trainee", "sessions"})
public record TraineeExport(String format, String trainee, List<SessionRecord> sessions) {
    public static final String FORMAT = "firedrill/attempts@1";
    public static final int MAX_SESSIONS = 5_000;

    public TraineeExport {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public static TraineeExport read(Path file) throws InvalidInputException {
        String name = file.toString();
        TraineeExport t = StrictJson.read(file, TraineeExport.class, FORMAT);
        List<Problem> p = new ArrayList<>();
        if (!FORMAT.equals(t.format())) {
            p.add(new Problem(name, "$.format", "expected \"" + FORMAT + "\""));
        }
        if (t.trainee() == null || t.trainee().isBlank() || t.trainee().length() > RecordFiles.MAX_NAME) {
            p.add(new Problem(name, "$.trainee", "expected the trainee's name (1 to " + RecordFiles.MAX_NAME + " characters)"));
        }
        if (t.sessions().size() > MAX_SESSIONS) {
            p.add(new Problem(name, "$.sessions", "expected at most " + MAX_SESSIONS + " sessions"));
        }
        for (int i = 0; i < t.sessions().size() && p.size() < 200; i++) {
            SessionRecord s = t.sessions().get(i);
            if (s == null) {
                p.add(new Problem(name, "$.sessions[" + i + "]", "expected a session object"));
                continue;
            }
            for (Problem q : SessionRecord.validate(name, s)) {
                p.add(new Problem(name, "$.sessions[" + i + "]" + q.path().substring(1), q.message()));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return t;
    }

    public String toJson() {
        return StrictJson.write(this);
    }
}
