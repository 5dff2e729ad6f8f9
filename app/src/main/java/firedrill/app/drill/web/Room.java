package firedrill.app.drill.web;

import firedrill.app.drill.Drill;
import firedrill.engine.action.ExecutionPlan;
import firedrill.engine.command.Command;
import firedrill.engine.drill.DrillParticipants;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The participants of one drill on their own devices: who joined (by token), what they proposed and
 * posted, and what the incident commander or facilitator did with each proposal. An approved proposal
 * becomes a decision of the drill ({@link Drill#decide}, by "name · role"). The drill saves the room's
 * state with its record ({@link #state()}), so after a crash and resume participants reconnect with
 * the token they hold ({@link #restore}). Thread-safe.
 */
public final class Room {
    /** Why a request was refused: HTTP status and a sentence. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A participant as the server knows them. */
    public record Person(String id, String name, String role, String tokenSha256, int joinedAt, Integer removedAt) {
        public String who() {
            return DrillRecord.Decision.who(name, role);
        }

        public boolean removed() {
            return removedAt != null;
        }
    }

    /** What a participant proposes: action, target selector, parameters and execution mode. */
    public record ProposalIn(String action, String target, Map<String, Double> params, String mode) {}

    /** What joining hands back: the participant's id and token (the token only ever travels to them). */
    public record Joined(String id, String token, String name, String role) {}

    static final int MAX_PEOPLE = 100;
    static final int MAX_ITEMS = 5000;
    private static final Pattern TARGET = Pattern.compile("[A-Za-z0-9:,._ -]{0,500}");

    private final Drill drill;
    private final String code;
    private final Object lock = new Object();
    private final Map<String, Person> byHash = new LinkedHashMap<>();
    private final List<DrillParticipants.Proposal> proposals = new ArrayList<>();
    private final List<DrillParticipants.Post> posts = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int nextId = 1;

    public Room(Drill drill, String code) {
        if (code == null || code.length() < Secrets.CODE_LENGTH) {
            throw new IllegalArgumentException("a join code needs at least " + Secrets.CODE_LENGTH + " characters");
        }
        this.drill = drill;
        this.code = code;
        restore(drill.resumedParticipants());
        drill.setParticipants(this::state);
    }

    public String code() {
        return code;
    }

    public Drill drill() {
        return drill;
    }

    /** Called (on the caller's thread) after every change: join, proposal, decision, post, removal. */
    public void onChange(Runnable r) {
        listeners.add(r);
    }

    private void changed() {
        drill.requestSave();
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** Roles a participant may join as: the drill's roles, plus Observer. */
    public List<String> roles() {
        List<String> out = new ArrayList<>(drill.setup().roles());
        if (!out.contains("Observer")) {
            out.add("Observer");
        }
        return out;
    }

    /**
     * Joins with the code, a name and a role.
     *
     * @throws Refused 401 for a wrong code, 400 for a missing name or unknown role, 409 when the room is full
     */
    public Joined join(String givenCode, String name, String role) {
        if (!Secrets.same(code, givenCode == null ? null : givenCode.trim().toUpperCase(java.util.Locale.ROOT))) {
            throw new Refused(401, "That join code is not this drill's.");
        }
        String n = Text.clean(name, Text.NAME);
        if (n == null || n.isEmpty()) {
            throw new Refused(400, "Type your name.");
        }
        String r = Text.clean(role, Text.NAME);
        if (r == null || !roles().contains(r)) {
            throw new Refused(400, "Pick one of the drill's roles.");
        }
        String token = Secrets.token();
        Person p;
        synchronized (lock) {
            if (byHash.size() >= MAX_PEOPLE) {
                throw new Refused(409, "The drill has " + MAX_PEOPLE + " participants already.");
            }
            p = new Person("p" + nextId++, n, r, Secrets.sha256(token), drill.frame().tick(), null);
            byHash.put(p.tokenSha256(), p);
        }
        changed();
        return new Joined(p.id(), token, n, r);
    }

    /** The participant holding {@code token}, or a 401/403 {@link Refused}. */
    public Person person(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new Refused(401, "Join the drill first (no participant token).");
        }
        Person p;
        synchronized (lock) {
            p = byHash.get(Secrets.sha256(token.trim()));
        }
        if (p == null) {
            throw new Refused(401, "That participant token is not known here.");
        }
        if (p.removed()) {
            throw new Refused(403, "The facilitator removed you from the drill.");
        }
        return p;
    }

    public List<Person> people() {
        synchronized (lock) {
            return List.copyOf(byHash.values());
        }
    }

    /** Removes a participant: their token stops working at once. */
    public boolean remove(String id) {
        boolean done = false;
        synchronized (lock) {
            for (Map.Entry<String, Person> e : byHash.entrySet()) {
                Person p = e.getValue();
                if (p.id().equals(id) && !p.removed()) {
                    e.setValue(new Person(p.id(), p.name(), p.role(), p.tokenSha256(), p.joinedAt(), drill.frame().tick()));
                    done = true;
                }
            }
        }
        if (done) {
            changed();
        }
        return done;
    }

    /** A proposal checked against the catalog, with the engine's estimate from what the team observes. */
    public record Plan(ActionSpec action, String target, Map<String, Double> params, String mode, String eta, int tick) {}

    /**
     * Checks a proposal and estimates when it would take effect (as the decision form shows it).
     *
     * @throws Refused 400/422 when the action is unknown or cannot be done as proposed
     */
    public Plan plan(Person p, ProposalIn in) {
        if (in == null || in.action() == null) {
            throw new Refused(400, "Pick an action.");
        }
        ActionSpec as = null;
        for (ActionSpec a : drill.spec().scenario().actions()) {
            if (a.id().equals(in.action())) {
                as = a;
            }
        }
        if (as == null) {
            throw new Refused(400, "There is no such action in this drill.");
        }
        String target = in.target() == null || in.target().isBlank() ? null : in.target().trim();
        if (target != null && !TARGET.matcher(target).matches()) {
            throw new Refused(400, "A target is a selector such as all, region:us-east or cluster ids.");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        Map<String, Double> given = in.params() == null ? Map.of() : in.params();
        for (Map.Entry<String, ActionSpec.Param> e : as.params().entrySet()) {
            Double v = given.get(e.getKey());
            ActionSpec.Param ps = e.getValue();
            double x = v == null || !Double.isFinite(v) ? (ps.defaultValue() == null ? 0 : ps.defaultValue()) : v;
            if ((ps.min() != null && x < ps.min()) || (ps.max() != null && x > ps.max())) {
                throw new Refused(422, e.getKey() + " must be between " + ps.min() + " and " + ps.max() + ".");
            }
            params.put(e.getKey(), x);
        }
        String mode = in.mode() == null || in.mode().isBlank() || in.mode().equals(as.modeOrDefault()) ? null : in.mode();
        if (mode != null && !ActionSpec.MANUAL.equals(mode) && !ActionSpec.AUTOMATED.equals(mode)) {
            throw new Refused(400, "A mode is " + ActionSpec.MANUAL + " or " + ActionSpec.AUTOMATED + ".");
        }
        Snapshot snap = drill.frame().snapshot();
        int tick = snap.tick() + 1;
        Command cmd = Command.action(tick, as.id(), target, params, mode, null, p.who());
        String problem = ExecutionPlan.problem(as, cmd, ExecutionPlan.teamMax(drill.spec()));
        if (problem != null && !problem.isEmpty()) {
            throw new Refused(422, problem);
        }
        double[] answered = ExecutionPlan.answeredFromObserved(snap.clusters().apiErrorRatio());
        int[] freeAt = ExecutionPlan.availability(drill.spec(), snap.actions(), snap.responders(), tick, answered);
        String eta = ExecutionPlan.estimate(drill.spec(), cmd, tick, freeAt, answered).describe(drill.spec());
        return new Plan(as, target, params, mode, eta, snap.tick());
    }

    /** Records a proposal (checked, with its ETA) for the incident commander or facilitator to decide. */
    public DrillParticipants.Proposal propose(Person p, ProposalIn in) {
        Plan plan = plan(p, in);
        DrillParticipants.Proposal out;
        synchronized (lock) {
            if (proposals.size() >= MAX_ITEMS) {
                throw new Refused(409, "The drill has too many proposals already.");
            }
            out = new DrillParticipants.Proposal("q" + (proposals.size() + 1), p.id(), p.name(), p.role(), plan.tick(),
                    plan.action().id(), plan.target(), plan.params(), plan.mode(), plan.eta(), DrillParticipants.PENDING,
                    null, null, null);
            proposals.add(out);
        }
        changed();
        return out;
    }

    /** Posts an observation to the incident channel's side panel and the record. */
    public DrillParticipants.Post post(Person p, String text) {
        String t = Text.clean(text, Text.POST);
        if (t == null || t.isEmpty()) {
            throw new Refused(400, "Type what you observed.");
        }
        DrillParticipants.Post out = new DrillParticipants.Post(drill.frame().tick(), p.id(), p.name(), p.role(), t);
        synchronized (lock) {
            if (posts.size() >= MAX_ITEMS) {
                throw new Refused(409, "The drill has too many observations already.");
            }
            posts.add(out);
        }
        changed();
        return out;
    }

    public List<DrillParticipants.Proposal> proposals() {
        synchronized (lock) {
            return List.copyOf(proposals);
        }
    }

    public List<DrillParticipants.Post> posts() {
        synchronized (lock) {
            return List.copyOf(posts);
        }
    }

    /**
     * Approves a pending proposal: it enters the run as the team's decision by "name · role" (applies at
     * the next tick). {@code decidedBy} is who approved (the facilitator, or the incident commander's seat).
     */
    public DrillRecord.Decision approve(String id, String decidedBy) {
        DrillParticipants.Proposal q;
        DrillRecord.Decision d;
        synchronized (lock) {
            int i = indexOf(id);
            q = proposals.get(i);
            if (!DrillParticipants.PENDING.equals(q.state())) {
                throw new Refused(409, "That proposal was " + q.state() + " already.");
            }
            d = drill.decide(q.by(), q.role(), q.action(), q.target(), q.params(), q.mode(), null, null);
            proposals.set(i, decided(q, DrillParticipants.APPROVED, decidedBy, null));
        }
        changed();
        return d;
    }

    /** Declines a pending proposal (kept in the record as declined, with an optional note). */
    public void decline(String id, String decidedBy, String note) {
        synchronized (lock) {
            int i = indexOf(id);
            DrillParticipants.Proposal q = proposals.get(i);
            if (!DrillParticipants.PENDING.equals(q.state())) {
                throw new Refused(409, "That proposal was " + q.state() + " already.");
            }
            proposals.set(i, decided(q, DrillParticipants.DECLINED, decidedBy, Text.clean(note, Text.LINE)));
        }
        changed();
    }

    private DrillParticipants.Proposal decided(DrillParticipants.Proposal q, String state, String by, String note) {
        return new DrillParticipants.Proposal(q.id(), q.person(), q.by(), q.role(), q.entered(), q.action(), q.target(),
                q.params(), q.mode(), q.eta(), state, drill.frame().tick(), Text.clean(by, Text.NAME), note);
    }

    private int indexOf(String id) {
        for (int i = 0; i < proposals.size(); i++) {
            if (proposals.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new Refused(404, "No such proposal.");
    }

    /** The proposals as the room sees them (newest last, at most the last 50). */
    public List<ObservedFrame.ProposalView> views() {
        List<DrillParticipants.Proposal> all = proposals();
        List<ObservedFrame.ProposalView> out = new ArrayList<>();
        for (DrillParticipants.Proposal q : all.subList(Math.max(0, all.size() - 50), all.size())) {
            out.add(new ObservedFrame.ProposalView(q.id(), q.by(), q.role(), q.action(), title(q.action()), q.target(),
                    q.mode(), q.eta(), q.state(), drill.spec().timeOf(q.entered() == null ? 0 : q.entered())));
        }
        return out;
    }

    /** An action's title (the catalog's), or its id. */
    public String title(String action) {
        for (ActionSpec a : drill.spec().scenario().actions()) {
            if (a.id().equals(action)) {
                return a.title();
            }
        }
        return action;
    }

    /** The room as the drill record keeps it; null while nobody has joined. */
    public DrillParticipants state() {
        synchronized (lock) {
            if (byHash.isEmpty() && proposals.isEmpty() && posts.isEmpty()) {
                return null;
            }
            List<DrillParticipants.Person> ps = new ArrayList<>();
            for (Person p : byHash.values()) {
                ps.add(new DrillParticipants.Person(p.id(), p.name(), p.role(), p.tokenSha256(), p.joinedAt(), p.removedAt()));
            }
            return new DrillParticipants(ps, proposals, posts);
        }
    }

    /** Takes back the participants of a resumed drill: their tokens work again. */
    private void restore(DrillParticipants saved) {
        if (saved == null) {
            return;
        }
        synchronized (lock) {
            for (DrillParticipants.Person p : saved.people()) {
                byHash.put(p.tokenSha256(), new Person(p.id(), p.name(), p.role(), p.tokenSha256(),
                        p.joinedAt() == null ? 0 : p.joinedAt(), p.removedAt()));
                try {
                    nextId = Math.max(nextId, Integer.parseInt(p.id().substring(1)) + 1);
                } catch (RuntimeException e) {
                    nextId = Math.max(nextId, byHash.size() + 1);
                }
            }
            proposals.addAll(saved.proposals());
            posts.addAll(saved.posts());
        }
    }
}
