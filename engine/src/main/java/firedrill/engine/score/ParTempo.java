package firedrill.engine.score;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.rng.SeededStream;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the reference team's decision times vary between par runs: the same decisions, taken as a real
 * team might have taken them on another day (docs/scoring.md, "Par", and ADR 0023).
 * <p>A decision that starts work on a target (or has none: status updates, escalation) is a <em>lead</em>.
 * Leads form a chain from the anchor (the published first alert, else the scripted trigger, never later
 * than the first decision): each gap between consecutive leads is multiplied by the run's team tempo
 * {@code F ~ LogNormal(0, teamSigma)} (median 1: the real team is the typical team) and by the lead's
 * own factor {@code e ~ LogNormal(−decisionSigma²/2, decisionSigma)} (mean 1, so a long chain keeps its
 * published length on average). A <em>follow-up</em> — a later step on a target that already had one —
 * keeps its published spacing after the previous step on that target: within one cluster's procedure
 * the pace is set by the systems (the block must land before the API answers a delete), not by
 * deliberation, and a command log cannot retry a step that was taken too early. Factors are positive,
 * so nothing moves before the anchor, leads keep their order and steps on a target keep theirs with
 * their spacing. Drawn from {@code SeededStream.derive(seed, "par-tempo")} and {@code "par-decisions"}:
 * a par run still depends only on (scenario, commands, seed).
 */
public record ParTempo(String id, double teamSigma, double decisionSigma) {
    /** The published times exactly: chance alone varies (this is what calibration runs). */
    public static final ParTempo NONE = new ParTempo("none", 0, 0);
    /**
     * A real team's variability (an assumption, justified in docs/scoring.md): team tempo p10–p90
     * ×0.88–×1.14, each gap p10–p90 ×0.65–×1.40.
     */
    public static final ParTempo DEFAULT = new ParTempo("default", 0.1, 0.3);
    public static final String IDS = "none, default";

    public ParTempo {
        if (!(teamSigma >= 0) || !(decisionSigma >= 0)) {
            throw new IllegalArgumentException("tempo spreads must be ≥ 0, got " + teamSigma + " and " + decisionSigma);
        }
    }

    /** "none" or "default". */
    public static ParTempo of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        if (key.equals(NONE.id)) {
            return NONE;
        }
        if (key.equals(DEFAULT.id)) {
            return DEFAULT;
        }
        throw new IllegalArgumentException("unknown tempo \"" + id + "\"; expected one of " + IDS);
    }

    public boolean varies() {
        return teamSigma > 0 || decisionSigma > 0;
    }

    /** The commands at this run's times, in their published order (sorted by published time, ties as given). */
    public List<Command> apply(ModelSpec spec, List<Command> commands, long seed) {
        List<Command> sorted = new ArrayList<>(commands);
        sorted.sort(Comparator.comparingInt(Command::tick));
        if (!varies() || sorted.isEmpty()) {
            return List.copyOf(sorted);
        }
        SeededStream tempo = SeededStream.derive(seed, "par-tempo");
        SeededStream decisions = SeededStream.derive(seed, "par-decisions");
        double team = Math.exp(teamSigma * tempo.nextGaussian());
        int anchor = anchorTick(spec, sorted);
        int previousLead = anchor;
        double elapsed = 0;
        /** Per target: the published and the varied tick of its latest step. */
        Map<String, int[]> lastOnTarget = new HashMap<>();
        List<Command> out = new ArrayList<>(sorted.size());
        for (Command c : sorted) {
            int[] last = c.target() == null ? null : lastOnTarget.get(c.target());
            int tick;
            if (last != null) {
                tick = last[1] + (c.tick() - last[0]);
            } else {
                double own = Math.exp(decisionSigma * decisions.nextGaussian() - decisionSigma * decisionSigma / 2);
                elapsed += (c.tick() - previousLead) * team * own;
                previousLead = c.tick();
                tick = anchor + (int) Math.round(elapsed);
            }
            if (c.target() != null) {
                lastOnTarget.put(c.target(), new int[] {c.tick(), tick});
            }
            out.add(new Command(tick, c.type(), c.action(), c.target(), c.params(), c.by(), c.text()));
        }
        return out;
    }

    /**
     * Where the chain of decisions starts: the published first alert (nobody decides before the pager
     * goes off), else the scripted trigger (rollout, upgrade, OS update), else tick 0 — and never later
     * than the first command, which then stays where it is.
     */
    public static int anchorTick(ModelSpec spec, List<Command> commands) {
        int first = commands.stream().mapToInt(Command::tick).min().orElse(0);
        int anchor = -1;
        for (Milestone m : spec.scenario().realTimeline()) {
            if (m != null && "firstAlert".equals(m.measure()) && m.at() != null) {
                anchor = spec.tickOf(m.at());
            }
        }
        if (anchor < 0) {
            anchor = 0;
            int trigger = Integer.MAX_VALUE;
            for (TimelineEvent e : spec.scenario().timeline()) {
                if (TimelineEvent.ROLLOUT.equals(e.kind()) || TimelineEvent.UPGRADE.equals(e.kind())
                        || TimelineEvent.OS_UPDATE.equals(e.kind())) {
                    trigger = Math.min(trigger, spec.tickOf(e.at()));
                }
            }
            anchor = trigger == Integer.MAX_VALUE ? 0 : trigger;
        }
        return Math.max(0, Math.min(anchor, first));
    }
}
