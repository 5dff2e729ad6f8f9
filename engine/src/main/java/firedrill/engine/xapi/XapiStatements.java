package firedrill.engine.xapi;

import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.ModelVersion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Experience API (xAPI 1.0.3) statements for attempts, written to a file for a learning record store
 * to import in a batch; Firedrill itself never sends them anywhere (ADR 0047). An attempt gives
 * "attempted", then "completed" when it ran to its end, then "passed" or "failed" when it has a grade
 * (pass: a grade of at least the pass mark). The scenario is the activity (type simulation); the
 * score is the grade (0 to 100, scaled 0 to 1); the duration is the simulated time played; the
 * context carries the seed, the scenario's content hash and the model version, so a statement names
 * the exact run. Statement ids are name-based UUIDs of the attempt and verb: exporting the same
 * attempt again gives the same ids, so a record store that already has them keeps one copy.
 */
public final class XapiStatements {
    public static final String VERSION = "1.0.3";
    public static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    public static final String SIMULATION = "http://adlnet.gov/expapi/activities/simulation";
    /** Firedrill's own IRIs: under a reserved domain that never resolves (RFC 6761), as nothing is served there. */
    public static final String BASE = "https://firedrill.invalid/";
    public static final String EXT = BASE + "xapi/extensions/";
    public static final String DEFAULT_HOME_PAGE = BASE;
    public static final int DEFAULT_PASS_MARK = 50;

    private XapiStatements() {}

    /** Who did it: a display name and an account (name on {@code homePage}), xAPI's identifier for people without an e-mail. */
    public record Actor(String name, String homePage) {
        public Actor {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("expected the trainee's name");
            }
            homePage = homePage == null || homePage.isBlank() ? DEFAULT_HOME_PAGE : homePage;
        }

        Map<String, Object> toMap() {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("homePage", homePage);
            account.put("name", name);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("objectType", "Agent");
            m.put("name", name);
            m.put("account", account);
            return m;
        }
    }

    /** What an attempt's statements are built from (a session's or one participant's share of a drill). */
    public record Attempt(String scenarioId, String scenarioTitle, String scenarioHash, long seed, Integer modelVersion,
                          String firedrillVersion, String mode, int seconds, boolean completed, Integer grade,
                          String timestamp, String role) {}

    /** The statements of a saved session ({@code grade}: the session's grade, or null when it has none). */
    public static List<Map<String, Object>> forSession(SessionRecord s, String scenarioTitle, Integer grade, Actor actor,
                                                       int passMark) {
        int seconds = Math.max(0, (s.endedTick() == null ? 0 : s.endedTick()) - (s.startedTick() == null ? 0 : s.startedTick()));
        Attempt a = new Attempt(s.scenario(), scenarioTitle, s.scenarioHash(), s.seed() == null ? 0 : s.seed(),
                s.modelVersion(), s.firedrillVersion(), s.mode(), seconds, true, grade, s.savedAt(), null);
        return statements(a, actor, passMark);
    }

    /**
     * The statements of a drill, for each participant (everyone on the roster except {@code observer}s):
     * the team's grade is each participant's; completed only once the drill has ended.
     */
    public static List<Map<String, Object>> forDrill(DrillRecord d, String scenarioTitle, Integer teamGrade,
                                                     String homePage, String observer, int passMark) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean ended = DrillRecord.ENDED.equals(d.status());
        String at = d.endedAtWall() != null ? d.endedAtWall() : d.savedAt();
        for (DrillRecord.Member m : d.roster()) {
            if (m == null || m.name() == null || m.name().isBlank() || (observer != null && observer.equals(m.role()))) {
                continue;
            }
            Attempt a = new Attempt(d.scenario(), scenarioTitle, d.scenarioHash(), d.seed() == null ? 0 : d.seed(),
                    d.modelVersion() == null ? ModelVersion.MODEL_VERSION : d.modelVersion(), d.firedrillVersion(), "drill",
                    d.tick() == null ? 0 : d.tick(), ended, ended ? teamGrade : null, at, m.role());
            out.addAll(statements(a, new Actor(m.name(), homePage), passMark));
        }
        return out;
    }

    /** attempted; completed (when it was); passed or failed (when graded). */
    public static List<Map<String, Object>> statements(Attempt a, Actor actor, int passMark) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(statement(a, actor, "attempted", null));
        if (a.completed()) {
            Map<String, Object> r = new LinkedHashMap<>();
            if (a.grade() != null) {
                r.put("score", score(a.grade()));
            }
            r.put("completion", true);
            r.put("duration", duration(a.seconds()));
            out.add(statement(a, actor, "completed", r));
        }
        if (a.grade() != null) {
            boolean pass = a.grade() >= passMark;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("score", score(a.grade()));
            r.put("success", pass);
            r.put("completion", a.completed());
            r.put("duration", duration(a.seconds()));
            out.add(statement(a, actor, pass ? "passed" : "failed", r));
        }
        return out;
    }

    /** The statements as the JSON array a record store's batch import takes. */
    public static String toJson(List<Map<String, Object>> statements) {
        return StrictJson.write(statements);
    }

    private static Map<String, Object> statement(Attempt a, Actor actor, String verb, Map<String, Object> result) {
        String attempt = a.scenarioHash() + "/" + a.seed() + "/" + a.timestamp() + "/" + actor.homePage() + "/" + actor.name();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", uuid("statement/" + verb + "/" + attempt));
        m.put("actor", actor.toMap());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", VERBS + verb);
        v.put("display", Map.of("en-US", verb));
        m.put("verb", v);
        m.put("object", activity(a));
        if (result != null) {
            m.put("result", result);
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("registration", uuid("attempt/" + attempt));
        context.put("platform", "Firedrill" + (a.firedrillVersion() == null ? "" : " " + a.firedrillVersion()));
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put(EXT + "seed", a.seed());
        ext.put(EXT + "model-version", a.modelVersion());
        ext.put(EXT + "scenario-hash", a.scenarioHash());
        if (a.mode() != null) {
            ext.put(EXT + "mode", a.mode());
        }
        if (a.role() != null) {
            ext.put(EXT + "role", a.role());
        }
        context.put("extensions", ext);
        m.put("context", context);
        if (a.timestamp() != null && !a.timestamp().isBlank()) {
            m.put("timestamp", a.timestamp());
        }
        m.put("version", VERSION);
        return m;
    }

    private static Map<String, Object> activity(Attempt a) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("name", Map.of("en-US", a.scenarioTitle() == null || a.scenarioTitle().isBlank() ? a.scenarioId()
                : a.scenarioTitle()));
        def.put("type", SIMULATION);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("objectType", "Activity");
        o.put("id", activityId(a.scenarioId()));
        o.put("definition", def);
        return o;
    }

    /** The scenario's activity IRI. */
    public static String activityId(String scenarioId) {
        return BASE + "scenarios/" + URLEncoder.encode(scenarioId == null ? "" : scenarioId, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> score(int grade) {
        int g = Math.max(0, Math.min(100, grade));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scaled", g / 100.0);
        s.put("raw", g);
        s.put("min", 0);
        s.put("max", 100);
        return s;
    }

    /** ISO 8601 duration, e.g. PT1H23M5S. */
    static String duration(int seconds) {
        return Duration.ofSeconds(Math.max(0, seconds)).toString();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
