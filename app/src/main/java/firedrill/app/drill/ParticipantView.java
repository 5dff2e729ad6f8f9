package firedrill.app.drill;

import firedrill.app.fx.AlertSound;
import firedrill.app.fx.Formats;
import firedrill.app.practice.ConsoleParts;
import firedrill.app.practice.ConsoleViewModel;
import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.TimeSeriesChart;
import firedrill.app.practice.FleetHeatmap;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
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
 * service success rates, fleet, dashboards and the actions in flight — from the drill's one observed
 * {@link ConsoleViewModel} (observed metrics only; it never reads ground truth, and the facilitator's
 * notes and truth live in another window). The scenario's title is not shown (it would give the cause
 * away). Read-only: the team tells the facilitator, who enters decisions on the console.
 *
 * <p>Laid out for any projector: the type scales with the window ({@value #BASE_FONT} px at 1280×720,
 * proportionally above and below) times the facilitator's text size ({@link DrillViewModel#projectorTextProperty()}),
 * so a layout that fits at one 16:9 size fits at all of them; the header wraps instead of cutting;
 * alerts are grouped by rule and every list shows whole rows only (see {@link FitList}). When the
 * text is large for the window the three columns become two.
 */
public final class ParticipantView {
    public static final String ID = "participant-view";
    /** Root font size in px at 1280×720 and text size 100%. */
    static final double BASE_FONT = 15;
    /** Below this many em of width the layout uses two columns. */
    static final double TWO_COLUMNS_EM = 70;

    private final DrillViewModel dvm;
    private final ConsoleViewModel vm;
    private final ConsoleParts parts;
    private final BorderPane root = new BorderPane();
    private final ProjectorServices services;
    private final Region alerts;
    private final Region channel;
    private final Region fleet;
    private final Region charts;
    private final Region inflight;
    private final GridPane columns = new GridPane();
    private double fontPx;
    private boolean twoColumns;
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

        alerts = new ProjectorAlerts(vm);
        channel = new ProjectorChannel(vm.messages(), dvm.outbox());
        services = new ProjectorServices(vm);
        parts.canvases().addAll(services.canvases());
        fleet = parts.fleet(0);
        charts = parts.charts(0);
        inflight = new ProjectorActions(vm);
        for (Region r : List.of(fleet, charts)) {
            keepStatusWhole(r);
        }
        // The room cannot press the dashboards' window buttons: the window stays at one hour.
        charts.lookupAll(".segmented").forEach(n -> {
            n.setVisible(false);
            n.setManaged(false);
        });
        fleet.setMinHeight(0);
        charts.setMinHeight(0);
        columns.getStyleClass().add("participant-columns");
        layoutColumns(false);

        BorderPane headerRow = new BorderPane(header());
        inviteBox.setVisible(false);
        inviteBox.setManaged(false);
        headerRow.setRight(inviteBox);
        VBox top = new VBox(headerRow);
        Label hint = new Label();
        hint.setId("participant-hint");
        hint.getStyleClass().add("participant-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty().map(h -> "Hint: " + h));
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        top.getChildren().add(hint);
        root.setTop(top);
        root.setCenter(columns);
        // Display only: nothing here takes input (the facilitator enters the team's decisions).
        root.setMouseTransparent(true);
        root.setFocusTraversable(false);
        root.widthProperty().addListener((o, a, b) -> rescale());
        root.heightProperty().addListener((o, a, b) -> rescale());
        dvm.projectorTextProperty().addListener((o, a, b) -> rescale());
        rescale();
        if (soundOn) {
            vm.setOnPage(() -> AlertSound.page(background));
        }
    }

    /** Root font size for a window of w×h at text size {@code scale} (1 = 100%). */
    static double fontFor(double w, double h, double scale) {
        double fit = Math.min(w / 1280, h / 720);
        return Math.max(8, BASE_FONT * fit * scale);
    }

    private void rescale() {
        double w = root.getWidth() > 0 ? root.getWidth() : 1280;
        double h = root.getHeight() > 0 ? root.getHeight() : 720;
        double px = Math.round(fontFor(w, h, dvm.projectorTextProperty().get()) * 10) / 10.0;
        if (px != fontPx) {
            fontPx = px;
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
            for (CanvasPane c : parts.canvases()) {
                if (c instanceof TimeSeriesChart t) {
                    t.setFontSize(Math.max(9, px * 0.6));
                } else if (c instanceof FleetHeatmap f) {
                    f.setLabelFontSize(Math.max(9, px * 0.72));
                }
            }
        }
        boolean two = w / px < TWO_COLUMNS_EM;
        if (two != twoColumns) {
            layoutColumns(two);
        }
    }

    /** Three columns (alerts and channel · services, fleet, dashboards · actions), or two when the text is large. */
    private void layoutColumns(boolean two) {
        twoColumns = two;
        columns.getChildren().clear();
        columns.getColumnConstraints().clear();
        columns.getRowConstraints().clear();
        VBox centre;
        if (two) {
            // Left: alerts over the channel. Right: services, the actions, and the fleet (dashboards left out).
            columns.getColumnConstraints().addAll(column(46), column(54));
            VBox left = new VBox(alerts, channel);
            grow(alerts, 0.45, left);
            grow(channel, 0.55, left);
            centre = new VBox(services, inflight, fleet);
            grow(inflight, 0.55, centre);
            grow(fleet, 0.45, centre);
            charts.setVisible(false);
            columns.add(left, 0, 0);
            columns.add(centre, 1, 0);
        } else {
            columns.getColumnConstraints().addAll(column(32), column(44), column(24));
            VBox left = new VBox(alerts, channel);
            grow(alerts, 0.45, left);
            grow(channel, 0.55, left);
            charts.setVisible(true);
            centre = new VBox(services, fleet, charts);
            grow(fleet, 0.5, centre);
            grow(charts, 0.5, centre);
            columns.add(left, 0, 0);
            columns.add(centre, 1, 0);
            columns.add(inflight, 2, 0);
        }
        centre.getStyleClass().add("console-centre");
        RowConstraints rc = new RowConstraints();
        rc.setVgrow(Priority.ALWAYS);
        rc.setFillHeight(true);
        columns.getRowConstraints().add(rc);
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setFillWidth(true);
        return c;
    }

    /** Gives {@code r} a share of its column's height (the rest of the column keeps its own height). */
    private static void grow(Region r, double share, VBox column) {
        r.setMinHeight(0);
        r.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(r, Priority.ALWAYS);
        r.prefHeightProperty().unbind();
        r.prefHeightProperty().bind(column.heightProperty().multiply(share));
        column.setMinHeight(0);
        column.getStyleClass().add("participant-column");
    }

    /** Status labels of a shared panel keep their whole text (their neighbours give way). */
    private static void keepStatusWhole(Parent p) {
        for (javafx.scene.Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l && Status.isStatus(l) && !l.isWrapText()) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            if (n instanceof Parent c) {
                keepStatusWhole(c);
            }
        }
    }

    private final HBox inviteBox = new HBox();

    /**
     * Shows the join URL, code and QR code in the header while the participants' web view is served
     * (nothing when it is not).
     */
    public void showInvite(javafx.beans.value.ObservableValue<firedrill.app.drill.web.Invitation.Card> card) {
        javafx.scene.image.ImageView qr = new javafx.scene.image.ImageView();
        qr.setId("participant-qr");
        qr.setPreserveRatio(true);
        qr.fitHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.max(72, fontPx * 6), root.styleProperty()));
        qr.imageProperty().bind(card.map(firedrill.app.drill.web.Invitation.Card::qr));
        Label join = Status.mark(new Label());
        join.setId("participant-join");
        join.getStyleClass().add("participant-join");
        join.setMinWidth(Region.USE_PREF_SIZE);
        join.textProperty().bind(card.map(c -> "Join on your device\n" + c.url() + "\ncode " + c.code()).orElse(""));
        inviteBox.getChildren().setAll(join, qr);
        inviteBox.setSpacing(8);
        inviteBox.setAlignment(Pos.CENTER_RIGHT);
        inviteBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> card.getValue() != null, card));
        inviteBox.managedProperty().bind(inviteBox.visibleProperty());
    }

    private javafx.scene.Node header() {
        Label caption = caption("Incident clock");
        Label clock = new Label();
        clock.setId("participant-clock");
        clock.getStyleClass().add("participant-clock");
        clock.textProperty().bind(vm.clockProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);
        VBox clockBox = new VBox(0, caption, clock);

        Label paused = Status.mark(new Label("PAUSED"));
        paused.setId("participant-paused");
        paused.getStyleClass().add("paused-badge");
        paused.setMinWidth(Region.USE_PREF_SIZE);
        paused.visibleProperty().bind(vm.pausedProperty().and(vm.endedProperty().not()));
        paused.managedProperty().bind(paused.visibleProperty());
        Label over = Status.mark(new Label("DRILL OVER"));
        over.getStyleClass().add("paused-badge");
        over.setMinWidth(Region.USE_PREF_SIZE);
        over.visibleProperty().bind(vm.endedProperty());
        over.managedProperty().bind(over.visibleProperty());

        Label speed = value("participant-speed");
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> vm.speedProperty().get() == null ? "" : vm.speedProperty().get().label(), vm.speedProperty()));
        VBox speedBox = stat("Clock speed", speed);
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

        var meta = dvm.spec().scenario().meta();
        Label title = new Label("Incident drill" + (meta == null || meta.date() == null ? "" : " · " + Formats.date(meta.date())));
        title.setId("participant-title");
        title.getStyleClass().add("participant-title");
        title.setMinWidth(Region.USE_PREF_SIZE);

        HBox badges = new HBox(paused, over);
        badges.setAlignment(Pos.CENTER_LEFT);
        FlowPane stats = new FlowPane(clockBox, badges, speedBox, stat("Since first alert", elapsed),
                stat("Alerts firing", firing), stat("Responders", responders), title);
        stats.setId("participant-header");
        stats.getStyleClass().add("participant-header");
        stats.setAlignment(Pos.CENTER_LEFT);
        stats.setRowValignment(javafx.geometry.VPos.CENTER);
        stats.hgapProperty().bind(Bindings.createDoubleBinding(() -> Math.max(12, fontPx * 1.6), root.styleProperty()));
        stats.setVgap(4);
        return stats;
    }

    private static VBox stat(String caption, Label value) {
        VBox b = new VBox(0, caption(caption), value);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("participant-caption");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("participant-value");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** What the window's timer does each frame: pull the latest frame and repaint (tests lay it out without a window). */
    void frame() {
        vm.pull();
        parts.paint();
    }

    /** Font size of the root in px (tests). */
    double fontPx() {
        return fontPx;
    }

    /** Whether the layout has two columns (large text for the window) instead of three (tests). */
    boolean twoColumns() {
        return twoColumns;
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
