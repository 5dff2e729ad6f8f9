package firedrill.app.practice;

import firedrill.app.debrief.RunResult;
import firedrill.app.debrief.RunResults;
import firedrill.app.fx.Errors;
import firedrill.app.fx.Formats;
import firedrill.app.fx.ListDiff;
import firedrill.app.practice.SimulationRunner.Frame;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.alert.AlertEvent;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.History;
import firedrill.engine.sim.Message;
import firedrill.engine.sim.Snapshot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.io.IOException;
import java.nio.file.Path;
import firedrill.app.debrief.FinishedRun;
import firedrill.app.debrief.RunSaver;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The incident console's state, derived once per frame from the runner's latest {@link Frame}
 * ({@link #apply}). Exposes read-only properties and lists for the views; user intents go back to
 * the runner as commands or clock requests. No JavaFX toolkit needed (tests drive it directly).
 * Only observed data is exposed to the trainee's views: {@code Snapshot.truth} is never read here.
 */
public final class ConsoleViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleViewModel.class);
    /** Observed fleet aggregates and service availability per minute, for the charts. */
    public record ChartData(int[] ticks, double[] apiErrors, double[] dnsFailures, double[] saturation,
                            double[][] availability, int count) {
        static final ChartData EMPTY = new ChartData(new int[0], new double[0], new double[0], new double[0],
                new double[0][], 0);
    }

    /** One row of the actions panel: a submitted command not yet applied, or an action record. */
    public record ActionRow(Command pending, ActionRecord record) {
        public boolean isPending() {
            return record == null;
        }
    }

    static final String BY = "trainee";

    private final PracticeSession session;
    private final SimulationRunner runner;
    private final ModelSpec spec;
    private final String zone;

    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyIntegerWrapper tick = new ReadOnlyIntegerWrapper(this, "tick");
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper skipping = new ReadOnlyBooleanWrapper(this, "skipping");
    private final ReadOnlyBooleanWrapper alerted = new ReadOnlyBooleanWrapper(this, "alerted");
    private final ReadOnlyBooleanWrapper speedLocked = new ReadOnlyBooleanWrapper(this, "speedLocked");
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended");
    private final ReadOnlyBooleanWrapper scoring = new ReadOnlyBooleanWrapper(this, "scoring");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "—");
    private final ReadOnlyStringWrapper responders = new ReadOnlyStringWrapper(this, "responders", "");
    private final ReadOnlyIntegerWrapper freeResponders = new ReadOnlyIntegerWrapper(this, "freeResponders");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyIntegerWrapper firing = new ReadOnlyIntegerWrapper(this, "firing");
    private final ReadOnlyIntegerWrapper endsInMinutes = new ReadOnlyIntegerWrapper(this, "endsInMinutes", -1);
    private final ReadOnlyStringWrapper endingNotice = new ReadOnlyStringWrapper(this, "endingNotice", "");
    private final ReadOnlyObjectWrapper<ChartData> chartData = new ReadOnlyObjectWrapper<>(this, "chartData",
            ChartData.EMPTY);
    private final ReadOnlyObjectWrapper<RunResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<AlertEvent> alerts = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private final ObservableList<String> selectedClusters = FXCollections.observableArrayList();
    // Read-only views, created once: an unmodifiable wrapper only forwards changes while it is referenced.
    private final ObservableList<AlertEvent> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ObservableList<ActionRow> actionsView = FXCollections.unmodifiableObservableList(actions);
    private final ObservableList<Message> messagesView = FXCollections.unmodifiableObservableList(messages);
    private final ObservableList<String> selectionView = FXCollections.unmodifiableObservableList(selectedClusters);
    private final Set<String> pendingAcks = new HashSet<>();

    private Frame last;
    private long alertSignature = Long.MIN_VALUE;
    private int alertCount = -1;
    private int historySize = -1;
    private int hintMinute = -1;
    private int actionSignature;
    private int lastFirstCritical = -1;
    private Runnable onPage = () -> {};
    private Issuer issuer;
    // Until the screen passes the app's executors (setExecutors), work runs on the caller's thread.
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;
    private RunSaver saver = RunSaver.NONE;
    private CompletableFuture<RunResult> scored;

    public ConsoleViewModel(PracticeSession session, SimulationRunner runner) {
        this.session = session;
        this.runner = runner;
        this.spec = session.spec();
        this.zone = zoneAbbreviation(session);
        apply(runner.latest());
    }

    /** Where results are computed, and where their completion is delivered (the FX thread in the app). */
    public void setExecutors(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Where a finished run is saved before it is scored (not saved by default). */
    public void setRunSaver(RunSaver saver) {
        this.saver = saver;
    }

    /** Called for every new critical, non-resolved alert page (sound). */
    public void setOnPage(Runnable onPage) {
        this.onPage = onPage;
    }

    public PracticeSession session() {
        return session;
    }

    public SimulationRunner runner() {
        return runner;
    }

    public ModelSpec spec() {
        return spec;
    }

    /**
     * First tick whose visible cluster metrics come from a real scrape. The engine's very first
     * sample (tick 0) is taken before the fleet has stepped (capacity not yet computed), so for one
     * scrape interval after the lag every cluster would look saturated; the console treats that
     * sample as "no data yet" instead.
     */
    public int observationStartTick() {
        var o = spec.mechanisms() == null ? null : spec.mechanisms().observation();
        if (o == null || o.lagSeconds() == null || o.scrapeSeconds() == null) {
            return 0;
        }
        return (int) Math.round(o.lagSeconds() + o.scrapeSeconds());
    }

    // ---- per frame --------------------------------------------------------------------------------

    /** Reads the runner's latest frame; cheap when nothing changed. Returns whether anything did. */
    public boolean pull() {
        Frame f = runner.latest();
        if (f == last) {
            return false;
        }
        apply(f);
        return true;
    }

    void apply(Frame f) {
        last = f;
        Snapshot s = f.snapshot();
        frame.set(f);
        snapshot.set(s);
        tick.set(s.tick());
        clock.set(zone.isEmpty() ? s.clock() : s.clock() + " " + zone);
        speed.set(f.speed());
        paused.set(f.paused());
        skipping.set(f.skipping());
        alerted.set(s.firstAlertTick() >= 0);
        speedLocked.set(runner.speedLocked(s.firstAlertTick() >= 0));
        elapsed.set(s.firstAlertTick() < 0 ? "—" : Formats.elapsed(s.tick() - s.firstAlertTick()));
        freeResponders.set(s.freeResponders());
        responders.set(s.freeResponders() + " free · " + s.busy() + " busy");
        if (!f.notice().isEmpty()) {
            notice.set(f.notice());
        }
        updateAlerts(s);
        updateActions(f);
        updateMessages(s);
        updateCharts(s);
        if (session.difficulty().hints()) {
            int minute = s.tick() / 60;
            int sig = s.actions().size() * 31 + s.busy();
            if (minute != hintMinute || sig != actionSignature) {
                hintMinute = minute;
                actionSignature = sig;
                hint.set(Hints.of(s, spec));
            }
        }
        if (f.ended() && !ended.get()) {
            ended.set(true);
            startScoring();
        }
    }

    private void updateAlerts(Snapshot s) {
        List<AlertEvent> all = s.alerts();
        long sig = 0;
        int fire = 0;
        for (AlertEvent a : all) {
            sig = sig * 31 + a.resolvedTick() * 7L + a.ackTick();
            if (a.firing()) {
                fire++;
            }
        }
        if (all.size() == alertCount && sig == alertSignature) {
            return;
        }
        // Page for critical alerts fired since the last frame.
        for (int i = Math.max(0, alertCount); i < all.size(); i++) {
            AlertEvent a = all.get(i);
            if (a.firing() && "critical".equals(a.severity()) && a.firedTick() > lastFirstCritical) {
                lastFirstCritical = a.firedTick();
                onPage.run();
                break;
            }
        }
        alertCount = all.size();
        alertSignature = sig;
        firing.set(fire);
        pendingAcks.removeIf(id -> all.stream().anyMatch(a -> a.id().equals(id) && a.ackTick() >= 0));
        List<AlertEvent> sorted = new ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).firing()) {
                sorted.add(all.get(i));
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).firing()) {
                sorted.add(all.get(i));
            }
        }
        ListDiff.apply(alerts, sorted);
    }

    private void updateActions(Frame f) {
        List<ActionRecord> records = f.snapshot().actions();
        List<Command> pending = f.pending();
        int pendingActions = countActions(pending);
        boolean same = actions.size() == records.size() + pendingActions;
        for (int i = 0; same && i < actions.size(); i++) {
            ActionRow row = actions.get(i);
            if (i < pendingActions) {
                same = row.isPending();
                continue;
            }
            ActionRecord r = row.record();
            ActionRecord now = records.get(records.size() - 1 - (i - pendingActions));
            same = r != null && r.seq() == now.seq() && r.outcome() == now.outcome() && r.progress() == now.progress();
        }
        if (same) {
            return;
        }
        List<ActionRow> rows = new ArrayList<>(records.size() + pending.size());
        for (Command c : pending) {
            if (Command.ACTION.equals(c.type())) {
                rows.add(new ActionRow(c, null));
            }
        }
        for (int i = records.size() - 1; i >= 0; i--) {
            rows.add(new ActionRow(null, records.get(i)));
        }
        ListDiff.apply(actions, rows);
    }

    private static int countActions(List<Command> pending) {
        int n = 0;
        for (Command c : pending) {
            if (Command.ACTION.equals(c.type())) {
                n++;
            }
        }
        return n;
    }

    private void updateMessages(Snapshot s) {
        List<Message> all = s.messages();
        if (all.size() > messages.size()) {
            messages.addAll(all.subList(messages.size(), all.size()));
        }
    }

    private void updateCharts(Snapshot s) {
        List<History.Minute> rows = s.history();
        if (rows.size() == historySize) {
            return;
        }
        historySize = rows.size();
        int n = rows.size();
        updateEnding(s);
        int services = s.serviceIds().size();
        int[] ticks = new int[n];
        double[] err = new double[n];
        double[] dns = new double[n];
        double[] sat = new double[n];
        double[][] avail = new double[services][n];
        for (int i = 0; i < n; i++) {
            History.Minute m = rows.get(i);
            ticks[i] = m.tick();
            err[i] = m.observedApiErrors();
            dns[i] = m.observedDnsFailures();
            sat[i] = m.observedSaturation();
            for (int k = 0; k < services; k++) {
                avail[k][i] = k < m.observedAvailability().length ? m.observedAvailability()[k] : Double.NaN;
            }
        }
        chartData.set(new ChartData(ticks, err, dns, sat, avail, n));
    }

    /** The "ends in N min if nothing changes" countdown ({@link RecoveryWatch}), once a minute. */
    private void updateEnding(Snapshot s) {
        int left = RecoveryWatch.minutesLeft(s.history(), s.firstAlertTick());
        endsInMinutes.set(left);
        endingNotice.set(left < 0 ? ""
                : left == 0 ? "All services stable for " + RecoveryWatch.STABLE_MINUTES + " min: the exercise ends now"
                : "Ends in " + left + " min if nothing changes (all services stable; "
                        + RecoveryWatch.STABLE_MINUTES + " stable minutes end the exercise)");
    }

    /** A finished run and the file it was saved in before scoring (null when not saved). */
    private record Saved(FinishedRun run, Path file) {}

    private void startScoring() {
        scoring.set(true);
        saver.announce();
        // Two steps: the run is on disk before scoring starts, so a scoring failure or closing the
        // app while it scores loses nothing.
        scored = runner.finished()
                .thenApplyAsync(this::saveBeforeScoring, background)
                .thenApplyAsync(s -> RunResults.compute(s.run(), s.file()), background)
                .whenCompleteAsync((r, e) -> {
                    scoring.set(false);
                    if (e != null) {
                        LOG.error("Scoring the finished run failed", e);
                        notice.set("Scoring failed: " + e);
                        Errors.report(e, "scoring the run");
                        return;
                    }
                    try {
                        result.set(r);
                    } catch (RuntimeException ex) {
                        LOG.error("Showing the results failed", ex);
                        notice.set("Could not show the results: " + ex);
                        Errors.report(ex, "showing the results");
                    }
                }, fx);
    }

    private Saved saveBeforeScoring(FinishedRun run) {
        try {
            return new Saved(run, saver.save(run));
        } catch (IOException | RuntimeException e) {
            LOG.error("Saving the finished run failed", e);
            fx.execute(() -> notice.set("Your run could not be saved (" + e.getMessage() + "); it is still scored."));
            return new Saved(run, null);
        }
    }

    /** Completes with the scored result once the exercise ended (null future before). */
    public CompletableFuture<RunResult> scored() {
        return scored;
    }

    // ---- intents ----------------------------------------------------------------------------------

    /** Space: pause or resume. Pressure mode refuses to pause and says why. */
    public void togglePause() {
        setPaused(!paused.get());
    }

    public void setPaused(boolean pause) {
        if (ended.get()) {
            return;
        }
        if (!runner.setPaused(pause)) {
            notice.set(session.difficulty().pauseRefusal());
        } else {
            notice.set("");
        }
    }

    public boolean pauseAllowed() {
        return session.difficulty().pauseAllowed();
    }

    public void setSpeed(Speed s) {
        if (ended.get()) {
            return;
        }
        if (!runner.setSpeed(s)) {
            notice.set("Pressure mode: after the first alert the clock runs in real time (1×).");
        }
    }

    public void skipToFirstAlert() {
        if (!runner.skipToFirstAlert()) {
            notice.set("The first alert has already fired.");
        }
    }

    /** Acknowledges an alert (a command: it shows once the clock moves past the current tick). */
    public void acknowledge(AlertEvent a) {
        if (a == null || a.ackTick() >= 0 || pendingAcks.contains(a.id()) || ended.get()) {
            return;
        }
        pendingAcks.add(a.id());
        runner.submit(Command.ack(tick.get() + 1, a.id(), BY));
    }

    /** A: the selected alert if it needs acknowledging, else the oldest firing unacknowledged one. */
    public AlertEvent acknowledgeSelectedOrOldest(AlertEvent selected) {
        AlertEvent target = selected != null && selected.ackTick() < 0 && !pendingAcks.contains(selected.id())
                ? selected : oldestUnacked();
        acknowledge(target);
        return target;
    }

    public AlertEvent oldestUnacked() {
        AlertEvent best = null;
        for (AlertEvent a : alerts) {
            if (a.firing() && a.ackTick() < 0 && !pendingAcks.contains(a.id())
                    && (best == null || a.firedTick() < best.firedTick()
                    || a.firedTick() == best.firedTick() && a.seq() < best.seq())) {
                best = a;
            }
        }
        return best;
    }

    public boolean ackPending(AlertEvent a) {
        return pendingAcks.contains(a.id());
    }

    /** Issues an action command on behalf of the trainee. */
    public void issue(String actionId, String target, java.util.Map<String, Double> params) {
        issue(actionId, target, params, null, null, null);
    }

    /**
     * Issues an action in a chosen mode with a number of responders, carrying words ({@code text}: a
     * status update's); each null for the default (the action's mode, one responder, no words).
     */
    public void issue(String actionId, String target, java.util.Map<String, Double> params, String mode,
                      Integer responders, String text) {
        if (ended.get()) {
            return;
        }
        if (issuer != null) {
            issuer.issue(actionId, target, params, mode, responders, text);
        } else {
            runner.submit(Command.action(tick.get() + 1, actionId, target, params, mode, responders, BY, text));
        }
        notice.set("");
    }

    /** Where issued actions go instead of the runner (a drill records who decided, then submits). */
    @FunctionalInterface
    public interface Issuer {
        /** Mode, responders and text are null when not chosen (the action's default, one, no words). */
        void issue(String actionId, String target, java.util.Map<String, Double> params, String mode,
                   Integer responders, String text);
    }

    /** Routes {@link #issue} through {@code issuer} (null: straight to the runner as the trainee). */
    public void setIssuer(Issuer issuer) {
        this.issuer = issuer;
    }

    public void endExercise() {
        if (!ended.get()) {
            runner.end();
        }
    }

    public void setSelection(Collection<String> clusterIds) {
        if (!selectedClusters.equals(List.copyOf(clusterIds))) {
            selectedClusters.setAll(clusterIds);
        }
    }

    public void clearNotice() {
        notice.set("");
    }

    // ---- properties -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tickProperty() {
        return tick.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty skippingProperty() {
        return skipping.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty alertedProperty() {
        return alerted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty speedLockedProperty() {
        return speedLocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scoringProperty() {
        return scoring.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty respondersProperty() {
        return responders.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty freeRespondersProperty() {
        return freeResponders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Minutes until the run ends itself if every service stays stable; -1 when no ending is under way. */
    public ReadOnlyIntegerProperty endsInMinutesProperty() {
        return endsInMinutes.getReadOnlyProperty();
    }

    /** The countdown in words ("" when no ending is under way). */
    public ReadOnlyStringProperty endingNoticeProperty() {
        return endingNotice.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty firingProperty() {
        return firing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartDataProperty() {
        return chartData.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Alerts, firing first (newest first), then resolved (newest first). Read-only for views. */
    public ObservableList<AlertEvent> alerts() {
        return alertsView;
    }

    /** Submitted commands first, then actions newest first. */
    public ObservableList<ActionRow> actions() {
        return actionsView;
    }

    public ObservableList<Message> messages() {
        return messagesView;
    }

    /** Cluster ids selected in the fleet view (the "selection" action target). */
    public ObservableList<String> selectedClusters() {
        return selectionView;
    }

    public boolean hintsEnabled() {
        return session.difficulty().hints();
    }

    /** Local time-zone abbreviation of the incident day (e.g. PST), or "" when unknown. */
    static String zoneAbbreviation(PracticeSession session) {
        try {
            String tz = session.scenario().meta().timezone();
            String date = session.scenario().meta().date();
            if (tz == null || date == null) {
                return "";
            }
            ZoneId id = ZoneId.of(tz);
            var start = LocalDate.parse(date).atTime(LocalTime.parse(session.scenario().meta().start(),
                    DateTimeFormatter.ofPattern("HH:mm"))).atZone(id);
            return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(start);
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String zoneName(ZoneId id) {
        return id.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
