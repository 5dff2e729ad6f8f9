package firedrill.engine.action;

import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.FleetModel;
import firedrill.engine.model.FleetState;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.model.Targets;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.Team;
import firedrill.engine.command.Command;
import firedrill.engine.rng.SeededStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The responders and their actions. Each action occupies one responder from start to end; actions
 * wait in issue order for a free responder. Actions that need the Kubernetes API progress only as
 * fast as the API answers (lock-out) and fail at their timeout with the reason; actions outside it
 * take their (jittered) hands-on time. Effects land when the action completes.
 */
public final class ActionDesk {
    private static final double ANSWER_THRESHOLD = 0.999;
    /** Channel on which a posted status update's text appears. */
    public static final String STATUS_CHANNEL = "status-page";
    private final ModelSpec spec;
    private final List<ActionRun> runs;
    private int responders;
    private int escalationTick = -1;
    private int escalationAdds;
    private boolean escalated;
    private final List<Integer> statusUpdates;
    private int nextSeq;

    public ActionDesk(ModelSpec spec) {
        this.spec = spec;
        Team team = spec.scenario().team();
        this.responders = team == null || team.responders() == null ? 1 : team.responders();
        this.runs = new ArrayList<>();
        this.statusUpdates = new ArrayList<>();
    }

    private ActionDesk(ActionDesk o) {
        spec = o.spec;
        runs = new ArrayList<>(o.runs.size());
        for (ActionRun r : o.runs) {
            runs.add(r.copy());
        }
        responders = o.responders;
        escalationTick = o.escalationTick;
        escalationAdds = o.escalationAdds;
        escalated = o.escalated;
        statusUpdates = new ArrayList<>(o.statusUpdates);
        nextSeq = o.nextSeq;
    }

    public ActionDesk copy() {
        return new ActionDesk(this);
    }

