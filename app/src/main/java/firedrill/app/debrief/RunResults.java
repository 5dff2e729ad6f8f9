package firedrill.app.debrief;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.util.List;

/** Scores a finished run (off the FX thread: it simulates up to three scenario days). */
public final class RunResults {
    private RunResults() {}

    public static RunResult compute(FinishedRun run) {
        return compute(run, null);
    }

    /** @param savedFile where the run was saved before scoring (null: not yet saved) */
    public static RunResult compute(FinishedRun run, java.nio.file.Path savedFile) {
        ModelSpec spec = run.spec();
        Simulation projected = run.sim().fork();
        projected.runToEnd();
        RunOutcome outcome = RunOutcome.of(projected);
        Score score = Score.of(outcome, spec);
        Playbook reference = spec.scenario().referencePlaybook();
        RunOutcome ref = null;
        Score refScore = null;
        if (reference != null && !reference.actions().isEmpty()) {
            Simulation r = Playbooks.run(spec, run.seed(), Playbooks.commands(reference, spec, "reference"),
                    spec.horizonTick());
            ref = RunOutcome.of(r);
            refScore = Score.of(ref, spec);
        }
        RunOutcome baseline = RunOutcome.of(Playbooks.run(spec, run.seed(), List.of(), spec.horizonTick()));
        return new RunResult(spec, run.seed(), run.mode(), run.endTick(), run.endReason(), projected.log(), outcome,
                score, projected.history().rows(), ref, refScore, baseline, savedFile);
    }
}
