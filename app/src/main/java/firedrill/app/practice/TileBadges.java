package firedrill.app.practice;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.Targets;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the fleet view marks on a cluster's tile besides its observed colour: the team's own actions,
 * which it knows without looking (access blocked or being restored with its share, node groups shrunk
 * or grown, API servers added, its telemetry agent present where its rollout reached), and actions in
 * flight on the cluster. Never reads ground truth.
 */
public final class TileBadges {
    /** One tile's marks; {@code admittedPercent} is 0–100 while blocked or re-admitting, else 100. */
    public record Badge(boolean blocked, boolean readmitting, int admittedPercent, boolean shrunk, boolean grown,
                        int extraReplicas, boolean agent, boolean inFlight) {
        static final Badge NONE = new Badge(false, false, 100, false, false, 0, false, false);

        public boolean any() {
            return !equals(NONE);
        }

        /** The marks in words, for the hover card and tests ("" when none). */
        public String text() {
            List<String> parts = new ArrayList<>();
            if (blocked) {
                parts.add("access blocked");
            }
            if (readmitting) {
                parts.add("re-admitting " + admittedPercent + "%");
            }
            if (shrunk) {
                parts.add("node groups shrunk");
            }
            if (grown) {
                parts.add("node groups grown");
            }
            if (extraReplicas > 0) {
                parts.add("+" + extraReplicas + " API servers");
            }
            if (agent) {
                parts.add("telemetry agent present");
            }
            if (inFlight) {
                parts.add("action in flight");
            }
            return String.join(" · ", parts);
        }
    }

    private TileBadges() {}

    /** The badges of every cluster in the snapshot (all {@link Badge#NONE} without team data). */
    public static Badge[] of(Snapshot s, FleetLayout layout) {
        int n = layout.clusters();
        Badge[] out = new Badge[n];
        BitSet busy = inFlight(s.actions(), layout);
        Snapshot.Team t = s.team();
        for (int c = 0; c < n; c++) {
            if (t == null) {
                out[c] = busy.get(c) ? new Badge(false, false, 100, false, false, 0, false, true) : Badge.NONE;
                continue;
            }
            boolean readmitting = t.readmitting()[c];
            boolean blocked = t.blocked(c);
            int pct = (int) Math.floor(t.admitted()[c] * 100 + 1e-9);
            Badge b = new Badge(blocked, readmitting, blocked || readmitting ? pct : 100, t.shrunk(c), t.grown(c),
                    Math.max(0, t.extraReplicas()[c]), t.agent()[c], busy.get(c));
            out[c] = b.any() ? b : Badge.NONE;
        }
        return out;
    }

    /** Clusters an unfinished action targets and has not yet finished with. */
    static BitSet inFlight(List<ActionRecord> actions, FleetLayout layout) {
        BitSet out = new BitSet();
        for (ActionRecord a : actions) {
            if (a.outcome().finished() || a.target() == null || a.targets() == 0) {
                continue;
            }
            int[] cs;
            try {
                cs = Targets.resolve(a.target(), layout);
            } catch (RuntimeException e) {
                continue; // not a cluster selector (e.g. a fleet-wide action): nothing to mark per tile
            }
            for (int c : cs) {
                if (!a.succeeded().contains(layout.id(c)) && !a.failed().contains(layout.id(c))) {
                    out.set(c);
                }
            }
        }
        return out;
    }
}