    /** Queues an action command. Bad commands are recorded as failed at once, with the reason. */
    public void issue(Command cmd, int tick, FleetModel model, MessageSink sink) {
        ActionSpec as = spec.action(cmd.action());
        int seq = nextSeq++;
        if (as == null) {
            ActionSpec unknown = new ActionSpec(cmd.action(), "investigate", cmd.action(), null, false, "PT0S",
                    null, null, null, null, null);
            reject(new ActionRun(seq, unknown, ActionKind.INVESTIGATE, cmd.target(), cmd.params(), cmd.by(), tick,
                    new int[0]), tick, "this scenario offers no action \"" + cmd.action() + "\"", sink);
            return;
        }
        ActionKind kind = ActionKind.fromId(as.kind());
        String target = cmd.target() == null ? as.defaultTarget() : cmd.target();
        int[] clusters = new int[0];
        String problem = null;
        if (kind.clusterScoped()) {
            try {
                clusters = Targets.resolve(target, spec.layout());
                if (clusters.length == 0) {
                    problem = "target \"" + target + "\" matches no cluster";
                }
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        ActionRun run = new ActionRun(seq, as, kind, target, cmd.params(), cmd.by(), tick, clusters);
        run.text = cmd.text();
        if (problem == null) {
            problem = checkParams(run);
        }
        if (problem != null) {
            reject(run, tick, problem, sink);
            return;
        }
        runs.add(run);
        sink.post(tick, "actions", "action", describe(run) + " queued"
                + (free() > 0 ? "" : " (all responders busy)"));
    }

    private static String checkParams(ActionRun run) {
        for (Map.Entry<String, Double> e : run.params.entrySet()) {
            ActionSpec.Param p = run.spec.params().get(e.getKey());
            if (p == null) {
                return "unknown parameter \"" + e.getKey() + "\"; expected one of " + run.spec.params().keySet();
            }
            double v = e.getValue();
            if (Double.isNaN(v) || (p.min() != null && v < p.min()) || (p.max() != null && v > p.max())) {
                return "parameter " + e.getKey() + " = " + v + " is outside [" + p.min() + ", " + p.max() + "]";
            }
        }
        return null;
    }

    private void reject(ActionRun run, int tick, String reason, MessageSink sink) {
        run.outcome = Outcome.FAILED;
        run.reason = reason;
        run.endTick = tick;
        runs.add(run);
        sink.post(tick, "actions", "action", describe(run) + " rejected: " + reason);
    }

    /** Advances responders and in-flight actions by one tick (after the fleet has stepped). */
    public void step(int tick, FleetModel model, SeededStream rng, MessageSink sink) {
        if (escalationTick == tick) {
            responders += escalationAdds;
            sink.post(tick, "team", "system", escalationAdds + " more responders joined the incident");
        }
        for (ActionRun run : runs) {
            if (run.outcome == Outcome.QUEUED && free() > 0) {
                start(run, tick, rng, sink);
            }
            if (run.outcome == Outcome.RUNNING) {
                advance(run, tick, model, rng, sink);
            }
        }
    }

    private void start(ActionRun run, int tick, SeededStream rng, MessageSink sink) {
        int base = ScenarioTime.seconds(run.spec.duration());
        int extra = run.spec.perExtraTarget() == null ? 0 : ScenarioTime.seconds(run.spec.perExtraTarget());
        int handsOn = base + extra * Math.max(0, run.clusters.length - 1);
        run.outcome = Outcome.RUNNING;
        run.startTick = tick;
        if (run.spec.requiresApi()) {
            run.handsOnTicks = handsOn;
            run.apiWork = Math.max(1, base);
            run.apiProgress = new double[run.clusters.length];
            run.done = new boolean[run.clusters.length];
            int timeout = run.spec.timeout() == null ? 10 * 60 : ScenarioTime.seconds(run.spec.timeout());
            run.timeoutTick = tick + timeout + extra * Math.max(0, run.clusters.length - 1);
        } else if (!run.spec.steps().isEmpty()) {
            // A multi-step recovery: each stage takes its own (jittered) time, in order.
            run.stepEnds = new int[run.spec.steps().size()];
            int total = 0;
            for (int i = 0; i < run.stepEnds.length; i++) {
                total += (int) Math.round(ScenarioTime.seconds(run.spec.steps().get(i).duration()) * rng.uniform(0.85, 1.15));
                run.stepEnds[i] = total;
            }
            run.handsOnTicks = total;
        } else {
            run.handsOnTicks = (int) Math.round(handsOn * rng.uniform(0.85, 1.15));
        }
        if (run.startTick > run.issuedTick) {
            sink.post(tick, "actions", "action", describe(run) + " started");
        }
    }

    private void advance(ActionRun run, int tick, FleetModel model, SeededStream rng, MessageSink sink) {
        int elapsed = tick - run.startTick;
        if (!run.spec.requiresApi()) {
            while (run.stepEnds != null && run.nextStep < run.stepEnds.length && elapsed >= run.stepEnds[run.nextStep]) {
                sink.post(tick, "actions", "action", describe(run) + ": step " + (run.nextStep + 1) + "/"
                        + run.stepEnds.length + " done — " + run.spec.steps().get(run.nextStep).title());
                run.nextStep++;
            }
            if (elapsed >= run.handsOnTicks) {
                for (int c : run.clusters) {
                    run.succeeded.add(spec.layout().id(c));
                }
                complete(run, tick, model, rng, sink);
            }
            return;
        }
        FleetState s = model.state();
        boolean allDone = true;
        for (int i = 0; i < run.clusters.length; i++) {
            if (!run.done[i]) {
                int c = run.clusters[i];
                run.apiProgress[i] += s.answered[c];
                run.done[i] = run.apiProgress[i] >= run.apiWork * ANSWER_THRESHOLD;
                allDone &= run.done[i];
            }
        }
        if ((allDone && elapsed >= run.handsOnTicks) || tick >= run.timeoutTick) {
            FleetLayout layout = spec.layout();
            // A pipeline rollback is all-or-nothing: one unreachable cluster halts it everywhere.
            boolean pipelineHalted = run.kind == ActionKind.ROLLBACK_TELEMETRY && !allDone;
            for (int i = 0; i < run.clusters.length; i++) {
                if (!run.done[i]) {
                    run.failed.add(layout.id(run.clusters[i]));
                } else if (!pipelineHalted) {
                    run.succeeded.add(layout.id(run.clusters[i]));
                }
            }
            complete(run, tick, model, rng, sink);
        }
    }

    private void complete(ActionRun run, int tick, FleetModel model, SeededStream rng, MessageSink sink) {
        run.endTick = tick;
        String effect = applyEffect(run, tick, model, rng);
        if (run.failed.isEmpty() && run.outcome == Outcome.RUNNING) {
            run.outcome = Outcome.SUCCEEDED;
        } else if (run.outcome == Outcome.RUNNING) {
            boolean pipeline = run.kind == ActionKind.ROLLBACK_TELEMETRY;
            run.outcome = run.succeeded.isEmpty() || pipeline ? Outcome.FAILED : Outcome.PARTIAL;
            String timeout = formatMinutes(run.timeoutTick - run.startTick);
            run.reason = "Kubernetes API unreachable on " + run.failed.size() + " of " + run.clusters.length
                    + " clusters (" + abbreviate(run.failed) + "): timed out after " + timeout
                    + (pipeline ? "; the deploy pipeline halted and rolled back nothing" : "");
        }
        String summary = describe(run) + " " + run.outcome.label()
                + (run.reason.isEmpty() ? "" : ": " + run.reason)
                + (effect.isEmpty() ? "" : " — " + effect);
        sink.post(tick, "actions", "action", summary);
        if (run.kind == ActionKind.STATUS_UPDATE && run.outcome == Outcome.SUCCEEDED && run.text != null) {
            sink.post(tick, STATUS_CHANNEL, "status", run.text);
        }
    }

    private String applyEffect(ActionRun run, int tick, FleetModel model, SeededStream rng) {
        FleetLayout layout = spec.layout();
        int[] ok = run.succeeded.stream().mapToInt(layout::indexOf).toArray();
        FleetState s = model.state();
        switch (run.kind) {
            case PAUSE_ROLLOUT:
                model.pauseRollout();
                return "the rollout will reach no further clusters";
            case ROLLBACK_TELEMETRY:
            case DELETE_TELEMETRY:
                for (int c : ok) {
                    model.removeAgent(c);
                }
                return ok.length == 0 ? "" : "telemetry agent removed from " + ok.length + " clusters";
            case BLOCK_ADMIN_API:
                for (int c : ok) {
                    model.blockAdminApi(c);
                }
                return "nodes and pods of " + ok.length + " clusters cut off from the admin API";
            case UNBLOCK_ADMIN_API: {
                double rate = run.param("rate");
                for (int c : ok) {
                    model.unblockAdminApi(c, rate);
                }
                return String.format(Locale.ROOT, "re-admitting %.0f%% of nodes per minute", rate * 100);
            }
            case SCALE_DOWN_CLUSTER: {
                double fraction = run.param("fraction");
                for (int c : ok) {
                    double target = s.nodes[c] * (1 - fraction);
                    model.resizeNodes(c, target, Math.max(1, (s.nodes[c] - target) / 2.0));
                }
                return String.format(Locale.ROOT, "node groups shrinking by %.0f%%", fraction * 100);
            }
            case RESTORE_CLUSTER_SIZE: {
                double perMinute = run.param("nodesPerMinute");
                for (int c : ok) {
                    model.resizeNodes(c, layout.nodes(c), perMinute);
                }
                return String.format(Locale.ROOT, "node groups growing back at %.0f nodes per minute", perMinute);
            }
            case SCALE_UP_APISERVERS: {
                double add = run.param("replicas");
                for (int c : ok) {
                    model.addApiReplicas(c, add);
                }
                return String.format(Locale.ROOT, "+%.0f API server replicas on %d clusters", add, ok.length);
            }
            case RESTART_APISERVERS:
                for (int c : ok) {
                    model.restartApiServers(c, tick, rng);
                }
                return "API servers restarting on " + ok.length + " clusters";
            case SHIFT_TRAFFIC: {
                boolean[] mask = new boolean[layout.clusters()];
                for (int c : ok) {
                    mask[c] = true;
                }
                double moved = model.shiftTrafficAway(mask);
                return String.format(Locale.ROOT, "moved %.1f%% of traffic (share of one service = 100%%) to healthy clusters",
                        moved * 100);
            }
            case RESTORE_TRAFFIC:
                model.restoreTraffic();
                return "traffic routed back to its normal split";
            case RESTART_COREDNS:
                for (int c : ok) {
                    model.restartCoreDns(c, tick);
                }
                return "CoreDNS restarted on " + ok.length + " clusters";
            case ESCALATE: {
                if (escalated) {
                    run.outcome = Outcome.FAILED;
                    run.reason = "already escalated; there is nobody else to page";
                    return "";
                }
                Team team = spec.scenario().team();
                escalated = true;
                escalationAdds = team == null || team.escalationAdds() == null ? 0 : team.escalationAdds();
                int delay = team == null || team.escalationDelay() == null ? 0 : ScenarioTime.seconds(team.escalationDelay());
                escalationTick = tick + Math.max(1, delay);
                return escalationAdds + " responders paged; they join at " + spec.timeOf(escalationTick);
            }
            case STATUS_UPDATE:
                statusUpdates.add(tick);
                return "status page updated";
            case INVESTIGATE:
                return run.spec.lesson() == null ? "" : run.spec.lesson();
            case DELETE_WEBHOOK:
                for (int c : ok) {
                    model.deleteWebhooks(c);
                }
                return "admission webhooks removed on " + ok.length + " clusters";
            case RESTORE_FROM_BACKUP:
                for (int c : ok) {
                    model.restoreFromBackup(c);
                }
                return "control plane restored from backup on " + ok.length + " clusters";
            case REPAIR_NODES:
                for (int c : ok) {
                    model.startRepair(c);
                }
                return "broken nodes of " + ok.length + " clusters queued for repair";
            case SCALE_OUT_COMPUTE: {
                double wanted = run.param("capacity");
                double added = model.scaleOut(wanted);
                if (added < wanted - 1e-9) {
                    run.outcome = added <= 0 ? Outcome.FAILED : Outcome.PARTIAL;
                    run.reason = "the cloud provider's quota stopped the scale-out";
                }
                return String.format(Locale.ROOT, "processing capacity +%.0f%%", added * 100);
            }
            case RESTORE_COMPONENT:
                for (int c : ok) {
                    model.restoreComponent(c);
                }
                return "network component has members again on " + ok.length + " clusters";
            case DEAD_END:
                run.outcome = Outcome.FAILED;
                run.reason = run.spec.lesson() == null ? "this does not work here" : run.spec.lesson();
                return "";
            default:
                throw new IllegalStateException("unhandled action kind " + run.kind);
        }
    }

    private String describe(ActionRun run) {
        String who = run.by == null ? "" : " (" + run.by + ")";
        String on = run.kind.clusterScoped() && run.target != null ? " on " + run.target : "";
        return "#" + run.seq + " " + run.spec.id() + on + who;
    }

    private static String abbreviate(List<String> ids) {
        if (ids.size() <= 4) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }

    private static String formatMinutes(int seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    public int responders() {
        return responders;
    }

    public int busy() {
        int b = 0;
        for (ActionRun r : runs) {
            if (r.outcome == Outcome.RUNNING) {
                b++;
            }
        }
        return b;
    }

    public int free() {
        return Math.max(0, responders - busy());
    }

    public List<Integer> statusUpdates() {
        return List.copyOf(statusUpdates);
    }

    public List<ActionRecord> records(int tick) {
        List<ActionRecord> out = new ArrayList<>(runs.size());
        for (ActionRun r : runs) {
            out.add(r.record(tick));
        }
        return out;
    }

    /** Actions not yet finished, for the in-flight panel. */
    public List<ActionRecord> inFlight(int tick) {
        List<ActionRecord> out = new ArrayList<>();
        for (ActionRun r : runs) {
            if (!r.outcome.finished()) {
                out.add(r.record(tick));
            }
        }
        return out;
    }

    public boolean anyInFlight() {
        for (ActionRun r : runs) {
            if (!r.outcome.finished()) {
                return true;
            }
        }
        return false;
    }
}
