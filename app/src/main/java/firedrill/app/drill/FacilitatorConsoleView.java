package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Screen;
import firedrill.app.practice.ConsoleParts;
import firedrill.app.practice.Speed;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The facilitator console (the instructor station): the clock (pause, speed, jump to the next
 * scripted event), ground truth per cluster and what the team is missing, the team's decisions
 * (who decided, the action and target; recorded as commands) with a live log, the inject library
 * (the scenario's injects again, ready-made and free-text ones), timestamped observations, the
 * autosave status, the participant window and the after-action report. Ground-truth nodes carry
 * the style class {@value #TRUTH}; none of them is ever part of the participant view.
 */
public final class FacilitatorConsoleView implements Screen {
    /** Style class of every node that shows ground truth or facilitator-only material. */
    public static final String TRUTH = "truth";
    /** Key of the drill in the root's properties (tests). */
    public static final String DRILL_KEY = "firedrill.drill";
    /** Key of this view in the root's properties (tests). */
    public static final String VIEW_KEY = "firedrill.drill.console";

    private final DrillViewModel vm;
    private final DrillContext ctx;
    private final StackPane root = new StackPane();
    private final ParticipantView participant;
    private final int screenIndex;
    private final boolean fullScreen;
    private final ToggleGroup speeds = new ToggleGroup();
    private Scene scene;
    private boolean disposed;
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.pull();
        }
    };

    public FacilitatorConsoleView(DrillViewModel vm, DrillContext ctx, int screenIndex, boolean fullScreen) {
        this.vm = vm;
        this.ctx = ctx;
        this.screenIndex = screenIndex;
        this.fullScreen = fullScreen;
        vm.setExecutors(r -> {
            Thread t = new Thread(r, "firedrill-drill-export");
            t.setDaemon(true);
            t.start();
        }, javafx.application.Platform::runLater);
        this.participant = new ParticipantView(vm, ctx.soundOn().getAsBoolean());
        root.setId("facilitator-console");
        root.getStyleClass().add("facilitator");
        root.getProperties().put(DRILL_KEY, vm.drill());
        root.getProperties().put(VIEW_KEY, this);

        ConsoleParts parts = new ConsoleParts(vm.observed());
        Region truth = new TruthPanel(vm);
        Region decisions = decisionsPanel(parts);
        SplitPane right = new SplitPane(new InjectLibrary(vm), new ObservationsPanel(vm));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        SplitPane main = new SplitPane(truth, decisions, right);
        main.setDividerPositions(0.40, 0.69);
        main.getStyleClass().add("console-main");

        Label notice = new Label();
        notice.setId("drill-notice");
        notice.getStyleClass().add("drill-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(Bindings.createStringBinding(() -> !vm.exportedProperty().get().isEmpty()
                ? vm.exportedProperty().get() : vm.noticeProperty().get(), vm.exportedProperty(), vm.noticeProperty()));
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        BorderPane layout = new BorderPane(main);
        layout.setTop(new VBox(header(), notice));
        root.getChildren().addAll(layout, endedOverlay());
    }

    // ---- header -----------------------------------------------------------------------------------

    private HBox header() {
        Label clock = new Label();
        clock.setId("facilitator-clock");
        clock.getStyleClass().add("facilitator-clock");
        clock.textProperty().bind(vm.observed().clockProperty()); // the same clock text as the room's
        clock.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.setId("clock-state");
        state.textProperty().bind(Bindings.when(vm.endedProperty()).then("ENDED")
                .otherwise(Bindings.when(vm.pausedProperty()).then("PAUSED").otherwise("RUNNING")));
        vm.pausedProperty().addListener((o, a, b) -> state.getStyleClass().setAll("label", "clock-state", b ? "paused" : "running"));
        state.getStyleClass().setAll("label", "clock-state", vm.pausedProperty().get() ? "paused" : "running");
        state.setMinWidth(Region.USE_PREF_SIZE);

        Button pause = new Button();
        pause.setId("drill-pause");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("▶  Resume").otherwise("❚❚  Pause"));
        pause.setOnAction(e -> vm.togglePause());
        pause.setFocusTraversable(false);
        pause.setTooltip(new Tooltip("Pause or resume the clock for everyone (Space)"));
        pause.setMinWidth(Region.USE_PREF_SIZE);
        pause.disableProperty().bind(vm.endedProperty());

        HBox speedRow = new HBox();
        speedRow.getStyleClass().add("segmented");
        Speed[] all = Speed.values();
        for (int i = 0; i < all.length; i++) {
            Speed s = all[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("drill-speed-" + s.factor());
            b.setUserData(s);
            b.setToggleGroup(speeds);
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setOnAction(e -> {
                vm.setSpeed(s);
                syncSpeed(vm.speedProperty().get());
            });
            speedRow.getChildren().add(b);
        }
        vm.speedProperty().addListener((o, a, b) -> syncSpeed(b));
        syncSpeed(vm.speedProperty().get());

        Button jump = new Button("Jump to next event");
        jump.setId("drill-jump");
        jump.setFocusTraversable(false);
        jump.setMinWidth(Region.USE_PREF_SIZE);
        jump.disableProperty().bind(vm.canJumpProperty().not());
        jump.setOnAction(e -> vm.jumpToNextEvent());
        Label next = new Label();
        next.setId("next-event");
        next.getStyleClass().add("next-event");
        next.textProperty().bind(vm.nextEventProperty().map(s -> "Next: " + s));
        next.setMinWidth(0);
        next.setMaxWidth(360);
        jump.setTooltip(new Tooltip("Fast-forward to the next scripted event and hold the clock there"));
        VBox nextBox = new VBox(2, jump, next);
        HBox.setHgrow(nextBox, Priority.SOMETIMES);
        nextBox.setMinWidth(0);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        ToggleButton show = new ToggleButton("Participant view");
        show.setId("participant-toggle");
        show.setFocusTraversable(false);
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> {
            if (show.isSelected()) {
                showParticipant();
            } else {
                participant.hide();
            }
        });
        participantShowing = show;

        Label saved = new Label();
        saved.setId("drill-saved");
        saved.getStyleClass().add("saved-status");
        saved.textProperty().bind(vm.savedProperty());
        saved.setMinWidth(0);

        Button export = new Button("Export report");
        export.setId("drill-export");
        export.setFocusTraversable(false);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> export());
        export.setTooltip(new Tooltip("Score the drill so far and write the after-action report (HTML and JSON)"));

        Button end = new Button("End drill");
        end.setId("drill-end");
        end.setFocusTraversable(false);
        end.setMinWidth(Region.USE_PREF_SIZE);
        end.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        end.disableProperty().bind(vm.endedProperty());
        end.setOnAction(e -> vm.end());

        VBox clockBox = new VBox(0, caption("Drill clock"), clock);
        clockBox.setMinWidth(Region.USE_PREF_SIZE);
        VBox statusBox = new VBox(4, saved, new HBox(8, show, export, end));
        statusBox.setAlignment(Pos.CENTER_RIGHT);
        HBox h = new HBox(clockBox, new VBox(4, state, pause), new VBox(2, caption("Speed"), speedRow), nextBox, grow,
                statusBox);
        h.setId("facilitator-header");
        h.getStyleClass().add("facilitator-header");
        return h;
    }

    private ToggleButton participantShowing;
    private boolean participantListened;

    private void syncSpeed(Speed s) {
        speeds.getToggles().forEach(t -> t.setSelected(t.getUserData() == s));
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("header-caption");
        return l;
    }

    // ---- decisions --------------------------------------------------------------------------------

    private Region decisionsPanel(ConsoleParts parts) {
        ComboBox<DrillViewModel.Decider> who = new ComboBox<>();
        who.setId("decider");
        who.getItems().setAll(vm.deciders());
        who.valueProperty().bindBidirectional(vm.deciderProperty());
        who.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(who, Priority.ALWAYS);
        Label whoLabel = new Label("Decided by");
        whoLabel.getStyleClass().add("field-label");
        whoLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox decider = new HBox(whoLabel, who);
        decider.getStyleClass().add("decider-row");
        Region actions = parts.actionPanel(vm.actions(), "Record decision");
        VBox.setVgrow(actions, Priority.ALWAYS);
        VBox entry = new VBox(Panels.header(Panels.title("Team decision")), decider, actions);
        entry.getStyleClass().add("panel");

        SplitPane split = new SplitPane(entry, new DecisionLog(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        split.setMinWidth(330);
        return split;
    }

    // ---- the end ----------------------------------------------------------------------------------

    private StackPane endedOverlay() {
        Label title = new Label("Drill over");
        title.getStyleClass().add(Styles.TITLE_3);
        Label why = new Label();
        why.setId("drill-end-reason");
        why.textProperty().bind(Bindings.createStringBinding(() -> vm.endReasonProperty().get() + " at "
                + vm.clockProperty().get() + ".", vm.endReasonProperty(), vm.clockProperty()));
        Label what = new Label("The after-action report adds the team, decisions by role, injects and your "
                + "observations to the scored debrief, with the scenario's discussion questions and space for answers.");
        what.setWrapText(true);
        Button export = new Button("Export after-action report");
        export.setId("export-report");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> export());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.exportedProperty());
        Button home = new Button("Back to the library");
        home.setId("drill-home");
        home.setOnAction(e -> ctx.navigator().home());
        VBox card = new VBox(title, why, what, new HBox(10, export, home), status);
        card.getStyleClass().add("drill-card");
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("drill-ended");
        overlay.getStyleClass().add("drill-overlay");
        overlay.visibleProperty().bind(vm.endedProperty());
        return overlay;
    }

    private void export() {
        vm.export(vm.defaultReportFile(ctx.store()));
    }

    // ---- participant window -----------------------------------------------------------------------

    private void showParticipant() {
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        javafx.stage.Screen target = screenIndex >= 0 && screenIndex < screens.size() ? screens.get(screenIndex)
                : screens.get(screens.size() - 1);
        participant.show(scene == null ? null : scene.getWindow(), target, fullScreen, ctx.styler());
        participantShowing.setSelected(true);
        if (!participantListened) {
            participantListened = true;
            participant.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                    e -> participantShowing.setSelected(false));
        }
    }

    public ParticipantView participant() {
        return participant;
    }

    public DrillViewModel viewModel() {
        return vm;
    }

    // ---- keys -------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()
                || scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            vm.togglePause();
            e.consume();
        }
    }

    // ---- Screen -----------------------------------------------------------------------------------

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        var meta = vm.spec().scenario().meta();
        return "Facilitated drill · " + (meta == null ? vm.spec().scenario().id() : meta.title());
    }

    @Override
    public void shown() {
        scene = root.getScene();
        if (scene != null) {
            DrillContext.addStylesheet(scene);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        timer.start();
        showParticipant();
    }

    @Override
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        timer.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        participant.hide();
        vm.drill().close();
    }
}
