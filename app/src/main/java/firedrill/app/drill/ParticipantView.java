package firedrill.app.drill;

import firedrill.app.fx.AlertSound;
import firedrill.app.fx.Formats;
import firedrill.app.practice.ConsoleParts;
import firedrill.app.practice.ConsoleViewModel;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The participant view: what the team on the projector sees — clock, alerts, incident channel,
 * service cards, fleet, dashboards and the actions in flight — in large type, from the drill's one
 * observed {@link ConsoleViewModel} (observed metrics only; it never reads ground truth, and the
 * facilitator's notes and truth live in another window). The scenario's title is not shown (it would
 * give the cause away). Read-only: the team tells the facilitator, who enters decisions on the console.
 */
public final class ParticipantView {
    public static final String ID = "participant-view";
    /** Chart titles and labels in large type. */
    static final double CHART_FONT = 14;
    /** Region labels of the fleet view. */
    static final double FLEET_LABEL_FONT = 15;

    private final DrillViewModel dvm;
    private final ConsoleViewModel vm;
    private final ConsoleParts parts;
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.pull();
            parts.paint();
        }
    };

    public ParticipantView(DrillViewModel dvm, boolean soundOn, java.util.concurrent.Executor background) {
        this.dvm = dvm;
        this.vm = dvm.observed();
        this.parts = new ConsoleParts(vm);
        root.setId(ID);
        root.getStyleClass().addAll(ID, "participant-layout");

        Region alerts = parts.alerts();
        Region channel = parts.channel(dvm.outbox());
        SplitPane left = new SplitPane(alerts, channel);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);

        Region services = parts.services();
        Region fleet = parts.fleet(FLEET_LABEL_FONT);
        Region charts = parts.charts(CHART_FONT);
        VBox.setVgrow(fleet, Priority.ALWAYS);
        charts.setMinHeight(220);
        charts.prefHeightProperty().bind(root.heightProperty().multiply(0.34));
        VBox centre = new VBox(10, services, fleet, charts);
        centre.getStyleClass().add("console-centre");

        Region inflight = parts.inFlight();
        SplitPane main = new SplitPane(left, centre, inflight);
        main.setDividerPositions(0.3, 0.76);
        main.getStyleClass().add("console-main");

        VBox top = new VBox(header());
        Label hint = new Label();
        hint.setId("participant-hint");
        hint.getStyleClass().add("participant-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty().map(h -> "Hint: " + h));
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        top.getChildren().add(hint);
        root.setTop(top);
        root.setCenter(main);
        // Display only: nothing here takes input (the facilitator enters the team's decisions).
        root.setMouseTransparent(true);
        root.setFocusTraversable(false);
        if (soundOn) {
            vm.setOnPage(() -> AlertSound.page(background));
        }
    }

    private HBox header() {
        Label caption = caption("Incident clock");
        Label clock = new Label();
        clock.setId("participant-clock");
        clock.getStyleClass().add("participant-clock");
        clock.textProperty().bind(vm.clockProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);
        VBox clockBox = new VBox(0, caption, clock);

        Label paused = new Label("PAUSED");
        paused.setId("participant-paused");
        paused.getStyleClass().add("paused-badge");
        paused.visibleProperty().bind(vm.pausedProperty().and(vm.endedProperty().not()));
        paused.managedProperty().bind(paused.visibleProperty());
        Label over = new Label("DRILL OVER");
        over.getStyleClass().add("paused-badge");
        over.visibleProperty().bind(vm.endedProperty());
        over.managedProperty().bind(over.visibleProperty());

        Label speed = new Label();
        speed.setId("participant-speed");
        speed.getStyleClass().add("participant-value");
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> vm.speedProperty().get() == null ? "" : vm.speedProperty().get().label(), vm.speedProperty()));
        VBox speedBox = new VBox(0, caption("Clock speed"), speed);
        speedBox.setVisible(dvm.drill().setup().showSpeed());
        speedBox.setManaged(speedBox.isVisible());

        Label elapsed = value("participant-elapsed");
        elapsed.textProperty().bind(vm.elapsedProperty());
        Label firing = value("participant-firing");
        firing.textProperty().bind(vm.firingProperty().asString());
        vm.firingProperty().addListener((o, a, b) ->
                firing.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, b.intValue() > 0));
        Label responders = value("participant-responders");
        responders.textProperty().bind(vm.respondersProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        var meta = dvm.spec().scenario().meta();
        Label title = new Label("Incident drill" + (meta == null || meta.date() == null ? "" : " · " + Formats.date(meta.date())));
        title.getStyleClass().add("participant-title");

        HBox h = new HBox(clockBox, paused, over, speedBox, new VBox(0, caption("Since first alert"), elapsed),
                new VBox(0, caption("Alerts firing"), firing), new VBox(0, caption("Responders"), responders), grow,
                title);
        h.setId("participant-header");
        h.getStyleClass().add("participant-header");
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("participant-caption");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("participant-value");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public Parent root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /**
     * Opens the view in its own window on {@code screen}: full screen when asked and the screen is not
     * the one the facilitator's window is on (a one-screen set-up gets a normal window instead).
     */
    public Stage show(Window owner, Screen screen, boolean fullScreen, java.util.function.Consumer<Scene> styler) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Firedrill — participant view");
            Scene scene = new Scene(root, 1280, 720);
            styler.accept(scene);
            DrillContext.addStylesheet(scene);
            scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("fd-font-"));
            stage.setScene(scene);
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setOnHidden(e -> timer.stop());
        }
        moveTo(screen, fullScreen, owner);
        stage.show();
        timer.start();
        return stage;
    }

    /** Moves the window to another screen (full screen only on a screen other than the console's). */
    public void moveTo(Screen screen, boolean fullScreen, Window owner) {
        if (stage == null) {
            return;
        }
        Screen target = screen == null ? Screen.getPrimary() : screen;
        boolean separate = owner == null || !target.getBounds().contains(owner.getX() + owner.getWidth() / 2,
                owner.getY() + owner.getHeight() / 2);
        stage.setFullScreen(false);
        Rectangle2D b = target.getVisualBounds();
        if (fullScreen && separate && Screen.getScreens().size() > 1) {
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
            stage.setFullScreen(true);
        } else {
            double w = Math.min(1280, b.getWidth());
            double h = Math.min(720, b.getHeight());
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(b.getMinX() + (b.getWidth() - w) / 2);
            stage.setY(b.getMinY() + (b.getHeight() - h) / 2);
        }
    }

    public void hide() {
        if (stage != null) {
            stage.hide();
        }
        timer.stop();
    }
}
