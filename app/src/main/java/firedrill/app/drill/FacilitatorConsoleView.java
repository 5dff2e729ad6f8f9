package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Confirm;
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
import javafx.scene.layout.FlowPane;
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
 *
 * <p>Lays out from 1280×720 up: the type follows the window around 1600×900 (every size in the
 * drill stylesheet is in em, so the columns keep their proportions), the header wraps, and each
 * panel wraps its text instead of cutting status. Ending the drill and leaving it ask first.
 */
public final class FacilitatorConsoleView implements Screen {
    /** Style class of every node that shows ground truth or facilitator-only material. */
    public static final String TRUTH = "truth";
    /** Key of the drill in the root's properties (tests). */
    public static final String DRILL_KEY = "firedrill.drill";
    /** Key of this view in the root's properties (tests). */
    public static final String VIEW_KEY = "firedrill.drill.console";
    /** The window size at which the console's type is the app's own size; larger windows scale it up. */
    static final double DESIGN_WIDTH = 1600;
    static final double DESIGN_HEIGHT = 900;
    /** At most this factor (a 4K window without desktop scaling). */
    static final double MAX_SCALE = 2.2;
    /** At least this factor (a 1280×720 window: a little smaller than the app's type, still readable). */
    static final double MIN_SCALE = 0.92;

    private final DrillViewModel vm;
    private final DrillContext ctx;
    private final StackPane root = new StackPane();
    private final ParticipantView participant;
    private final FacilitatorHeader header;
    private final TruthPanel truth;
    /** "Invite participants": the web view for the team's own devices (off until the facilitator starts it). */
    private final firedrill.app.drill.web.Invitation invitation;
    private final int screenIndex;
    private final boolean fullScreen;
    private Confirm confirm = Confirm.DIALOG;
    private Scene scene;
    private boolean disposed;
    private boolean participantListened;
    private boolean openParticipant = true;
    private double fontPx;
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    private final javafx.beans.InvalidationListener resize = o -> rescale();
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
        vm.setExecutors(ctx.tasks().background(), ctx.tasks().fx());
        this.participant = new ParticipantView(vm, ctx.soundOn().getAsBoolean(), ctx.tasks().background());
        this.invitation = new firedrill.app.drill.web.Invitation(vm.drill(), ctx.tasks().background(), ctx.tasks().fx());
        participant.showInvite(invitation.cardProperty());
        root.setId("facilitator-console");
        root.getStyleClass().add("facilitator");
        root.getProperties().put(DRILL_KEY, vm.drill());
        root.getProperties().put(VIEW_KEY, this);

