package firedrill.engine.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.command.Command;
import firedrill.engine.sim.ModelVersion;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved session, {@code firedrill/session@1}: everything that determines the run (scenario id and
 * content hash, seed, command log, ticks), how it was played (difficulty, mode, when the trainee
 * took over), the outcome summary ({@code simulate --json}'s object), an optional grade, and the
 * facilitator's notes. Replaying it reproduces the run bit for bit on the engine that recorded it:
 * {@code firedrillVersion} and {@code modelVersion} ({@link ModelVersion}) say which one that was
 * (optional: records from before they were written read as "unknown", see {@link #modelMismatch}).
 * Read strictly (size limit, unknown fields, types and ranges checked, every problem with its JSON
 * path; a newer {@code session@N} is refused as such); written stably. {@code savedAt} is the app's
 * wall-clock time of saving, for display only — the engine never reads it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "firedrillVersion", "modelVersion", "scenario", "scenarioHash", "seed", "difficulty",
        "mode", "startedTick", "endedTick", "savedAt", "commands", "outcome", "grade", "notes"})
public record SessionRecord(
        String format,
        String firedrillVersion,
        Integer modelVersion,
        String scenario,
        String scenarioHash,
        Long seed,
        String difficulty,
        String mode,
        Integer startedTick,
        Integer endedTick,
        String savedAt,
        List<Command> commands,
        Map<String, Object> outcome,
        Grade grade,
        List<Note> notes) {

    public static final String FORMAT = "firedrill/session@1";
    /** Longest run a session may claim: ten simulated days. */
    public static final int MAX_TICKS = 10 * 24 * 3600;
    static final int MAX_TEXT = 10_000;
    static final int MAX_NAME = 200;

    /** The headline of the scored run, kept so a history view need not re-score every attempt. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"value", "label", "impactMinutes"})
    public record Grade(Integer value, String label, Double impactMinutes) {}

    /** An observation for the debrief: when, by whom (a role or name), and what. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"tick", "by", "text"})
    public record Note(Integer tick, String by, String text) {}

    public SessionRecord {
        commands = commands == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(commands));
        notes = notes == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(notes));
        outcome = outcome == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcome));
    }

    /** A record without version fields (as {@code session@1} files were written before they existed). */
    public SessionRecord(String format, String scenario, String scenarioHash, Long seed, String difficulty, String mode,
                         Integer startedTick, Integer endedTick, String savedAt, List<Command> commands,
                         Map<String, Object> outcome, Grade grade, List<Note> notes) {
        this(format, null, null, scenario, scenarioHash, seed, difficulty, mode, startedTick, endedTick, savedAt,
                commands, outcome, grade, notes);
    }

    /** This record as made by this engine now (the current Firedrill and model version). */
    public SessionRecord withCurrentVersions() {
        return new SessionRecord(format, ModelVersion.firedrillVersion(), ModelVersion.MODEL_VERSION, scenario,
                scenarioHash, seed, difficulty, mode, startedTick, endedTick, savedAt, commands, outcome, grade, notes);
    }

    /**
     * Records a simulation as it stands (applied commands only). {@code outcome} is the summary to keep
     * (usually {@code OutcomeJson.of}), {@code grade} may be null.
     */
    public static SessionRecord of(Simulation sim, String difficulty, String mode, int startedTick,
                                   Map<String, Object> outcome, Grade grade, List<Note> notes, String savedAt) {
        RunRecord r = RunRecord.of(sim);
        return new SessionRecord(FORMAT, ModelVersion.firedrillVersion(), ModelVersion.MODEL_VERSION, r.scenario(),
                r.scenarioHash(), r.seed(), difficulty, mode, startedTick, r.ticks(), savedAt, r.commands(), outcome,
                grade, notes);
    }

    /** The part that determines the run. */
    public RunRecord runRecord() {
        return new RunRecord(scenario, scenarioHash, seed == null ? 0 : seed, endedTick == null ? 0 : endedTick, commands);
    }

    /**
     * Why this record cannot be replayed on {@code spec}, in words for the user, or empty when it can.
     */
    public Optional<String> mismatch(ModelSpec spec) {
        if (scenario == null || !scenario.equals(spec.scenario().id())) {
            return Optional.of("this session is for scenario \"" + scenario + "\", not \"" + spec.scenario().id() + "\"");
        }
        if (!spec.hash().equals(scenarioHash)) {
            return Optional.of("this session was recorded with a different version of scenario \"" + scenario
                    + "\" (content hash " + abbreviate(scenarioHash) + "; the scenario loaded now has "
                    + abbreviate(spec.hash()) + "), so replaying it would not reproduce the run; "
                    + "open it with the scenario file it was recorded with");
        }
        return Optional.empty();
    }

    /**
     * Why replaying this session on this engine may not reproduce the recorded run (another model
     * version, or none recorded), in words for the user, or empty when the versions agree. Unlike
     * {@link #mismatch}, this does not prevent a replay: it is shown beside both outcomes.
     */
    public Optional<String> modelMismatch() {
        return RecordFiles.modelMismatch("session", firedrillVersion, modelVersion);
    }

    /**
     * Replays the session up to its last tick.
     *
     * @throws IllegalArgumentException with {@link #mismatch} when the scenario differs
     */
    public Simulation replay(ModelSpec spec) {
        Optional<String> problem = mismatch(spec);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return runRecord().replay(spec);
    }

    public SessionRecord withGrade(Grade g) {
        return new SessionRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty, mode,
                startedTick, endedTick, savedAt, commands, outcome, g, notes);
    }

    public SessionRecord withSavedAt(String at) {
        return new SessionRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty, mode,
                startedTick, endedTick, at, commands, outcome, grade, notes);
    }

    public SessionRecord withNotes(List<Note> n) {
        return new SessionRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty, mode,
                startedTick, endedTick, savedAt, commands, outcome, grade, n);
    }

    /** Stable JSON text (two-space indent, fixed key order, final newline). */
    public String toJson() {
        return StrictJson.write(this);
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads and checks a session file (size-limited, strict). */
    public static SessionRecord read(Path file) throws InvalidInputException {
        return RecordFiles.read(file, SessionRecord.class, FORMAT, SessionRecord::validate);
    }

    /** Reads and checks session JSON bytes. */
    public static SessionRecord parse(String name, byte[] json) throws InvalidInputException {
        return RecordFiles.parse(name, json, SessionRecord.class, FORMAT, SessionRecord::validate);
    }

    /** Every problem with a parsed record, each with its JSON path. */
    public static List<Problem> validate(String file, SessionRecord r) {
        List<Problem> p = new ArrayList<>();
        RecordFiles.header(p, file, FORMAT, r.format(), r.scenario(), r.scenarioHash(), r.seed());
        RecordFiles.versions(p, file, r.firedrillVersion(), r.modelVersion());
        text(p, file, "$.difficulty", r.difficulty(), MAX_NAME);
        text(p, file, "$.mode", r.mode(), MAX_NAME);
        text(p, file, "$.savedAt", r.savedAt(), MAX_NAME);
        int ended = r.endedTick() == null ? -1 : r.endedTick();
        if (r.endedTick() == null || ended < 0 || ended > MAX_TICKS) {
            p.add(new Problem(file, "$.endedTick", "expected the last simulated tick, between 0 and " + MAX_TICKS));
        }
        if (r.startedTick() == null || r.startedTick() < 0 || (ended >= 0 && r.startedTick() > ended)) {
            p.add(new Problem(file, "$.startedTick", "expected the tick the trainee took over, between 0 and endedTick"));
        }
        int previous = 0;
        for (int i = 0; i < r.commands().size(); i++) {
            Command c = r.commands().get(i);
            String at = "$.commands[" + i + "]";
            if (c.tick() < 1 || (ended >= 0 && c.tick() > ended)) {
                p.add(new Problem(file, at + ".tick", "expected a tick between 1 and endedTick (" + ended + "), got " + c.tick()));
            } else if (c.tick() < previous) {
                p.add(new Problem(file, at + ".tick", "expected commands in the order they applied (tick " + c.tick()
                        + " after tick " + previous + ")"));
            }
            previous = Math.max(previous, c.tick());
            if (!Command.ACTION.equals(c.type()) && !Command.INJECT.equals(c.type()) && !Command.ACK.equals(c.type())) {
                p.add(new Problem(file, at + ".type", "expected action, inject or ack"));
            } else if (Command.ACTION.equals(c.type()) && (c.action() == null || c.action().isBlank())) {
                p.add(new Problem(file, at + ".action", "expected the action id of an action command"));
            } else if (Command.INJECT.equals(c.type()) && c.text() == null) {
                p.add(new Problem(file, at + ".text", "expected the text of an inject"));
            }
            text(p, file, at + ".action", c.action(), MAX_NAME);
            text(p, file, at + ".target", c.target(), MAX_TEXT);
            text(p, file, at + ".mode", c.mode(), MAX_NAME);
            if (c.responders() != null && (c.responders() < 1 || c.responders() > 1000)) {
                p.add(new Problem(file, at + ".responders", "expected between 1 and 1000 responders, got " + c.responders()));
            }
            text(p, file, at + ".by", c.by(), MAX_NAME);
            text(p, file, at + ".text", c.text(), MAX_TEXT);
        }
        for (int i = 0; i < r.notes().size(); i++) {
            Note n = r.notes().get(i);
            String at = "$.notes[" + i + "]";
            if (n == null) {
                p.add(new Problem(file, at, "expected a note object"));
                continue;
            }
            if (n.tick() == null || n.tick() < 0 || (ended >= 0 && n.tick() > ended)) {
                p.add(new Problem(file, at + ".tick", "expected a tick between 0 and endedTick"));
            }
            if (n.text() == null) {
                p.add(new Problem(file, at + ".text", "expected the note's text"));
            }
            text(p, file, at + ".text", n.text(), MAX_TEXT);
            text(p, file, at + ".by", n.by(), MAX_NAME);
        }
        Grade g = r.grade();
        if (g != null && (g.value() == null || g.value() < 0 || g.value() > 100)) {
            p.add(new Problem(file, "$.grade.value", "expected a grade between 0 and 100"));
        }
        return p;
    }

    private static void text(List<Problem> p, String file, String path, String value, int max) {
        RecordFiles.text(p, file, path, value, max);
    }

    private static String abbreviate(String hash) {
        return RecordFiles.abbreviate(hash);
    }
}
