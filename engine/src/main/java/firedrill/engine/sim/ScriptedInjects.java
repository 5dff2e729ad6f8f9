package firedrill.engine.sim;

import firedrill.engine.action.ActionDesk;
import firedrill.engine.alert.AlertEngine;
import firedrill.engine.alert.Observation;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InjectCondition;
import firedrill.engine.scenario.ScenarioTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's scripted injects during one run. An unconditional inject is posted at its tick. A
 * conditional one opens at its tick and is posted at the first tick up to its {@code until} at which
 * its condition holds on what the team sees (docs/scenario-format.md, "Inject conditions"); when the
 * window closes first it is skipped. Deterministic and copyable with the simulation.
 */
public final class ScriptedInjects {
    /** Not decided yet (before its tick, or waiting for its condition). */
    static final int PENDING = -1;
    /** Its window closed without the condition holding. */
    static final int SKIPPED = -2;
    /** Observed availability below this counts as customer impact (as the scoring's 99%). */
    static final double IMPACT_BELOW = 0.99;

    /** A decided inject: the tick it was posted at, or {@link #SKIPPED}. */
    public record Outcome(ModelSpec.Inject inject, int tick) {
        public boolean fired() {
            return tick >= 0;
        }
    }

    /** What a condition reads: only what the team can see. */
    record Seen(Observation observation, AlertEngine alerts, ActionDesk desk) {}

    private final ModelSpec spec;
    private final List<ModelSpec.Inject> injects;
    private final int[] decided;
    /** Each inject's noStatusUpdateFor in seconds, parsed once (conditions are checked every tick). */
    private final int[] quietSeconds;
    private final List<Integer> waiting;
    private final Set<String> issued;
    private int next;

    ScriptedInjects(ModelSpec spec) {
        this.spec = spec;
        this.injects = spec.injects();
        this.decided = new int[injects.size()];
        Arrays.fill(decided, PENDING);
        this.quietSeconds = new int[injects.size()];
        for (int i = 0; i < injects.size(); i++) {
            InjectCondition w = injects.get(i).when();
            quietSeconds[i] = w == null || w.noStatusUpdateFor() == null ? 0 : ScenarioTime.seconds(w.noStatusUpdateFor());
        }
        this.waiting = new ArrayList<>();
        this.issued = new HashSet<>();
    }

    private ScriptedInjects(ScriptedInjects o) {
        spec = o.spec;
        quietSeconds = o.quietSeconds;
        injects = o.injects;
        decided = o.decided.clone();
        waiting = new ArrayList<>(o.waiting);
        issued = new HashSet<>(o.issued);
        next = o.next;
    }

    ScriptedInjects copy() {
        return new ScriptedInjects(this);
    }

    /** The team issued an action (whatever became of it). */
    void issued(String actionId) {
        if (actionId != null) {
            issued.add(actionId);
        }
    }

    /** Opens the injects due at {@code tick} and posts those whose condition holds. */
    void step(int tick, Seen seen, Poster post) {
        while (next < injects.size() && injects.get(next).tick() <= tick) {
            ModelSpec.Inject in = injects.get(next);
            if (in.conditional()) {
                waiting.add(next);
            } else {
                decided[next] = tick;
                post.post(tick, in.channel(), in.text());
            }
            next++;
        }
        for (int k = 0; k < waiting.size(); k++) {
            int i = waiting.get(k);
            ModelSpec.Inject in = injects.get(i);
            if (holds(in.when(), quietSeconds[i], tick, seen)) {
                decided[i] = tick;
                post.post(tick, in.channel(), in.text());
            } else if (tick >= in.untilTick()) {
                decided[i] = SKIPPED;
            } else {
                continue;
            }
            waiting.remove(k--);
        }
    }

    private boolean holds(InjectCondition w, int quiet, int tick, Seen seen) {
        if (w.noStatusUpdateFor() != null) {
            List<Integer> updates = seen.desk().statusUpdates();
            int last = updates.isEmpty() ? 0 : updates.get(updates.size() - 1);
            if (tick - last < quiet) {
                return false;
            }
        }
        FleetLayout layout = spec.layout();
        for (Map.Entry<String, Double> e : w.servicesBelow().entrySet()) {
            double v = seen.observation().service(layout.serviceIndex(e.getKey()));
            if (Double.isNaN(v) || v >= e.getValue()) {
                return false;
            }
        }
        for (Map.Entry<String, Double> e : w.servicesAtLeast().entrySet()) {
            double v = seen.observation().service(layout.serviceIndex(e.getKey()));
            if (Double.isNaN(v) || v < e.getValue()) {
                return false;
            }
        }
        if (w.alertFiring() != null && !seen.alerts().firing(w.alertFiring())) {
            return false;
        }
        if (w.afterAction() != null && !issued.contains(w.afterAction())) {
            return false;
        }
        if (w.impact() != null) {
            int visible = 0;
            boolean affected = false;
            for (int k = 0; k < layout.services(); k++) {
                double v = seen.observation().service(k);
                if (!Double.isNaN(v)) {
                    visible++;
                    affected |= v < IMPACT_BELOW;
                }
            }
            boolean ongoing = InjectCondition.ONGOING.equals(w.impact());
            if (visible == 0 || affected != ongoing) {
                return false;
            }
        }
        return true;
    }

    /** Every inject decided so far, in scenario order (posted ones with their tick, skipped ones). */
    List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < injects.size(); i++) {
            if (decided[i] != PENDING) {
                out.add(new Outcome(injects.get(i), decided[i]));
            }
        }
        return out;
    }

    /** Where a posted inject goes (the simulation's channel). */
    @FunctionalInterface
    interface Poster {
        void post(int tick, String channel, String text);
    }
}
