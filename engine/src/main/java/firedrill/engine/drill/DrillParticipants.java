package firedrill.engine.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.engine.scenario.Problem;
import firedrill.engine.session.RecordFiles;
import firedrill.engine.session.SessionRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of a drill played from the participants' own devices (docs/running-a-drill.md, "Participants
 * on their own devices"): who joined (with the SHA-256 of their token, never the token, so a resumed
 * drill can let them back in), what they proposed and what became of it, and what they posted as
 * observations. An approved proposal is also a {@link DrillRecord.Decision} ("name · role"); this list
 * keeps the proposals that were declined or never decided too. Optional in {@code drill@1}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"people", "proposals", "posts"})
public record DrillParticipants(List<Person> people, List<Proposal> proposals, List<Post> posts) {
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String DECLINED = "declined";
    static final int MAX_PEOPLE = 200;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** A participant: an id the facilitator sees, name and role, the token's SHA-256, and whether removed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "role", "tokenSha256", "joinedAt", "removedAt"})
    public record Person(String id, String name, String role, String tokenSha256, Integer joinedAt, Integer removedAt) {}

    /**
     * A proposed action (the same fields as a decision, plus the execution mode and the ETA shown when
     * proposed), its state ({@link #PENDING}, {@link #APPROVED}, {@link #DECLINED}), when and by whom decided.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "person", "by", "role", "entered", "action", "target", "params", "mode", "eta", "state",
            "decidedAt", "decidedBy", "note"})
    public record Proposal(String id, String person, String by, String role, Integer entered, String action,
                           String target, Map<String, Double> params, String mode, String eta, String state,
                           Integer decidedAt, String decidedBy, String note) {
        public Proposal {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /** An observation a participant posted from their device, at drill tick {@code tick}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"tick", "person", "by", "role", "text"})
    public record Post(Integer tick, String person, String by, String role, String text) {}

    public DrillParticipants {
        people = people == null ? List.of() : List.copyOf(people);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    void validate(List<Problem> p, String file, String path) {
        if (people.size() > MAX_PEOPLE) {
            p.add(new Problem(file, path + ".people", "expected at most " + MAX_PEOPLE + " participants"));
        }
        for (int i = 0; i < people.size(); i++) {
            Person x = people.get(i);
            String at = path + ".people[" + i + "]";
            if (x == null || x.id() == null || !ID.matcher(x.id()).matches()) {
                p.add(new Problem(file, at + ".id", "expected a participant id (letters, digits, - or _)"));
                continue;
            }
            if (x.tokenSha256() == null || !HEX64.matcher(x.tokenSha256()).matches()) {
                p.add(new Problem(file, at + ".tokenSha256", "expected the token's SHA-256 (64 lowercase hex digits)"));
            }
            RecordFiles.text(p, file, at + ".name", x.name(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".role", x.role(), DrillRecord.MAX_NAME);
            tick(p, file, at + ".joinedAt", x.joinedAt());
            tick(p, file, at + ".removedAt", x.removedAt());
        }
        if (proposals.size() > DrillRecord.MAX_ITEMS || posts.size() > DrillRecord.MAX_ITEMS) {
            p.add(new Problem(file, path, "expected at most " + DrillRecord.MAX_ITEMS + " proposals and posts"));
        }
        for (int i = 0; i < proposals.size(); i++) {
            Proposal x = proposals.get(i);
            String at = path + ".proposals[" + i + "]";
            if (x == null || x.action() == null || x.action().isBlank()) {
                p.add(new Problem(file, at + ".action", "expected the action id"));
                continue;
            }
            if (!PENDING.equals(x.state()) && !APPROVED.equals(x.state()) && !DECLINED.equals(x.state())) {
                p.add(new Problem(file, at + ".state", "expected pending, approved or declined"));
            }
            RecordFiles.text(p, file, at + ".id", x.id(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".person", x.person(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".by", x.by(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".role", x.role(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".action", x.action(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".target", x.target(), DrillRecord.MAX_TEXT);
            RecordFiles.text(p, file, at + ".mode", x.mode(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".eta", x.eta(), DrillRecord.MAX_TEXT);
            RecordFiles.text(p, file, at + ".decidedBy", x.decidedBy(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".note", x.note(), DrillRecord.MAX_TEXT);
            tick(p, file, at + ".entered", x.entered());
            tick(p, file, at + ".decidedAt", x.decidedAt());
        }
        for (int i = 0; i < posts.size(); i++) {
            Post x = posts.get(i);
            String at = path + ".posts[" + i + "]";
            if (x == null || x.text() == null) {
                p.add(new Problem(file, at + ".text", "expected the text posted"));
                continue;
            }
            RecordFiles.text(p, file, at + ".text", x.text(), DrillRecord.MAX_TEXT);
            RecordFiles.text(p, file, at + ".by", x.by(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".role", x.role(), DrillRecord.MAX_NAME);
            RecordFiles.text(p, file, at + ".person", x.person(), DrillRecord.MAX_NAME);
            tick(p, file, at + ".tick", x.tick());
        }
    }

    private static void tick(List<Problem> p, String file, String path, Integer tick) {
        if (tick != null && (tick < 0 || tick > SessionRecord.MAX_TICKS)) {
            p.add(new Problem(file, path, "expected a tick between 0 and " + SessionRecord.MAX_TICKS));
        }
    }
}
