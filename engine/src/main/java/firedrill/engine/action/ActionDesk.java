package firedrill.engine.action;

import firedrill.engine.command.Command;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.FleetModel;
import firedrill.engine.model.FleetState;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.model.Targets;
import firedrill.engine.rng.SeededStream;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The responders and their actions. Actions take responders in issue order. A manual action works
 * through its targets one after another in one lane per responder (up to the number asked for; it
 * starts with whoever is free and others join as they free up); an automated one holds one responder
 * while the change is prepared, then runs unattended, {@code parallelism} targets at a time. Each
 * target takes effect when it is done. Work through the Kubernetes API progresses on a target only as
 * fast as its API answers, and a target gives up at the action's timeout (lock-out). The deploy
 * pipeline's rollback is all-or-nothing. Human work is jittered ±15% from the action's own random
 * stream, derived from the run seed and the action's place in the log (tick, order within the tick),
 * so changing or removing one action does not reshuffle the others.
 */
public final class ActionDesk {
    /** Channel on which a posted status update's text appears. */
    public static final String STATUS_CHANNEL = "status-page";
    private final ModelSpec spec;
    private final long seed;
    private final List<ActionRun> runs;
    private int responders;
    private int busy;
    private int escalationTick = -1;
    private int escalationAdds;
    private boolean escalated;
    private final List<Integer> statusUpdates;
    private int nextSeq;
    private int lastIssueTick = -1;
    private int issuedThisTick;
    /** The fleet the desk works on (for expected ends in records); set by {@link #attach}. */
    private FleetState fleet;

    public ActionDesk(ModelSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
        Team team = spec.scenario().team();
        this.responders = team == null || team.responders() == null ? 1 : team.responders();
        this.runs = new ArrayList<>();
        this.statusUpdates = new ArrayList<>();
    }

    private ActionDesk(ActionDesk o) {
        spec = o.spec;
        seed = o.seed;
        runs = new ArrayList<>(o.runs.size());
        for (ActionRun r : o.runs) {
            runs.add(r.copy());
        }
        responders = o.responders;
        busy = o.busy;
        escalationTick = o.escalationTick;
        escalationAdds = o.escalationAdds;
        escalated = o.escalated;
        statusUpdates = new ArrayList<>(o.statusUpdates);
        nextSeq = o.nextSeq;
        lastIssueTick = o.lastIssueTick;
        issuedThisTick = o.issuedThisTick;
        fleet = o.fleet;
    }

    /** A deep copy; {@link #attach} it to the copied fleet. */
    public ActionDesk copy() {
        return new ActionDesk(this);
    }

    /** The fleet whose API answers are used for expected ends in {@link #records}. */
    public void attach(FleetModel model) {
        this.fleet = model.state();
    }

