package firedrill.engine.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.session.RecordFiles;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.command.Command;
import firedrill.engine.sim.ModelVersion;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.StateDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A facilitated drill as it stands, {@code firedrill/drill@1}: what determines the run (scenario id
 * and content hash, seed, the applied command log up to {@code tick}, and commands submitted but not
 * yet applied), how it is played (difficulty, whether the team sees the clock speed), the team
 * (roles and roster), the facilitator's timestamped observations and the team's decisions with who
 * made them. {@code digest} is {@link StateDigest} of the simulation at {@code tick}: a resume replays
 * the log and must arrive at the same digest. {@code savedAt}/{@code startedAt} are the app's
 * wall-clock times, for display only. {@code firedrillVersion} and {@code modelVersion} ({@link
 * ModelVersion}) say which engine recorded it (optional: older files read as "unknown"). Read strictly
 * (size limit, unknown fields, types and ranges checked, every problem with its JSON path; a newer
 * {@code drill@N} is refused as such); written stably.
 *
 * <p>Two clocks, named apart: {@code startedAt}, {@code savedAt} and {@code endedAtWall} are the
 * facilitator's computer's wall clock (ISO-8601 instants, UTC); {@code tick} and
 * {@code endedAtDrillClock} are the drill's simulated clock (ticks, and the scenario's local time as
 * shown on the projector). The history of corrections is kept: decisions withdrawn before they applied
 * ({@code withdrawn}), decisions marked as entered in error after they applied ({@link Decision#correctedAt}),
 * and observations edited or removed ({@link Observation#replaces}, {@link Observation#removedAt}).
 * Files written before these optional fields existed load unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "firedrillVersion", "modelVersion", "scenario", "scenarioHash", "seed", "difficulty",
        "showSpeed", "status", "startedAt", "savedAt", "endedAtWall", "tick", "endedAtDrillClock", "digest", "roles",
        "roster", "commands", "pending", "decisions", "withdrawn", "observations", "participants"})
public record DrillRecord(
        String format,
        String firedrillVersion,
        Integer modelVersion,
        String scenario,
        String scenarioHash,
        Long seed,
        String difficulty,
        Boolean showSpeed,
        String status,
        String startedAt,
        String savedAt,
        Integer tick,
        String digest,
        List<String> roles,
        List<Member> roster,
        List<Command> commands,
        List<Command> pending,
        List<Decision> decisions,
        List<Observation> observations,
        String endedAtWall,
        String endedAtDrillClock,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Decision> withdrawn,
        DrillParticipants participants) {

    public static final String FORMAT = "firedrill/drill@1";
    /** The drill is under way (an autosave that is still there at start-up was interrupted). */
    public static final String RUNNING = "running";
    /** The facilitator ended it (or the scenario ran out); kept for the record, not offered for resume. */
    public static final String ENDED = "ended";

    public static final String INCIDENT_COMMANDER = "Incident Commander";
    public static final String OPERATIONS = "Operations";
    public static final String COMMS = "Comms";
    public static final String SCRIBE = "Scribe";
    public static final String SUBJECT_MATTER_EXPERT = "Subject-Matter Expert";
    /**
     * The standard roles ({@link IncidentRole}, docs/running-a-drill.md); a drill may add its own. Drills
     * saved before the subject-matter expert was standard list only the four they had and load as saved.
     */
    public static final List<String> STANDARD_ROLES = List.of(INCIDENT_COMMANDER, OPERATIONS, COMMS, SCRIBE,
            SUBJECT_MATTER_EXPERT);

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_PEOPLE = 100;
    static final int MAX_ITEMS = 20_000;
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{16}");

    /** A person in the room and the role they play (a role may be held by several people). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "role"})
    public record Member(String name, String role) {}

    /** What an observation is about. */
    public enum Tag {
        STRENGTH("strength", "Strength"),
        IMPROVEMENT("improvement", "Area for improvement"),
        NOTE("note", "Note");

        private final String id;
        private final String label;

        Tag(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** The tag with this id, or null. */
        public static Tag of(String id) {
            for (Tag t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            return null;
        }
    }

    /**
     * A facilitator's observation at simulated tick {@code tick}: {@code tag} is a {@link Tag} id,
     * {@code role} the role it is about and {@code person} the person (either, both or neither: the
     * whole team). The list keeps every version: an edit appends a version that {@code replaces} the
     * index of the earlier one (keeping its {@code tick}, with {@code editedAt}); a removal stamps
     * {@code removedAt} on the version removed. {@link #current} is what the debrief shows.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"tick", "tag", "role", "person", "text", "replaces", "editedAt", "removedAt"})
    public record Observation(Integer tick, String tag, String role, String text, String person, Integer replaces,
                              Integer editedAt, Integer removedAt) {
        public Observation(Integer tick, String tag, String role, String text) {
            this(tick, tag, role, text, null, null, null, null);
        }

        public Tag tagValue() {
            Tag t = Tag.of(tag);
            return t == null ? Tag.NOTE : t;
        }

        /** Who it is about: "Dana · Comms", "Comms", "Dana", or null for the whole team. */
        public String about() {
            boolean p = person != null && !person.isBlank();
            boolean r = role != null && !role.isBlank();
            return p && r ? person + " · " + role : p ? person : r ? role : null;
        }

        public boolean removed() {
            return removedAt != null;
        }

        public Observation withRemovedAt(int at) {
            return new Observation(tick, tag, role, text, person, replaces, editedAt, at);
        }
    }

    /**
     * A decision of the team, entered by the facilitator at tick {@code entered}: the action and target
     * sent to the simulation as a command {@code by} the person named, holding {@code role}. Decision
     * {@code i} is the {@code i}-th action command of the drill (see {@link #appliedTick}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"entered", "by", "role", "action", "target", "params", "withdrawnAt", "correctedAt", "note"})
    public record Decision(Integer entered, String by, String role, String action, String target,
                          Map<String, Double> params, Integer withdrawnAt, Integer correctedAt, String note) {
        public Decision {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public Decision(Integer entered, String by, String role, String action, String target,
                        Map<String, Double> params) {
            this(entered, by, role, action, target, params, null, null, null);
        }

        /**
         * Withdrawn at tick {@code at}, before it applied: its command never reached the simulation.
         * {@code why} says how ("withdrawn", "replaced by an edited decision").
         */
        public Decision withdrawn(int at, String why) {
            return new Decision(entered, by, role, action, target, params, at, correctedAt, why);
        }

        /**
         * Marked at tick {@code at} as entered in error after it had applied: the simulation acted on it
         * and keeps its effect (an applied action cannot be un-applied); {@code why} is the facilitator's note.
         */
        public Decision corrected(int at, String why) {
            return new Decision(entered, by, role, action, target, params, withdrawnAt, at, why);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isCorrected() {
            return correctedAt != null;
        }

        /** The command's {@code by}: "Dana · Incident Commander", or the name or role alone. */
        public String who() {
            return who(by, role);
        }

        public static String who(String name, String role) {
            boolean n = name != null && !name.isBlank();
            boolean r = role != null && !role.isBlank();
            return n && r ? name + " · " + role : n ? name : r ? role : "team";
        }
    }

    public DrillRecord {
        roles = list(roles);
        roster = list(roster);
        commands = list(commands);
        pending = list(pending);
        decisions = list(decisions);
        observations = list(observations);
        withdrawn = list(withdrawn);
    }

    /** The observations the debrief shows: every latest version that was not removed, in the order first observed. */
    public List<Observation> currentObservations() {
        return current(observations);
    }

    /** The latest versions of {@code all} (see {@link Observation#replaces}) that were not removed. */
    public static List<Observation> current(List<Observation> all) {
        boolean[] replaced = new boolean[all.size()];
        for (Observation o : all) {
            if (o != null && o.replaces() != null && o.replaces() >= 0 && o.replaces() < replaced.length) {
                replaced[o.replaces()] = true;
            }
        }
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Observation o = all.get(i);
            if (o != null && !replaced[i] && !o.removed()) {
                out.add(o);
            }
        }
        out.sort(java.util.Comparator.comparingInt(o -> o.tick() == null ? 0 : o.tick()));
        return out;
    }

    /** The record as ended: stamped with the wall-clock time and the drill clock it ended at. */
    public DrillRecord ended(String wall, String drillClock) {
        return new DrillRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty, showSpeed,
                ENDED, startedAt, savedAt, tick, digest, roles, roster, commands, pending, decisions, observations, wall,
                drillClock, withdrawn, participants);
    }

    /** A record without version fields (set them with {@link #withCurrentVersions()}). */
    public DrillRecord(String format, String scenario, String scenarioHash, Long seed, String difficulty,
                       Boolean showSpeed, String status, String startedAt, String savedAt, Integer tick, String digest,
                       List<String> roles, List<Member> roster, List<Command> commands, List<Command> pending,
                       List<Decision> decisions, List<Observation> observations, String endedAtWall,
                       String endedAtDrillClock, List<Decision> withdrawn) {
        this(format, null, null, scenario, scenarioHash, seed, difficulty, showSpeed, status, startedAt, savedAt, tick,
                digest, roles, roster, commands, pending, decisions, observations, endedAtWall, endedAtDrillClock,
                withdrawn, null);
    }

    /** A record without version fields, an end or withdrawn decisions (a drill under way; drill@1 as first written). */
    public DrillRecord(String format, String scenario, String scenarioHash, Long seed, String difficulty,
                       Boolean showSpeed, String status, String startedAt, String savedAt, Integer tick, String digest,
                       List<String> roles, List<Member> roster, List<Command> commands, List<Command> pending,
                       List<Decision> decisions, List<Observation> observations) {
        this(format, null, null, scenario, scenarioHash, seed, difficulty, showSpeed, status, startedAt, savedAt, tick,
                digest, roles, roster, commands, pending, decisions, observations, null, null, null, null);
    }

    /** This record as made by this engine now (the current Firedrill and model version). */
    public DrillRecord withCurrentVersions() {
        return new DrillRecord(format, ModelVersion.firedrillVersion(), ModelVersion.MODEL_VERSION, scenario,
                scenarioHash, seed, difficulty, showSpeed, status, startedAt, savedAt, tick, digest, roles, roster,
                commands, pending, decisions, observations, endedAtWall, endedAtDrillClock, withdrawn, participants);
    }

    /** Why replaying this drill on this engine may differ from what was recorded, or empty (see {@link SessionRecord#modelMismatch}). */
    public Optional<String> modelMismatch() {
        return RecordFiles.modelMismatch("drill", firedrillVersion, modelVersion);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(l));
    }

    /** The 16-hex-digit text form of a {@link StateDigest}. */
    public static String digestText(long digest) {
        return String.format(Locale.ROOT, "%016x", digest);
    }

    /** The digest of a simulation as stored here. */
    public static String digestOf(Simulation sim) {
        return digestText(StateDigest.of(sim));
    }

    /** The part that determines the run up to {@link #tick} (applied commands only). */
    public RunRecord runRecord() {
        return new RunRecord(scenario, scenarioHash, seed == null ? 0 : seed, tick == null ? 0 : tick, commands);
    }

    /** The run including the commands that were queued but not applied yet (they apply at the next tick). */
    public List<Command> allCommands() {
        List<Command> all = new ArrayList<>(commands);
        all.addAll(pending);
        return all;
    }

    /**
     * The tick at which decision {@code i} applied (its action was issued), or -1 while it is still
     * pending or when the log does not have it. Decision {@code i} is the {@code i}-th action command.
     */
    public int appliedTick(int i) {
        int n = 0;
        for (Command c : commands) {
            if (Command.ACTION.equals(c.type())) {
                if (n == i) {
                    return c.tick();
                }
                n++;
            }
        }
        return -1;
    }

    /** The command's tick of decision {@code i} (applied or pending), or -1. */
    public int commandTick(int i) {
        int n = 0;
        for (Command c : allCommands()) {
            if (Command.ACTION.equals(c.type())) {
                if (n == i) {
                    return c.tick();
                }
                n++;
            }
        }
        return -1;
    }

    /** Why this record cannot be resumed on {@code spec}, in words for the user, or empty when it can. */
    public Optional<String> mismatch(ModelSpec spec) {
        if (scenario == null || !scenario.equals(spec.scenario().id())) {
            return Optional.of("this drill is for scenario \"" + scenario + "\", not \"" + spec.scenario().id() + "\"");
        }
        if (!spec.hash().equals(scenarioHash)) {
            return Optional.of("this drill was run with a different version of scenario \"" + scenario
                    + "\" (content hash " + abbreviate(scenarioHash) + "; the scenario loaded now has "
                    + abbreviate(spec.hash()) + "), so replaying it would not reproduce the drill");
        }
        return Optional.empty();
    }

    /**
     * Replays the drill to {@link #tick}, re-queues the pending commands, and checks the state against
     * {@link #digest}: the result is the simulation exactly as it was when this record was saved.
     *
     * @throws IllegalArgumentException when the scenario differs or the replay does not arrive at the
     *                                  saved state
     */
    public Simulation resume(ModelSpec spec) {
        Optional<String> problem = mismatch(spec);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Simulation sim = runRecord().replay(spec);
        if (sim.tick() != (tick == null ? 0 : tick)) {
            throw new IllegalArgumentException("the drill was saved at tick " + tick + " but the scenario ends at tick "
                    + sim.tick());
        }
        String now = digestOf(sim);
        if (digest != null && !digest.equals(now)) {
            throw new IllegalArgumentException("replaying the drill's command log did not reproduce the saved state "
                    + "(state digest " + now + ", saved " + digest + ")" + modelMismatch().map(m -> "; " + m).orElse(""));
        }
        for (Command c : pending) {
            sim.submit(c);
        }
        return sim;
    }

    /** The current observations as session notes ("Strength · Comms"), for the after-action report's timeline. */
    public List<SessionRecord.Note> notes() {
        List<SessionRecord.Note> out = new ArrayList<>();
        for (Observation o : currentObservations()) {
            String by = o.tagValue().label() + (o.about() == null ? "" : " · " + o.about());
            out.add(new SessionRecord.Note(o.tick(), by, o.text()));
        }
        return out;
    }

    public DrillRecord withStatus(String s) {
        return new DrillRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty,
                showSpeed, s, startedAt, savedAt, tick, digest, roles, roster, commands, pending, decisions, observations,
                endedAtWall, endedAtDrillClock, withdrawn, participants);
    }

    public DrillRecord withSavedAt(String at) {
        return new DrillRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty,
                showSpeed, status, startedAt, at, tick, digest, roles, roster, commands, pending, decisions, observations,
                endedAtWall, endedAtDrillClock, withdrawn, participants);
    }

    /** This record with the participants who joined from their own devices (null: none joined). */
    public DrillRecord withParticipants(DrillParticipants p) {
        return new DrillRecord(format, firedrillVersion, modelVersion, scenario, scenarioHash, seed, difficulty,
                showSpeed, status, startedAt, savedAt, tick, digest, roles, roster, commands, pending, decisions, observations,
                endedAtWall, endedAtDrillClock, withdrawn, p);
    }

    public boolean running() {
        return RUNNING.equals(status);
    }

    /** Stable JSON text (two-space indent, fixed key order, final newline). */
    public String toJson() {
        return StrictJson.write(this);
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads and checks a drill file (size-limited, strict). */
    public static DrillRecord read(Path file) throws InvalidInputException {
        return RecordFiles.read(file, DrillRecord.class, FORMAT, DrillRecord::validate);
    }

    /** Reads and checks drill JSON bytes. */
    public static DrillRecord parse(String name, byte[] json) throws InvalidInputException {
        return RecordFiles.parse(name, json, DrillRecord.class, FORMAT, DrillRecord::validate);
    }

    /** Every problem with a parsed record, each with its JSON path. */
    public static List<Problem> validate(String file, DrillRecord r) {
        List<Problem> p = new ArrayList<>();
        RecordFiles.header(p, file, FORMAT, r.format(), r.scenario(), r.scenarioHash(), r.seed());
        RecordFiles.versions(p, file, r.firedrillVersion(), r.modelVersion());
        if (!RUNNING.equals(r.status()) && !ENDED.equals(r.status())) {
            p.add(new Problem(file, "$.status", "expected \"" + RUNNING + "\" or \"" + ENDED + "\""));
        }
        text(p, file, "$.difficulty", r.difficulty(), MAX_NAME);
        text(p, file, "$.startedAt", r.startedAt(), MAX_NAME);
        text(p, file, "$.savedAt", r.savedAt(), MAX_NAME);
        text(p, file, "$.endedAtWall", r.endedAtWall(), MAX_NAME);
        text(p, file, "$.endedAtDrillClock", r.endedAtDrillClock(), MAX_NAME);
        int tick = r.tick() == null ? -1 : r.tick();
        if (tick < 0 || tick > SessionRecord.MAX_TICKS) {
            p.add(new Problem(file, "$.tick", "expected the simulated tick it was saved at, between 0 and "
                    + SessionRecord.MAX_TICKS));
        }
        if (r.digest() != null && !DIGEST.matcher(r.digest()).matches()) {
            p.add(new Problem(file, "$.digest", "expected the state digest (16 lowercase hex digits)"));
        }
        if (r.roles().size() > MAX_PEOPLE) {
            p.add(new Problem(file, "$.roles", "expected at most " + MAX_PEOPLE + " roles"));
        }
        for (int i = 0; i < r.roles().size(); i++) {
            String role = r.roles().get(i);
            if (role == null || role.isBlank()) {
                p.add(new Problem(file, "$.roles[" + i + "]", "expected a role name"));
            }
            text(p, file, "$.roles[" + i + "]", role, MAX_NAME);
        }
        if (r.roster().size() > MAX_PEOPLE) {
            p.add(new Problem(file, "$.roster", "expected at most " + MAX_PEOPLE + " people"));
        }
        for (int i = 0; i < r.roster().size(); i++) {
            Member m = r.roster().get(i);
            String at = "$.roster[" + i + "]";
            if (m == null || m.name() == null || m.name().isBlank()) {
                p.add(new Problem(file, at + ".name", "expected the person's name"));
                continue;
            }
            text(p, file, at + ".name", m.name(), MAX_NAME);
            text(p, file, at + ".role", m.role(), MAX_NAME);
        }
        commands(p, file, "$.commands", r.commands(), 1, tick);
        commands(p, file, "$.pending", r.pending(), tick + 1, Integer.MAX_VALUE);
        if (r.commands().size() + r.pending().size() > MAX_ITEMS) {
            p.add(new Problem(file, "$.commands", "expected at most " + MAX_ITEMS + " commands"));
        }
        int actions = 0;
        for (Command c : r.allCommands()) {
            if (Command.ACTION.equals(c.type())) {
                actions++;
            }
        }
        if (r.decisions().size() > actions) {
            p.add(new Problem(file, "$.decisions", "expected at most one decision per action command ("
                    + actions + "), got " + r.decisions().size()));
        }
        for (int i = 0; i < r.decisions().size(); i++) {
            Decision d = r.decisions().get(i);
            String at = "$.decisions[" + i + "]";
            if (d == null || d.action() == null || d.action().isBlank()) {
                p.add(new Problem(file, at + ".action", "expected the action id"));
                continue;
            }
            if (d.entered() == null || d.entered() < 0 || d.entered() > SessionRecord.MAX_TICKS) {
                p.add(new Problem(file, at + ".entered", "expected the tick it was entered at"));
            }
            text(p, file, at + ".by", d.by(), MAX_NAME);
            text(p, file, at + ".role", d.role(), MAX_NAME);
            text(p, file, at + ".action", d.action(), MAX_NAME);
            text(p, file, at + ".target", d.target(), MAX_TEXT);
            text(p, file, at + ".note", d.note(), MAX_TEXT);
            tick(p, file, at + ".correctedAt", d.correctedAt());
            if (d.withdrawnAt() != null) {
                p.add(new Problem(file, at + ".withdrawnAt", "a decision that was withdrawn belongs in $.withdrawn"));
            }
        }
        if (r.withdrawn().size() > MAX_ITEMS) {
            p.add(new Problem(file, "$.withdrawn", "expected at most " + MAX_ITEMS + " withdrawn decisions"));
        }
        for (int i = 0; i < r.withdrawn().size(); i++) {
            Decision d = r.withdrawn().get(i);
            String at = "$.withdrawn[" + i + "]";
            if (d == null || d.action() == null || d.action().isBlank()) {
                p.add(new Problem(file, at + ".action", "expected the action id"));
                continue;
            }
            if (d.withdrawnAt() == null) {
                p.add(new Problem(file, at + ".withdrawnAt", "expected the tick it was withdrawn at"));
            }
            tick(p, file, at + ".withdrawnAt", d.withdrawnAt());
            tick(p, file, at + ".entered", d.entered());
            text(p, file, at + ".by", d.by(), MAX_NAME);
            text(p, file, at + ".role", d.role(), MAX_NAME);
            text(p, file, at + ".action", d.action(), MAX_NAME);
            text(p, file, at + ".target", d.target(), MAX_TEXT);
            text(p, file, at + ".note", d.note(), MAX_TEXT);
        }
        if (r.observations().size() > MAX_ITEMS) {
            p.add(new Problem(file, "$.observations", "expected at most " + MAX_ITEMS + " observations"));
        }
        for (int i = 0; i < r.observations().size(); i++) {
            Observation o = r.observations().get(i);
            String at = "$.observations[" + i + "]";
            if (o == null) {
                p.add(new Problem(file, at, "expected an observation object"));
                continue;
            }
            if (o.tick() == null || o.tick() < 0 || o.tick() > SessionRecord.MAX_TICKS) {
                p.add(new Problem(file, at + ".tick", "expected the tick it was observed at"));
            }
            if (Tag.of(o.tag()) == null) {
                p.add(new Problem(file, at + ".tag", "expected strength, improvement or note"));
            }
            if (o.text() == null) {
                p.add(new Problem(file, at + ".text", "expected the observation's text"));
            }
            text(p, file, at + ".role", o.role(), MAX_NAME);
            text(p, file, at + ".person", o.person(), MAX_NAME);
            text(p, file, at + ".text", o.text(), MAX_TEXT);
            if (o.replaces() != null && (o.replaces() < 0 || o.replaces() >= i)) {
                p.add(new Problem(file, at + ".replaces", "expected the index of an earlier observation (0 to "
                        + (i - 1) + ")"));
            }
            tick(p, file, at + ".editedAt", o.editedAt());
            tick(p, file, at + ".removedAt", o.removedAt());
        }
        if (r.participants() != null) {
            r.participants().validate(p, file, "$.participants");
        }
        return p;
    }

    private static void tick(List<Problem> p, String file, String path, Integer tick) {
        if (tick != null && (tick < 0 || tick > SessionRecord.MAX_TICKS)) {
            p.add(new Problem(file, path, "expected a tick between 0 and " + SessionRecord.MAX_TICKS));
        }
    }

    private static void commands(List<Problem> p, String file, String path, List<Command> list, int min, int max) {
        int previous = 0;
        for (int i = 0; i < list.size(); i++) {
            Command c = list.get(i);
            String at = path + "[" + i + "]";
            if (c == null) {
                p.add(new Problem(file, at, "expected a command object"));
                continue;
            }
            if (c.tick() < min || c.tick() > max) {
                p.add(new Problem(file, at + ".tick", "expected a tick between " + min + " and "
                        + (max == Integer.MAX_VALUE ? "the end of the scenario" : String.valueOf(max)) + ", got " + c.tick()));
            } else if (c.tick() < previous) {
                p.add(new Problem(file, at + ".tick", "expected commands in the order they apply (tick " + c.tick()
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
    }

    private static void text(List<Problem> p, String file, String path, String value, int max) {
        RecordFiles.text(p, file, path, value, max);
    }

    private static String abbreviate(String hash) {
        return RecordFiles.abbreviate(hash);
    }
}
