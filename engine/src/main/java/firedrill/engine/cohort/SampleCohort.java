package firedrill.engine.cohort;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.score.Par;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A synthetic cohort for tests, demos and the docs' screenshots: trainees who play the reference
 * playbook late at first and closer to the real team's times with every attempt, some skipping the
 * status updates. Deterministic (seeds and delays from the trainee and attempt numbers only), so the
 * same call writes the same files. Not data about real people.
 */
public final class SampleCohort {
    private SampleCohort() {}

    /** Writes {@code trainees} × {@code attempts} session files as {@code dir/trainee-NN/attempt-K.json}. */
    public static List<Path> write(Path dir, ModelSpec spec, int trainees, int attempts) throws IOException {
        List<Path> out = new ArrayList<>();
        List<Command> reference = Par.referenceCommands(spec);
        for (int t = 0; t < trainees; t++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "trainee-%02d", t + 1));
            Files.createDirectories(folder);
            for (int a = 0; a < attempts; a++) {
                SessionRecord s = session(spec, reference, t, a, attempts);
                Path f = folder.resolve("attempt-" + (a + 1) + ".json");
                Files.write(f, s.toBytes());
                out.add(f);
            }
        }
        return out;
    }

    /** Attempt {@code a} of trainee {@code t}: the reference decisions delayed (less with practice), some status updates left out. */
    static SessionRecord session(ModelSpec spec, List<Command> reference, int t, int a, int attempts) {
        int delayMinutes = (attempts - 1 - a) * (t % 5 + 1) * 3;
        boolean quiet = (t + a) % 3 == 0;
        List<Command> cmds = new ArrayList<>();
        for (Command c : reference) {
            if (quiet && c.text() != null && Command.ACTION.equals(c.type())) {
                continue; // leaves out what the team says (status updates)
            }
            int tick = Math.min(spec.horizonTick(), c.tick() + delayMinutes * 60);
            cmds.add(new Command(tick, c.type(), c.action(), c.target(), c.params(), c.mode(), c.responders(),
                    "trainee", c.text()));
        }
        cmds.sort(java.util.Comparator.comparingInt(Command::tick));
        long seed = 100 + a;
        Simulation sim = new RunRecord(spec.scenario().id(), spec.hash(), seed, spec.horizonTick(), cmds).replay(spec);
        String savedAt = String.format(Locale.ROOT, "2026-11-%02dT%02d:%02d:00Z", 2 + a * 3, 9 + t % 8, (t * 7) % 60);
        return SessionRecord.of(sim, "standard", "practice", 0, null, null, List.of(), savedAt);
    }
}
