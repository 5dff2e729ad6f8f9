package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.debrief.RunResult;
import firedrill.app.fx.AlertSound;
import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.Screen;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.scenario.ActionSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The incident console: header, alerts and channel on the left, services, fleet and dashboards in
 * the middle, actions on the right. One {@link AnimationTimer} reads the runner's latest frame each
 * pulse, updates the view model, and repaints the canvases that changed — the FX thread never waits
 * for the simulation.
 */
public final class ConsoleView implements Screen {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleView.class);
    /** Receives each frame's pulse time and the nanoseconds our frame code took (ui-bench). */
    @FunctionalInterface
    public interface FrameListener {
        void frame(long pulseNanos, long workNanos);
    }

    /** Key of the runner in the root's properties (test hook: lets a test await ticks). */
    public static final String RUNNER_KEY = "firedrill.runner";
    /** Key of the view model in the root's properties (test hook: lets a test read what the console shows). */
    public static final String VIEW_MODEL_KEY = "firedrill.consoleViewModel";

    private final ConsoleViewModel vm;
    private final ActionPanelViewModel actionsVm;
    private final ConsoleContext ctx;
    private final StackPane root = new StackPane();
    private final FleetHeatmap heatmap = new FleetHeatmap();
    private final UnhealthyClustersView unhealthy = new UnhealthyClustersView();
    private TileBadges.Badge[] lastBadges;
    private firedrill.engine.sim.Snapshot.Team lastTeam;
    private List<firedrill.engine.action.ActionRecord> lastActions;
    private final AlertFeedView alertFeed;
    private final ActionPanelView actionPanel;
    private final ActionPalette palette;
    private final List<CanvasPane> canvases = new ArrayList<>();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Scene scene;
    private FrameListener frameListener;
    private boolean navigated;
    private firedrill.app.fx.Confirm confirm = firedrill.app.fx.Confirm.DIALOG;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long t0 = System.nanoTime();
            frame();
            if (frameListener != null) {
                frameListener.frame(now, System.nanoTime() - t0);
            }
        }
    };

    public ConsoleView(ConsoleViewModel vm, ConsoleContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.actionsVm = new ActionPanelViewModel(vm);
        root.setId("console");
        root.getStyleClass().add("console");
        root.getProperties().put(RUNNER_KEY, vm.runner());
        root.getProperties().put(VIEW_MODEL_KEY, vm);

        ConsoleHeader header = new ConsoleHeader(vm);
        VBox top = new VBox(header, statusStrip());

        alertFeed = new AlertFeedView(vm);
        ChannelView channel = new ChannelView(vm);
        SplitPane left = new SplitPane(alertFeed, channel);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        left.getStyleClass().add("console-column");

        ServiceCardsView services = new ServiceCardsView(vm);
        VBox fleet = fleetPanel();
        ChartsView charts = new ChartsView(vm);
        VBox.setVgrow(fleet, Priority.ALWAYS);
        charts.setMinHeight(180);
        charts.prefHeightProperty().bind(root.heightProperty().multiply(0.30));
        VBox centre = new VBox(8, services, fleet, charts);
        centre.getStyleClass().add("console-centre");

        actionPanel = new ActionPanelView(actionsVm);
        ActionsInFlightView inflight = new ActionsInFlightView(vm);
        SplitPane right = new SplitPane(actionPanel, inflight);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.66);
        right.getStyleClass().add("console-column");

        SplitPane main = new SplitPane(left, centre, right);
        main.getStyleClass().add("console-main");
        left.setMinWidth(250);
        right.setMinWidth(300);
        centre.setMinWidth(380);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        // Side columns start at a fixed width; extra width goes to the fleet and charts.
        main.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                double w = b.doubleValue();
                if (w > 0) {
                    double l = Math.min(420, Math.max(300, w * 0.23));
                    double r = Math.min(440, Math.max(340, w * 0.25));
                    main.setDividerPositions(l / w, (w - r) / w);
                    main.widthProperty().removeListener(this);
                }
            }
        });

        BorderPane layout = new BorderPane(main);
        layout.setTop(top);
        layout.getStyleClass().add("console-layout");

        palette = new ActionPalette(actionsVm, this::pickFromPalette);
        StackPane scoring = scoringOverlay();
        root.getChildren().addAll(layout, palette, scoring);

        canvases.add(heatmap);
        canvases.addAll(charts.charts());
        canvases.addAll(services.sparklines());

        FleetLayout fl = vm.spec().layout();
        List<String> ids = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        int[] nodes = new int[fl.clusters()];
        for (int c = 0; c < fl.clusters(); c++) {
            ids.add(fl.id(c));
            regions.add(fl.regionName(c));
            nodes[c] = fl.nodes(c);
        }
        heatmap.setShape(HeatmapLayout.Shape.of(ids, regions, nodes, fl.regions()));
        heatmap.setObservationStart(vm.observationStartTick());
        heatmap.setSnapshot(vm.snapshot());
        heatmap.setOnSelection(vm::setSelection);
        vm.selectedClusters().addListener((javafx.collections.ListChangeListener<String>) c ->
                heatmap.select(List.copyOf(vm.selectedClusters())));
        vm.snapshotProperty().addListener((o, a, b) -> heatmap.setSnapshot(b));
        updateBadges(vm.snapshot(), fl);
        vm.snapshotProperty().addListener((o, a, b) -> updateBadges(b, fl));
        IncidentNotices notices = new IncidentNotices();
        NoticePopups popups = new NoticePopups(root);
        notices.next(vm.snapshot());
        vm.snapshotProperty().addListener((o, a, b) -> notices.next(b).forEach(popups::show));

        vm.setExecutors(ctx.tasks().background(), ctx.tasks().fx());
        vm.setRunSaver(ctx.saver());
        vm.setOnPage(() -> {
            if (ctx.soundOn().getAsBoolean()) {
                AlertSound.page(ctx.tasks().background());
            }
        });
        vm.resultProperty().addListener((o, a, r) -> showResults(r));
    }

    /**
     * One strip under the header with a fixed height, so messages never push the panels around:
     * a notice (pause refused, the pager went off) over the guided-mode hint over a quiet default.
     */
    private StackPane statusStrip() {
        Label idle = new Label(vm.session().difficulty().label() + " mode · seed " + vm.session().seed()
                + " · everything you see is observed: metrics lag, and some alerts are noise");
        idle.getStyleClass().add("strip-idle");
        Label hint = new Label();
        hint.setId("hint");
        hint.getStyleClass().add("strip-hint");
        hint.textProperty().bind(vm.hintProperty().map(h -> "Hint: " + h));
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("strip-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.setOnMouseClicked(e -> vm.clearNotice());
        idle.visibleProperty().bind(hint.visibleProperty().not().and(notice.visibleProperty().not()));
        for (Label l : List.of(idle, hint, notice)) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMaxHeight(Double.MAX_VALUE);
            StackPane.setAlignment(l, Pos.CENTER_LEFT);
        }
        StackPane strip = new StackPane(idle, hint, notice);
        strip.setId("status-strip");
        strip.getStyleClass().addAll("status-strip", vm.hintsEnabled() ? "two-lines" : "one-line");
        return strip;
    }

    private VBox fleetPanel() {
        Label title = new Label("Fleet");
        title.getStyleClass().add("panel-title");
        Label sub = new Label("health from observed API errors, latency, DNS and workload 5xx · grey = no data");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        sub.setMinWidth(0);
        Label selection = new Label();
        selection.setId("fleet-selection");
        selection.getStyleClass().addAll(Styles.TEXT_SMALL);
        selection.textProperty().bind(javafx.beans.binding.Bindings.size(vm.selectedClusters()).asString("%d selected"));
        javafx.scene.control.Button clear = new javafx.scene.control.Button("Clear");
        clear.setId("clear-selection");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> vm.setSelection(List.of()));
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selectedClusters()));
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, sub, grow, selection, clear);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(heatmap, Priority.ALWAYS);
        heatmap.setMinSize(100, 80);
        unhealthy.setPrefWidth(320);
        unhealthy.setMinWidth(180);
        HBox body = new HBox(6, heatmap, unhealthy);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(header, body, FleetLegend.create());
        box.setId("fleet-panel");
        box.getStyleClass().addAll("panel", "fleet-panel");
        return box;
    }

    private void updateBadges(firedrill.engine.sim.Snapshot s, FleetLayout fl) {
        // Marks change only with the team's state (same arrays while unchanged) or the actions.
        if (lastBadges != null && s.team() == lastTeam && s.actions().equals(lastActions)) {
            unhealthy.update(s, lastBadges, s.tick() >= vm.observationStartTick());
            return;
        }
        lastTeam = s.team();
        lastActions = s.actions();
        TileBadges.Badge[] b = TileBadges.of(s, fl);
        lastBadges = b;
        heatmap.setBadges(b);
        unhealthy.update(s, b, s.tick() >= vm.observationStartTick());
    }

    private StackPane scoringOverlay() {
        ProgressIndicator spin = new ProgressIndicator();
        spin.setMaxSize(48, 48);
        Label text = new Label("Exercise over. Scoring your run against the real timeline…");
        text.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(12, spin, text);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("palette-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("scoring-overlay");
        overlay.getStyleClass().add("palette-scrim");
        overlay.visibleProperty().bind(vm.scoringProperty());
        return overlay;
    }

    private static final boolean DEBUG = Boolean.getBoolean("firedrill.debugFrames");

    private void frame() {
        long a = System.nanoTime();
        vm.pull();
        long b = System.nanoTime();
        for (int i = 0; i < canvases.size(); i++) {
            canvases.get(i).paintIfDirty();
        }
        long c = System.nanoTime();
        if (DEBUG && c - a > 8_000_000) {
            LOG.info(String.format(java.util.Locale.ROOT, "slow frame: pull %.1f ms, paint %.1f ms, alerts %d",
                    (b - a) / 1e6, (c - b) / 1e6, vm.alerts().size()));
        }
    }

    private void pickFromPalette(ActionSpec a) {
        actionsVm.selectedProperty().set(a);
        actionPanel.confirmButton().requestFocus();
    }

    private void showResults(RunResult r) {
        if (r == null || navigated) {
            return;
        }
        navigated = true;
        ctx.navigator().show(ctx.debrief().create(r, ctx.navigator()));
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.K && e.isShortcutDown()) {
            palette.open();
            e.consume();
            return;
        }
        if (palette.isOpen()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                palette.close();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || typing()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.SPACE) {
            vm.togglePause();
            e.consume();
        } else if (k.isDigitKey() && speedOf(k) != null) {
            vm.setSpeed(speedOf(k));
            e.consume();
        } else if (k == KeyCode.A) {
            vm.acknowledgeSelectedOrOldest(alertFeed.selected());
            alertFeed.list().refresh();
            e.consume();
        }
    }

    /** Whether keys belong to a field being typed in (a spinner's editor reports the spinner as focus owner). */
    private boolean typing() {
        javafx.scene.Node f = scene == null ? null : scene.getFocusOwner();
        return f instanceof TextInputControl || f instanceof javafx.scene.control.Spinner
                || f instanceof javafx.scene.control.ComboBox && ((javafx.scene.control.ComboBox<?>) f).isEditable();
    }

    private static Speed speedOf(KeyCode k) {
        switch (k) {
            case DIGIT1:
            case NUMPAD1:
                return Speed.X1;
            case DIGIT2:
            case NUMPAD2:
                return Speed.X10;
            case DIGIT3:
            case NUMPAD3:
                return Speed.X60;
            case DIGIT4:
            case NUMPAD4:
                return Speed.X300;
            default:
                return null;
        }
    }

    // ---- Screen -----------------------------------------------------------------------------------

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return vm.session().scenario().meta().title();
    }

    @Override
    public void shown() {
        scene = root.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        timer.start();
        root.requestFocus();
    }

    /**
     * Leaving a run that is still under way (another screen, closing the app) asks first: the run would
     * be lost (only a finished run is scored and saved). A finished run leaves for its debrief freely.
     */
    @Override
    public boolean canLeave() {
        if (navigated || vm.endedProperty().get() || scene == null || scene.getWindow() == null
                || !scene.getWindow().isShowing()) {
            return true;
        }
        int c = confirm.ask(scene.getWindow(), "Leave the run?", "The run at " + vm.clockProperty().get()
                + " is still under way. Leaving discards it: only a finished run is scored and saved. To finish it "
                + "and see the debrief, press End exercise instead.", List.of("Leave and discard the run"));
        return c == 0;
    }

    /** How leaving a running exercise is confirmed (tests answer without a dialog). */
    public void setConfirm(firedrill.app.fx.Confirm confirm) {
        this.confirm = confirm;
    }

    @Override
    public void dispose() {
        timer.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        vm.runner().close();
    }

    // ---- for tests and ui-bench -------------------------------------------------------------------

    public ConsoleViewModel viewModel() {
        return vm;
    }

    public ActionPanelViewModel actionPanelViewModel() {
        return actionsVm;
    }

    /** The unhealthy-clusters table beside the fleet view (tests). */
    public javafx.scene.control.TableView<?> unhealthyTable() {
        return unhealthy.table();
    }

    public FleetHeatmap heatmap() {
        return heatmap;
    }

    public void setFrameListener(FrameListener listener) {
        this.frameListener = listener;
    }
}
