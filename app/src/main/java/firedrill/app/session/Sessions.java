package firedrill.app.session;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import firedrill.engine.score.Scorecard;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Builds session records from finished runs (the CLI's {@code simulate --save}, the app's solo runs). */
public final class Sessions {
    private Sessions() {}

    /**
     * The record of a run the moment it ends, before anything is computed: commands, ticks and mode,
     * without outcome or grade (the debrief adds those to the same file). {@code savedAt} is the
     * clock's now, in UTC, to the second.
     */
    public static SessionRecord unscored(Simulation sim, String mode, java.time.Clock clock) {
        return SessionRecord.of(sim, null, mode, 0, null, null, List.of(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * The record of a run as it stands: its commands and ticks, the {@code simulate --json} summary of
     * its outcome, and (when {@code graded}) the headline grade of the run scored to the horizon
     * against the real team with the same seed. {@code savedAt} is now, in UTC, to the second.
     */
    public static SessionRecord of(Simulation sim, String difficulty, String mode, int startedTick,
                                   List<SessionRecord.Note> notes, boolean graded) {
        ModelSpec spec = sim.spec();
        RunOutcome outcome = RunOutcome.of(sim);
        SessionRecord.Grade grade = null;
        if (graded) {
            Scorecard card = Scorecard.of(spec, RunRecord.of(sim));
            grade = new SessionRecord.Grade(card.grade().value(), card.grade().label(), card.impactMinutes());
        }
        return SessionRecord.of(sim, difficulty, mode, startedTick, OutcomeJson.of(outcome, spec, Score.of(outcome, spec)),
                grade, notes, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