    /** Queues an action command. Bad commands are recorded as failed at once, with the reason. */
    public void issue(Command cmd, int tick, FleetModel model, MessageSink sink) {
        ActionSpec as = spec.action(cmd.action());
        int seq = nextSeq++;
        // Keyed by the action's place in the log (its tick, its order within the tick), not by the count
        // of earlier actions: a what-if that changes or removes one action leaves the others' draws alone.
        if (tick != lastIssueTick) {
            lastIssueTick = tick;
            issuedThisTick = 0;
        }
        SeededStream rng = SeededStream.derive(seed, "action@" + tick + "#" + issuedThisTick++);
        if (as == null) {
            ActionSpec unknown = new ActionSpec(cmd.action(), "investigate", cmd.action(), null, false, "PT0S",
                    null, null, null, null, null);
            reject(new ActionRun(seq, unknown, ActionKind.INVESTIGATE, cmd.target(), cmd.params(), cmd.by(), tick,
                    new int[0], ActionSpec.MANUAL, 1, rng), tick, "this scenario offers no action \"" + cmd.action() + "\"", sink);
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
        String mode = ExecutionPlan.mode(as, cmd);
        ActionRun run = new ActionRun(seq, as, kind, target, cmd.params(), cmd.by(), tick, clusters,
                as.offers(mode) ? mode : ActionSpec.MANUAL, Math.max(1, cmd.respondersOrOne()), rng);
        run.text = cmd.text();
        if (problem == null) {
            problem = ExecutionPlan.problem(as, cmd, ExecutionPlan.teamMax(spec));
        }
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
    public void step(int tick, FleetModel model, MessageSink sink) {
        if (escalationTick == tick) {
            responders += escalationAdds;
            sink.post(tick, "team", "system", escalationAdds + " more responders joined the incident");
        }
        for (ActionRun run : runs) {
            if (run.outcome == Outcome.QUEUED && free() > 0) {
                start(run, tick, sink);
            }
            if (run.outcome == Outcome.RUNNING) {
                if (!run.automated()) {
                    joinLanes(run);
                }
                advance(run, tick, model, sink);
            }
        }
    }

    private void start(ActionRun run, int tick, MessageSink sink) {
        run.outcome = Outcome.RUNNING;
        run.startTick = tick;
        run.factor = run.rng.uniform(0.85, 1.15);
        int n = run.targets.length;
        if (run.automated()) {
            int lanes = ExecutionPlan.parallelism(run.spec, n);
            run.laneTarget = new int[lanes];
            run.laneTaken = new int[lanes];
            run.laneOpen = new boolean[lanes];
            java.util.Arrays.fill(run.laneTarget, -1);
            java.util.Arrays.fill(run.laneOpen, true);
            if (run.spec.steps().isEmpty()) {
                run.launchTick = tick + (int) Math.round(ExecutionPlan.prepare(run.spec) * run.factor);
            } else {
                // Automated with steps: the launching responder works through them; the rollout follows.
                run.stepEnds = stepEnds(run);
                run.launchTick = tick + run.stepEnds[run.stepEnds.length - 1];
            }
            run.held = 1;
            busy++;
        } else {
            int lanes = Math.min(run.requested, n);
            run.laneTarget = new int[lanes];
            run.laneTaken = new int[lanes];
            run.laneOpen = new boolean[lanes];
            java.util.Arrays.fill(run.laneTarget, -1);
            run.launchTick = tick;
            if (!run.spec.steps().isEmpty()) {
                run.stepEnds = stepEnds(run);
            }
            joinLanes(run);
        }
        if (run.startTick > run.issuedTick) {
            sink.post(tick, "actions", "action", describe(run) + " started");
        }
    }

    /** A multi-step action: each stage takes its own (jittered) time, in order; cumulative ends. */
    private static int[] stepEnds(ActionRun run) {
        int[] ends = new int[run.spec.steps().size()];
        int total = 0;
        for (int i = 0; i < ends.length; i++) {
            total += (int) Math.round(ScenarioTime.seconds(run.spec.steps().get(i).duration())
                    * run.rng.uniform(0.85, 1.15));
            ends[i] = total;
        }
        return ends;
    }

    /** Free responders join a manual action, one lane each, while it has targets nobody works on. */
    private void joinLanes(ActionRun run) {
        for (int l = 0; l < run.laneOpen.length && free() > 0 && run.next < run.targets.length; l++) {
            if (!run.laneOpen[l] && run.laneTaken[l] == 0) {
                run.laneOpen[l] = true;
                run.held++;
                busy++;
            }
        }
    }

    private void advance(ActionRun run, int tick, FleetModel model, MessageSink sink) {
        // Steps report as they finish, also while an automated change is still being prepared.
        while (run.stepEnds != null && run.nextStep < run.stepEnds.length
                && tick - run.startTick >= run.stepEnds[run.nextStep]) {
            sink.post(tick, "actions", "action", describe(run) + ": step " + (run.nextStep + 1) + "/"
                    + run.stepEnds.length + " done — " + run.spec.steps().get(run.nextStep).title());
            run.nextStep++;
        }
        if (tick < run.launchTick) {
            return;
        }
        if (run.automated() && run.held > 0) {
            // The change is prepared and launched; automation runs it from here.
            release(run);
            sink.post(tick, "actions", "action", describe(run) + " launched on " + run.targets.length
                    + (run.targets.length == 1 ? " target" : " targets"));
        }
        boolean api = run.spec.requiresApi();
        int timeout = run.timeout;
        boolean allOrNothing = run.kind == ActionKind.ROLLBACK_TELEMETRY;
        FleetState s = model.state();
        boolean again = true;
        while (again && run.outcome == Outcome.RUNNING) {
            again = false;
            fill(run, tick);
            for (int l = 0; l < run.laneTarget.length; l++) {
                int i = run.laneTarget[l];
                if (i < 0 || run.tStamp[i] == tick) {
                    continue;
                }
                run.tStamp[i] = tick;
                int c = run.targets[i];
                boolean viaApi = api && c >= 0;
                int elapsed = tick - run.tStart[i];
                boolean finished;
                if (viaApi) {
                    run.tProgress[i] += s.operatorAnswered[c];
                    finished = run.tProgress[i] >= Math.max(1, run.tWork[i]) * ExecutionPlan.ANSWER_THRESHOLD
                            && elapsed >= run.tWork[i];
                } else {
                    finished = elapsed >= run.tWork[i];
                }
                if (finished) {
                    run.state[i] = ActionRun.DONE;
                    run.done++;
                    run.laneTarget[l] = -1;
                    again = true;
                    if (c >= 0 && !allOrNothing) {
                        run.succeeded.add(spec.layout().id(c));
                        applyTarget(run, c, tick, model);
                        effectAt(run, tick);
                    }
                } else if (viaApi && elapsed >= timeout) {
                    run.state[i] = ActionRun.FAILED;
                    run.failedCount++;
                    run.failed.add(spec.layout().id(c));
                    run.laneTarget[l] = -1;
                    again = true;
                    if (allOrNothing) {
                        halt(run);
                    }
                }
            }
        }
        if (run.outcome == Outcome.RUNNING && run.remaining() == 0) {
            complete(run, tick, model, sink);
        }
    }

    /** Idle lanes take the next targets in order; manual lanes with nothing left release their responder. */
    private void fill(ActionRun run, int tick) {
        boolean manual = !run.automated();
        for (int l = 0; l < run.laneTarget.length; l++) {
            if (!run.laneOpen[l] || run.laneTarget[l] >= 0) {
                continue;
            }
            if (run.next >= run.targets.length || run.outcome != Outcome.RUNNING) {
                if (manual) {
                    run.laneOpen[l] = false;
                    run.held--;
                    busy--;
                }
                continue;
            }
            int i = run.next++;
            double work;
            if (manual && run.laneTaken[l] == 0 && run.stepEnds != null) {
                work = run.stepEnds[run.stepEnds.length - 1];
            } else {
                work = ExecutionPlan.work(run.spec, run.mode, run.automated() ? 0 : run.laneTaken[l]);
                boolean viaApi = run.spec.requiresApi() && run.targets[i] >= 0;
                if (manual && !viaApi) {
                    work = Math.round(work * run.factor); // hands-on time varies; API work varies with the API
                }
            }
            run.state[i] = ActionRun.ACTIVE;
            run.tStart[i] = tick;
            run.tWork[i] = work;
            run.laneTarget[l] = i;
            run.laneTaken[l]++;
        }
    }

    /** The pipeline stops at its first unreachable cluster: nothing further runs, nothing is rolled back. */
    private void halt(ActionRun run) {
        for (int i = 0; i < run.targets.length; i++) {
            if (run.state[i] == ActionRun.PENDING || run.state[i] == ActionRun.ACTIVE) {
                run.state[i] = ActionRun.FAILED;
                run.failedCount++;
                run.failed.add(spec.layout().id(run.targets[i]));
            }
        }
        java.util.Arrays.fill(run.laneTarget, -1);
        run.next = run.targets.length;
    }

    private void release(ActionRun run) {
        busy -= run.held;
        run.held = 0;
        if (run.laneOpen != null && !run.automated()) {
            java.util.Arrays.fill(run.laneOpen, false);
        }
    }

    private static void effectAt(ActionRun run, int tick) {
        if (run.firstEffectTick < 0) {
            run.firstEffectTick = tick;
        }
        run.lastEffectTick = tick;
    }

    private void complete(ActionRun run, int tick, FleetModel model, MessageSink sink) {
        run.endTick = tick;
        release(run);
        boolean pipeline = run.kind == ActionKind.ROLLBACK_TELEMETRY;
        if (pipeline && run.failedCount == 0) {
            for (int c : run.targets) {
                run.succeeded.add(spec.layout().id(c));
                applyTarget(run, c, tick, model);
            }
            effectAt(run, tick);
        }
        String effect = run.kind.clusterScoped() ? describeEffect(run) : applyFleet(run, tick, model);
        if (!run.kind.clusterScoped() && run.outcome == Outcome.RUNNING) {
            effectAt(run, tick);
        }
        if (run.failed.isEmpty() && run.outcome == Outcome.RUNNING) {
            run.outcome = Outcome.SUCCEEDED;
        } else if (run.outcome == Outcome.RUNNING) {
            run.outcome = run.succeeded.isEmpty() || pipeline ? Outcome.FAILED : Outcome.PARTIAL;
            String timeout = formatMinutes(ExecutionPlan.timeout(run.spec));
            run.reason = "Kubernetes API unreachable on " + run.failed.size() + " of " + run.clusters.length
                    + " clusters (" + abbreviate(run.failed) + "): "
                    + (pipeline ? "timed out after " + timeout + "; the deploy pipeline halted and rolled back nothing"
                    : (run.clusters.length == 1 ? "timed out after " : "each gave up after ") + timeout
                    + (run.succeeded.isEmpty() ? "" : "; the " + run.succeeded.size() + " done keep their effect"));
        }
        String summary = describe(run) + " " + run.outcome.label()
                + (run.reason.isEmpty() ? "" : ": " + run.reason)
                + (effect.isEmpty() ? "" : " — " + effect);
        sink.post(tick, "actions", "action", summary);
        if (run.kind == ActionKind.STATUS_UPDATE && run.outcome == Outcome.SUCCEEDED && run.text != null) {
            sink.post(tick, STATUS_CHANNEL, "status", run.text);
        }
    }

    /** The effect of one target being done. */
    private void applyTarget(ActionRun run, int c, int tick, FleetModel model) {
        FleetState s = model.state();
        switch (run.kind) {
            case ROLLBACK_TELEMETRY:
            case DELETE_TELEMETRY:
                model.removeAgent(c);
                break;
            case BLOCK_ADMIN_API:
                model.blockAdminApi(c);
                break;
            case UNBLOCK_ADMIN_API:
                model.unblockAdminApi(c, run.param("rate"));
                break;
            case SCALE_DOWN_CLUSTER: {
                double target = s.nodes[c] * (1 - run.param("fraction"));
                model.resizeNodes(c, target, Math.max(1, (s.nodes[c] - target) / 2.0));
                break;
            }
            case RESTORE_CLUSTER_SIZE:
                model.resizeNodes(c, spec.layout().nodes(c), run.param("nodesPerMinute"));
                break;
            case SCALE_UP_APISERVERS:
                model.addApiReplicas(c, run.param("replicas"));
                break;
            case RESTART_APISERVERS:
                model.restartApiServers(c, tick, run.rng);
                break;
            case SHIFT_TRAFFIC: {
                boolean[] mask = new boolean[spec.layout().clusters()];
                mask[c] = true;
                run.moved += model.shiftTrafficAway(mask);
                break;
            }
            case RESTART_COREDNS:
                model.restartCoreDns(c, tick);
                break;
            case DELETE_WEBHOOK:
                model.deleteWebhooks(c);
                break;
            case RESTORE_FROM_BACKUP:
                model.restoreFromBackup(c);
                break;
            case REPAIR_NODES:
                model.startRepair(c);
                break;
            case RESTORE_COMPONENT:
                model.restoreComponent(c);
                break;
            case RESTART_CONSUMERS:
                if (model.restartConsumer(c, tick)) {
                    run.moved += 1;
                }
                break;
            case ROUTE_TO_FALLBACK:
                run.moved += model.routeToFallback(c, routedServices(run));
                break;
            case BREAK_GLASS:
                model.breakGlass(c);
                break;
            case ENABLE_CLIENT_BACKOFF:
                model.enableClientBackoff(c, run.param("restartMinutes"));
                break;
            case ADD_SEATS:
                model.addSeats(c, run.param("seatsPerReplica"));
                break;
            case SET_SHARES:
                for (String level : run.spec.params().keySet()) {
                    model.setShares(c, level, run.param(level));
                }
                break;
            case INVESTIGATE:
                break;
            default:
                throw new IllegalStateException("unhandled cluster action kind " + run.kind);
        }
    }

    /** route-to-fallback moves the selector's service ({@code service:ID}), or every service for other selectors. */
    private boolean[] routedServices(ActionRun run) {
        String t = run.target;
        if (t == null || !t.startsWith("service:")) {
            return null;
        }
        boolean[] mask = new boolean[spec.layout().services()];
        int k = spec.layout().serviceIndex(t.substring("service:".length()));
        if (k >= 0) {
            mask[k] = true;
        }
        return mask;
    }

    /** What the cluster-scoped action did, for its closing message. */
    private String describeEffect(ActionRun run) {
        int k = run.succeeded.size();
        switch (run.kind) {
            case ROLLBACK_TELEMETRY:
            case DELETE_TELEMETRY:
                return k == 0 ? "" : "telemetry agent removed from " + k + " clusters";
            case BLOCK_ADMIN_API:
                return "nodes and pods of " + k + " clusters cut off from the admin API";
            case UNBLOCK_ADMIN_API:
                return String.format(Locale.ROOT, "re-admitting %.0f%% of nodes per minute", run.param("rate") * 100);
            case SCALE_DOWN_CLUSTER:
                return String.format(Locale.ROOT, "node groups shrinking by %.0f%%", run.param("fraction") * 100);
            case RESTORE_CLUSTER_SIZE:
                return String.format(Locale.ROOT, "node groups growing back at %.0f nodes per minute",
                        run.param("nodesPerMinute"));
            case SCALE_UP_APISERVERS:
                return String.format(Locale.ROOT, "+%.0f API server replicas on %d clusters", run.param("replicas"), k);
            case RESTART_APISERVERS:
                return "API servers restarting on " + k + " clusters";
            case SHIFT_TRAFFIC:
                if (run.moved * 100 < 0.05) {
                    // Say why it did less than asked (issue #21) rather than a bare 0.0%.
                    return "moved no traffic: no cluster outside the targets is healthy (95% served) with spare"
                            + " capacity to take it";
                }
                return String.format(Locale.ROOT, "moved %.1f%% of traffic (share of one service = 100%%) to healthy clusters",
                        run.moved * 100);
            case RESTART_COREDNS:
                return "CoreDNS restarted on " + k + " clusters";
            case INVESTIGATE:
                return run.spec.lesson() == null ? "" : run.spec.lesson();
            case DELETE_WEBHOOK:
                return "admission webhooks removed on " + k + " clusters";
            case RESTORE_FROM_BACKUP:
                return "control plane restored from backup on " + k + " clusters";
            case REPAIR_NODES:
                return "broken nodes of " + k + " clusters queued for repair";
            case RESTORE_COMPONENT:
                return "network component has members again on " + k + " clusters";
            case RESTART_CONSUMERS:
                return run.moved == 0 ? "none of these clusters runs a configuration consumer"
                        : String.format(Locale.ROOT, "%.0f clusters in line for a restart at the shared dependency", run.moved);
            case ROUTE_TO_FALLBACK:
                if (run.moved * 100 < 0.05) {
                    return "moved no traffic: no cluster of the fallback version is healthy (95% served) with spare"
                            + " capacity to take it";
                }
                return String.format(Locale.ROOT, "moved %.1f%% of traffic (share of one service = 100%%) to the fallback"
                        + " version", run.moved * 100);
            case BREAK_GLASS:
                return "operators use break-glass credentials (exempt priority level) on " + k + " clusters";
            case ENABLE_CLIENT_BACKOFF:
                return String.format(Locale.ROOT, "client backoff pushed to %d clusters; clients pick it up as they restart"
                        + " over %.0f min", k, run.param("restartMinutes"));
            case ADD_SEATS:
                return String.format(Locale.ROOT, "+%.0f seats per API server on %d clusters", run.param("seatsPerReplica"), k);
            case SET_SHARES: {
                StringBuilder b = new StringBuilder();
                for (String level : run.spec.params().keySet()) {
                    b.append(b.length() == 0 ? "" : ", ").append(level).append(' ')
                            .append(String.format(Locale.ROOT, "%.0f", run.param(level)));
                }
                return "priority level shares set (" + b + ") on " + k + " clusters";
            }
            default:
                throw new IllegalStateException("unhandled cluster action kind " + run.kind);
        }
    }

    /** The single-shot effect of a fleet-wide action. */
    private String applyFleet(ActionRun run, int tick, FleetModel model) {
        switch (run.kind) {
            case PAUSE_ROLLOUT:
                model.pauseRollout();
                return "the rollout will reach no further clusters";
            case RESTORE_TRAFFIC:
                model.restoreTraffic();
                return "traffic routed back to its normal split";
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
            case SCALE_OUT_COMPUTE: {
                double wanted = run.param("capacity");
                double added = model.scaleOut(wanted);
                if (added < wanted - 1e-9) {
                    run.outcome = added <= 0 ? Outcome.FAILED : Outcome.PARTIAL;
                    run.reason = "the cloud provider's quota stopped the scale-out";
                }
                return String.format(Locale.ROOT, "processing capacity +%.0f%%", added * 100);
            }
            case FREEZE_AUTOMATION:
                return platformEffect(run, model.freezeDnsAutomation(), "the DNS automation applies no more plans");
            case REPAIR_DNS_RECORD:
                if (!model.repairDnsRecord(tick)) {
                    run.outcome = Outcome.FAILED;
                    run.reason = "the endpoint's DNS record is not empty; there is nothing to repair";
                    return "";
                }
                return "the endpoint's DNS record is back; resolvers that cached the empty answer keep it until it expires";
            case THROTTLE_LEASE_INTAKE: {
                double perMinute = run.param("attemptsPerMinute");
                return platformEffect(run, model.throttleLeaseIntake(perMinute), perMinute > 0
                        ? String.format(Locale.ROOT, "the lease manager admits %.0f lease attempts per minute", perMinute)
                        : "the lease manager's intake is no longer throttled");
            }
            case RESTART_LEASE_MANAGER:
                return platformEffect(run, model.restartLeaseManager(tick), "lease manager hosts restarted; their queues are empty");
            case THROTTLE_LAUNCHES: {
                double admit = run.param("admit");
                return platformEffect(run, model.throttleLaunches(admit),
                        String.format(Locale.ROOT, "launch requests admitted: %.0f%%", admit * 100));
            }
            case DISABLE_AUTO_FAILOVER:
                return platformEffect(run, model.setAutoFailover(false), "automatic health-check failover is off");
            case ENABLE_AUTO_FAILOVER:
                return platformEffect(run, model.setAutoFailover(true), "automatic health-check failover is on");
            case CAP_FAILOVER_REMOVAL: {
                double cap = run.param("maxShare");
                return platformEffect(run, model.capFailoverRemoval(cap),
                        String.format(Locale.ROOT, "failover may remove at most %.0f%% of capacity", cap * 100));
            }
            case STOP_ARTIFACT_GENERATION:
                return model.stopArtifactGeneration() ? "no new artifact will be built or propagated"
                        : "this scenario generates no configuration artifact";
            case PUSH_GOOD_ARTIFACT:
                return model.pushGoodArtifact(tick) ? "known-good artifact entered the distribution"
                        : "this scenario generates no configuration artifact";
            case DEAD_END:
                run.outcome = Outcome.FAILED;
                run.reason = run.spec.lesson() == null ? "this does not work here" : run.spec.lesson();
                return "";
            default:
                throw new IllegalStateException("unhandled fleet action kind " + run.kind);
        }
    }

    /** A platform action's message, or a failure when the scenario lacks the mechanism it acts on. */
    private static String platformEffect(ActionRun run, boolean applied, String effect) {
        if (applied) {
            return effect;
        }
        run.outcome = Outcome.FAILED;
        run.reason = "this scenario does not model what this action acts on";
        return "";
    }

    private String describe(ActionRun run) {
        String who = run.by == null ? "" : " (" + run.by + ")";
        String on = run.kind.clusterScoped() && run.target != null ? " on " + run.target : "";
        String how = run.automated() ? " [automated]" : run.requested > 1 ? " [" + run.requested + " responders]" : "";
        return "#" + run.seq + " " + run.spec.id() + on + how + who;
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

    /** Responders held by actions now. */
    public int busy() {
        return busy;
    }

    public int free() {
        return Math.max(0, responders - busy);
    }

    public List<Integer> statusUpdates() {
        return List.copyOf(statusUpdates);
    }

    public List<ActionRecord> records(int tick) {
        List<ActionRecord> out = new ArrayList<>(runs.size());
        for (ActionRun r : runs) {
            out.add(record(r, tick));
        }
        return out;
    }

    /** Actions not yet finished, for the in-flight panel. */
    public List<ActionRecord> inFlight(int tick) {
        List<ActionRecord> out = new ArrayList<>();
        for (ActionRun r : runs) {
            if (!r.outcome.finished()) {
                out.add(record(r, tick));
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

    /**
     * The engine's estimate for a command issued now (see {@link ExecutionPlan}), with this desk's
     * responders and the API answering as it does now (ground truth; the console estimates from what
     * responders observe).
     */
    public ExecutionPlan.Estimate estimate(Command cmd, int tick, FleetModel model) {
        double[] answered = model.state().operatorAnswered;
        int[] freeAt = ExecutionPlan.availability(spec, records(tick), responders, tick, answered);
        return ExecutionPlan.estimate(spec, cmd, tick, freeAt, answered);
    }

    private ActionRecord record(ActionRun r, int tick) {
        int release = -1;
        int end = -1;
        if (r.outcome == Outcome.RUNNING) {
            int[] ex = expected(r, tick);
            release = ex[0];
            end = ex[1];
        }
        return r.record(tick, release, end);
    }

    /**
     * When a running action is expected to release its responders and to finish: targets in work
     * finish at their own pace (API work at the current answered share), pending ones go to the lane
     * that frees first.
     */
    private int[] expected(ActionRun r, int tick) {
        boolean api = r.spec.requiresApi();
        int timeout = r.timeout;
        int lanes = r.laneTarget.length;
        int[] laneFree = new int[lanes];
        int from = Math.max(tick, r.launchTick);
        for (int l = 0; l < lanes; l++) {
            int i = r.laneTarget[l];
            if (i < 0) {
                laneFree[l] = r.laneOpen[l] ? from : Integer.MAX_VALUE;
                continue;
            }
            int c = r.targets[i];
            if (api && c >= 0) {
                double a = fleet == null ? 1 : fleet.operatorAnswered[c];
                double need = Math.max(1, r.tWork[i]) * ExecutionPlan.ANSWER_THRESHOLD - r.tProgress[i];
                double more = need <= 0 ? 0 : a <= 0 ? Double.POSITIVE_INFINITY : Math.ceil(need / a);
                double at = Math.max(r.tStart[i] + r.tWork[i], tick + more);
                laneFree[l] = (int) Math.min(at, r.tStart[i] + (double) timeout);
            } else {
                laneFree[l] = (int) (r.tStart[i] + r.tWork[i]);
            }
        }
        int end = from;
        for (int l = 0; l < lanes; l++) {
            if (laneFree[l] != Integer.MAX_VALUE) {
                end = Math.max(end, laneFree[l]);
            }
        }
        int[] taken = r.laneTaken.clone();
        for (int i = r.next; i < r.targets.length; i++) {
            int lane = -1;
            for (int l = 0; l < lanes; l++) {
                if (laneFree[l] != Integer.MAX_VALUE && (lane < 0 || laneFree[l] < laneFree[lane])) {
                    lane = l;
                }
            }
            if (lane < 0) {
                break;
            }
            int c = r.targets[i];
            double w = ExecutionPlan.work(r.spec, r.mode, r.automated() ? 0 : taken[lane]);
            boolean viaApi = api && c >= 0;
            if (!r.automated() && !viaApi) {
                w = Math.round(w * r.factor);
            }
            int t = ExecutionPlan.expectedTicks(w, viaApi, fleet == null || c < 0 ? 1 : fleet.operatorAnswered[c], timeout);
            laneFree[lane] += t == Integer.MAX_VALUE ? timeout : t;
            taken[lane]++;
            end = Math.max(end, laneFree[lane]);
        }
        int release = r.automated() ? r.launchTick : end;
        return new int[] {r.held > 0 ? release : -1, end};
    }
}