        ConsoleParts parts = new ConsoleParts(vm.observed());
        truth = new TruthPanel(vm);
        Region decisions = decisionsPanel(parts);
        SplitPane right = new SplitPane(new InjectLibrary(vm), new ObservationsPanel(vm));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.46);
        right.getStyleClass().add("drill-column");
        SplitPane main = new SplitPane(truth, decisions, right);
        main.setDividerPositions(0.39, 0.685);
        main.getStyleClass().add("console-main");

        header = new FacilitatorHeader(vm, new FacilitatorHeader.Actions() {
            @Override
            public void toggleParticipant(boolean show) {
                if (show) {
                    showParticipant();
                } else {
                    participant.hide();
                }
            }

            @Override
            public void export() {
                FacilitatorConsoleView.this.export();
            }

            @Override
            public void end() {
                confirmEnd();
            }
        });

        BorderPane layout = new BorderPane(main);
        layout.setTop(new VBox(header, new ReportBar(vm, this::window)));
        root.getChildren().addAll(layout, endedOverlay());
    }

    /** How the console asks before ending or leaving a drill (tests answer without a dialog). */
    public void setConfirm(Confirm confirm) {
        this.confirm = confirm;
    }

    // ---- size -------------------------------------------------------------------------------------

    /** The console's type size for a window of w×h when the app's own size is {@code base} px. */
    static double fontFor(double w, double h, double base) {
        double f = Math.min(w / DESIGN_WIDTH, h / DESIGN_HEIGHT);
        return base * Math.max(MIN_SCALE, Math.min(MAX_SCALE, f));
    }

    private void rescale() {
        if (scene == null) {
            return;
        }
        double px = Math.round(fontFor(scene.getWidth(), scene.getHeight(), appFont()) * 10) / 10.0;
        if (px != fontPx) {
            fontPx = px;
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
            truth.setFontSize(px);
        }
    }

    /** The app's font size from the user's setting on the scene root (fd-font-NN: NN% of 14 px). */
    private double appFont() {
        if (scene != null && scene.getRoot() != null) {
            for (String c : scene.getRoot().getStyleClass()) {
                if (c.startsWith("fd-font-")) {
                    try {
                        return 14 * Integer.parseInt(c.substring("fd-font-".length())) / 100.0;
                    } catch (NumberFormatException e) {
                        return 14;
                    }
                }
            }
        }
        return 14;
    }

    /** The console's type size in px (tests). */
    double fontPx() {
        return fontPx;
    }

    // ---- decisions --------------------------------------------------------------------------------

    private Region decisionsPanel(ConsoleParts parts) {
        ComboBox<DrillViewModel.Decider> who = new ComboBox<>();
        who.setId("decider");
        who.getItems().setAll(vm.deciders());
        who.valueProperty().bindBidirectional(vm.deciderProperty());
        who.setMaxWidth(Double.MAX_VALUE);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        Label whoLabel = new Label("Decided by");
        whoLabel.getStyleClass().add("field-label");
        whoLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox decider = new HBox(whoLabel, who);
        decider.getStyleClass().add("decider-row");
        Region actions = parts.actionPanel(vm.actions(), "Record decision");
        VBox.setVgrow(actions, Priority.ALWAYS);
        Label editing = Status.mark(new Label());
        editing.setId("decision-editing");
        editing.getStyleClass().add("editing-label");
        editing.setWrapText(true);
        editing.setMinHeight(Region.USE_PREF_SIZE);
        editing.textProperty().bind(vm.editingProperty().map(r -> "Editing " + r.decision().action() + " (entered "
                + r.entered() + "): Record replaces it before it applies.").orElse(""));
        Button cancelEdit = new Button("Cancel edit");
        cancelEdit.setId("cancel-decision-edit");
        cancelEdit.getStyleClass().add(Styles.SMALL);
        cancelEdit.setMinWidth(Region.USE_PREF_SIZE);
        cancelEdit.setOnAction(e -> vm.cancelEdit());
        HBox.setHgrow(editing, Priority.ALWAYS);
        HBox editRow = new HBox(8, editing, cancelEdit);
        editRow.getStyleClass().add("decider-row");
        editRow.visibleProperty().bind(vm.editingProperty().isNotNull());
        editRow.managedProperty().bind(editRow.visibleProperty());
        VBox entry = new VBox(Panels.header(Panels.title("Team decision")),
                new firedrill.app.drill.web.ParticipantsPane(invitation, this::window), decider, editRow, actions);
        entry.getStyleClass().add("panel");

        DecisionLog log = new DecisionLog(vm, new DecisionLog.Actions() {
            @Override
            public void undo(DrillViewModel.DecisionRow row) {
                undoDecision(row);
            }

            @Override
            public void edit(DrillViewModel.DecisionRow row) {
                vm.beginEdit(row);
            }
        });
        SplitPane split = new SplitPane(entry, log);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        split.getStyleClass().addAll("drill-column", "decision-column");
        return split;
    }

    /**
     * Undo in the decision log: a decision that has not applied is withdrawn at once; one that has
     * applied can only be marked as entered in error (its effect stays in the run), so that asks first.
     */
    private void undoDecision(DrillViewModel.DecisionRow row) {
        if (!"pending".equals(row.state())) {
            int c = confirm.ask(window(), "Mark the decision as entered in error?", row.decision().action()
                    + (row.decision().target() == null ? "" : " → " + row.decision().target()) + " applied at " + row.at()
                    + ". The simulation acted on it and keeps its effect — an applied action cannot be un-applied. "
                    + "The log and the report will show it as entered in error. To reverse its effect, record the "
                    + "opposite decision.", List.of("Mark as entered in error"));
            if (c != 0) {
                return;
            }
        }
        vm.undoDecision(row, null);
    }

    // ---- the end ----------------------------------------------------------------------------------

    private StackPane endedOverlay() {
        Label title = new Label("Drill over");
        title.getStyleClass().add(Styles.TITLE_3);
        Label why = new Label();
        why.setId("drill-end-reason");
        why.setWrapText(true);
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
        FlowPane buttons = new FlowPane(10, 8, export, ReportBar.openButton(vm, "open-report-ended"),
                ReportBar.saveAsButton(vm, this::window, "save-report-ended"),
                ReportBar.aarIpButton(vm, this::window, "edit-aar-ip-ended"), home);
        VBox card = new VBox(title, why, what, buttons, status);
        card.getStyleClass().add("drill-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("drill-ended");
        overlay.getStyleClass().add("drill-overlay");
        overlay.visibleProperty().bind(vm.endedProperty());
        return overlay;
    }

    private void export() {
        vm.export(vm.defaultReportFile(ctx.store()));
    }

    /** End drill: asks first (the clock stops for good); the report can still be exported afterwards. */
    private void confirmEnd() {
        if (vm.endedProperty().get()) {
            return;
        }
        int c = confirm.ask(window(), "End the drill?", "The clock stops for good at " + vm.clockProperty().get()
                + " and the drill is archived; the report scores it up to this moment. To stop for a while, "
                + "press Pause instead.", List.of("End drill"));
        if (c == 0) {
            vm.end();
        }
    }

    private javafx.stage.Window window() {
        return scene == null ? null : scene.getWindow();
    }

    // ---- participant window -----------------------------------------------------------------------

    private void showParticipant() {
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        javafx.stage.Screen target = screenIndex >= 0 && screenIndex < screens.size() ? screens.get(screenIndex)
                : screens.get(screens.size() - 1);
        participant.show(window(), target, fullScreen, ctx.styler());
        header.participantShowing(true);
        if (!participantListened) {
            participantListened = true;
            participant.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                    e -> header.participantShowing(false));
        }
    }

    /** The participants' web view of this drill (off until the facilitator starts it). */
    public firedrill.app.drill.web.Invitation invitation() {
        return invitation;
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
            scene.widthProperty().addListener(resize);
            scene.heightProperty().addListener(resize);
            rescale();
        }
        timer.start();
        if (openParticipant) {
            showParticipant();
        }
    }

    /** Whether {@link #shown()} opens the participant window (tests and screenshots lay it out on their own). */
    void setOpenParticipant(boolean open) {
        this.openParticipant = open;
    }

    /**
     * Leaving a drill that is under way (another screen, the editor, closing the app) asks first:
     * keep it to resume later (it stays saved; the set-up screen and History offer to resume it), end
     * it, or stay. An ended drill leaves without asking.
     */
    @Override
    public boolean canLeave() {
        if (disposed || vm.endedProperty().get() || scene == null || scene.getWindow() == null
                || !scene.getWindow().isShowing()) {
            return true;
        }
        boolean wasPaused = vm.pausedProperty().get();
        vm.setPaused(true);
        int c = confirm.ask(window(), "Leave the drill?", "The drill at " + vm.clockProperty().get()
                + " is still under way and the participant view would close. Keep it to resume later (it is "
                + "saved, paused), or end it now?", List.of("Keep it and leave", "End the drill and leave"));
        if (c == 1) {
            vm.end();
        }
        if (c < 0 && !wasPaused) {
            vm.setPaused(false);
        }
        return c >= 0;
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
            scene.widthProperty().removeListener(resize);
            scene.heightProperty().removeListener(resize);
        }
        participant.hide();
        // Closing saves a last time and may wait for the simulation (up to 20 s): never on the FX thread.
        Drill drill = vm.drill();
        ctx.tasks().background().execute(() -> {
            invitation.close();
            drill.close();
        });
    }
}
