package firedrill.engine.sim;

import firedrill.engine.command.Command;
import firedrill.engine.rng.SeededStream;
import firedrill.engine.action.ActionDesk;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.alert.AlertEngine;
import firedrill.engine.alert.Metric;
import firedrill.engine.alert.Observation;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.FleetModel;
import firedrill.engine.model.FleetState;
import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run: scenario + seed + command log → state, one tick (simulated second) at a time.
 * <p>Each tick: apply due commands (in log order), fire scripted injects, step the fleet, advance
 * actions, scrape and evaluate alerts, record the minute. Every random draw comes from a stream
 * derived from the seed and a mechanism name — per cluster for per-cluster mechanisms, per rule for
 * noise alerts, per action from its tick and order within the tick — owned by the component that
 * draws, so a fork copies them with it. {@link #fork()} copies everything, so a counterfactual can
 * start from any tick. Single-threaded: the owner steps it and publishes {@link #snapshot()}s.
 */
public final class Simulation {
    private final ModelSpec spec;
    private final long seed;
    private int tick;
    private final FleetModel model;
    private final ActionDesk desk;
    private final Observation observation;
    private final AlertEngine alerts;
    private final List<Command> pending;
    private final List<Command> log;
    private final List<Message> messages;
    private List<Message> messagesView;
    private final History history;
    private final ScriptedInjects injects;
    /** The team's view of its own actions in snapshots (created on first use; reuses unchanged arrays). */
    private TeamView team;

    private Simulation(ModelSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
        this.model = new FleetModel(spec, seed);
        this.desk = new ActionDesk(spec, seed);
        desk.attach(model);
        this.observation = new Observation(spec.mechanisms(), spec.layout().ids(), spec.layout().services(), seed);
        this.alerts = new AlertEngine(spec, seed);
        this.pending = new ArrayList<>();
        this.log = new ArrayList<>();
        this.messages = new ArrayList<>();
        this.messagesView = List.of();
        this.history = new History();
        this.injects = new ScriptedInjects(spec);
        this.tick = 0;
        fireInjects();
        // Settle tick 0 (demand, capacity, health) so the first sample shows a real fleet, not zeros.
        model.step(0);
        observation.scrape(0, model);
        recordMinute();
    }

    private Simulation(Simulation o) {
        spec = o.spec;
        seed = o.seed;
        tick = o.tick;
        model = o.model.copy();
        desk = o.desk.copy();
        desk.attach(model);
        observation = o.observation.copy();
        alerts = o.alerts.copy();
        pending = new ArrayList<>(o.pending);
        log = new ArrayList<>(o.log);
        messages = new ArrayList<>(o.messages);
        messagesView = o.messagesView;
        history = o.history.copy();
        injects = o.injects.copy();
    }

    public static Simulation start(ModelSpec spec, long seed) {
        return new Simulation(spec, seed);
    }

    /** A deep copy at the current tick: stepping both with the same commands gives the same run. */
    public Simulation fork() {
        return new Simulation(this);
    }

    /**
     * Queues a command. It applies at the start of its tick; a command for the current or an earlier
     * tick applies at the next one (and is logged with that tick, so replays match).
     */
    public Command submit(Command command) {
        Command c = command.tick() > tick ? command : command.at(tick + 1);
        int i = pending.size();
        while (i > 0 && pending.get(i - 1).tick() > c.tick()) {
            i--;
        }
        pending.add(i, c);
        return c;
    }

    /**
     * Takes back a queued command before it applies (a facilitator withdrawing a decision entered by
     * mistake): removes the latest pending command equal to {@code command} in everything but its tick
     * (queued commands are re-stamped with the tick they apply at). It never reaches the log, so a replay
     * of the log is the same run. Returns false when no such command is pending (it already applied).
     */
    public boolean withdraw(Command command) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            Command c = pending.get(i);
            if (java.util.Objects.equals(c.type(), command.type()) && java.util.Objects.equals(c.action(), command.action())
                    && java.util.Objects.equals(c.target(), command.target())
                    && java.util.Objects.equals(c.params(), command.params())
                    && java.util.Objects.equals(c.by(), command.by()) && java.util.Objects.equals(c.text(), command.text())) {
                pending.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Advances one simulated second. */
    public void step() {
        tick++;
        applyDueCommands();
        fireInjects();
        model.step(tick);
        desk.step(tick, model, this::post);
        if (observation.isScrapeTick(tick)) {
            observation.scrape(tick, model);
            alerts.evaluate(tick, observation);
        }
        if (tick % 60 == 0) {
            recordMinute();
        }
    }

    public void runUntil(int targetTick) {
        int end = Math.min(targetTick, spec.horizonTick());
        while (tick < end) {
            step();
        }
    }

    public void runToEnd() {
        runUntil(spec.horizonTick());
    }

    public boolean finished() {
        return tick >= spec.horizonTick();
    }

    private void applyDueCommands() {
        while (!pending.isEmpty() && pending.get(0).tick() <= tick) {
            Command c = pending.remove(0);
            log.add(c);
            switch (c.type()) {
                case Command.ACTION:
                    desk.issue(c, tick, model, this::post);
                    injects.issued(c.action());
                    break;
                case Command.INJECT:
                    post(tick, c.target() == null ? "facilitator" : c.target(), "inject", c.text());
                    break;
                case Command.ACK:
                    alerts.acknowledge(c.target(), tick);
                    break;
                default:
                    post(tick, "system", "system", "ignored unknown command type " + c.type());
            }
        }
    }

    private void fireInjects() {
        injects.step(tick, new ScriptedInjects.Seen(observation, alerts, desk),
                (at, channel, text) -> post(at, channel, "inject", text));
    }

    private void post(int at, String channel, String kind, String text) {
        messages.add(new Message(at, spec.timeOf(at), channel, kind, text));
    }

    private void recordMinute() {
        FleetState s = model.state();
        int services = spec.layout().services();
        double[] avail = new double[services];
        for (int k = 0; k < services; k++) {
            avail[k] = model.availability(k);
        }
        float[] health = new float[s.n];
        float[] dns = new float[s.n];
        float[] served = new float[s.n];
        for (int c = 0; c < s.n; c++) {
            health[c] = (float) s.health[c];
            dns[c] = (float) s.dnsOk[c];
            served[c] = (float) s.served[c];
        }
        history.add(new History.Minute(tick, avail, observation.serviceColumn().clone(),
                fleetObserved(Metric.API_ERROR_RATIO), fleetObserved(Metric.DNS_FAILURE_RATIO),
                fleetObserved(Metric.API_SATURATION), health, dns, served));
    }

    private double fleetObserved(Metric m) {
        FleetLayout layout = spec.layout();
        double sum = 0;
        double weight = 0;
        for (int c = 0; c < layout.clusters(); c++) {
            double v = observation.cluster(m, c);
            if (!Double.isNaN(v)) {
                sum += v * layout.nodes(c);
                weight += layout.nodes(c);
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    /** Builds an immutable snapshot of the current tick (allocates; call once per published frame). */
    public Snapshot snapshot() {
        FleetLayout layout = spec.layout();
        FleetState s = model.state();
        if (team == null) {
            team = new TeamView(layout);
        }
        if (messagesView.size() != messages.size()) {
            messagesView = List.copyOf(messages);
        }
        int[] nodes = new int[layout.clusters()];
        boolean[] down = new boolean[layout.clusters()];
        for (int c = 0; c < layout.clusters(); c++) {
            nodes[c] = (int) Math.round(s.nodes[c]);
            down[c] = s.apiDown(c, tick);
        }
        double[] avail = new double[layout.services()];
        for (int k = 0; k < layout.services(); k++) {
            avail[k] = model.availability(k);
        }
        Snapshot.Clusters clusters = new Snapshot.Clusters(layout.ids(), layout.regionNames(), nodes,
                observation.clusterColumn(Metric.API_ERROR_RATIO).clone(),
                observation.clusterColumn(Metric.API_LATENCY_SECONDS).clone(),
                observation.clusterColumn(Metric.API_SATURATION).clone(),
                observation.clusterColumn(Metric.DNS_FAILURE_RATIO).clone(),
                observation.clusterColumn(Metric.WORKLOAD_ERROR_RATIO).clone());
        Snapshot.Truth truth = new Snapshot.Truth(avail, s.health.clone(), s.dnsOk.clone(), s.agent.clone(),
                s.admitted.clone(), s.relist.clone(), s.served.clone(), s.replicas.clone(), s.nodes.clone(), down);
        return new Snapshot(tick, spec.clockOf(tick), spec.horizonTick(), layout.serviceIds(), layout.serviceNames(), observation.serviceColumn().clone(), clusters, truth, alerts.events(),
                desk.records(tick), messagesView, history.rows(), desk.responders(), desk.busy(),
                alerts.firstRealAlert(), finished(), team.of(s, tick));
    }

    public int tick() {
        return tick;
    }

    public long seed() {
        return seed;
    }

    public ModelSpec spec() {
        return spec;
    }

    public FleetModel model() {
        return model;
    }

    public History history() {
        return history;
    }

    public AlertEngine alerts() {
        return alerts;
    }

    /** What responders see (read-only for callers). */
    public Observation observation() {
        return observation;
    }

    public ActionDesk desk() {
        return desk;
    }

    /** Commands applied so far, in order: with scenario and seed, this reproduces the run. */
    public List<Command> log() {
        return List.copyOf(log);
    }

    /** Commands submitted but not yet applied. */
    public List<Command> pending() {
        return List.copyOf(pending);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** The scenario's injects decided so far: posted (with their tick) or skipped, in scenario order. */
    public List<ScriptedInjects.Outcome> scriptedInjects() {
        return injects.outcomes();
    }

    public List<ActionRecord> actionRecords() {
        return desk.records(tick);
    }

    @Override
    public String toString() {
        return "Simulation[" + spec.scenario().id() + ", seed " + seed + ", tick " + tick + ", "
                + Arrays.toString(new int[] {log.size(), pending.size()}) + "]";
    }
}
