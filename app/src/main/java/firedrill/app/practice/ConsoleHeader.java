package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The console's top bar: incident clock, pause, speed, time since the first alert, responders, end. */
final class ConsoleHeader extends HBox {
    private final ToggleGroup speeds = new ToggleGroup();

    ConsoleHeader(ConsoleViewModel vm) {
        setId("console-header");
        getStyleClass().add("console-header");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);

        Label clock = new Label();
        clock.setId("clock");
        clock.getStyleClass().add("incident-clock");
        clock.textProperty().bind(vm.clockProperty());
        Label clockCaption = caption("Incident clock");
        VBox clockBox = new VBox(0, clockCaption, clock);

        Button pause = new Button();
        pause.setId("pause");
        pause.getStyleClass().addAll("clock-button");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("▶  Resume").otherwise("❚❚  Pause"));
        pause.setOnAction(e -> vm.togglePause());
        pause.setFocusTraversable(false);
        pause.setTooltip(new Tooltip(vm.pauseAllowed() ? "Pause or resume the clock (Space)"
                : vm.session().difficulty().pauseRefusal()));
        if (!vm.pauseAllowed()) {
            pause.getStyleClass().add("refused");
        }

        HBox speedRow = new HBox();
        speedRow.setId("speed-control");
        speedRow.getStyleClass().add("segmented");
        Speed[] all = Speed.values();
        for (int i = 0; i < all.length; i++) {
            Speed s = all[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("speed-" + s.factor());
            b.setUserData(s);
            b.setToggleGroup(speeds);
            b.setFocusTraversable(false);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setTooltip(new Tooltip(s.label() + ": " + s.factor() + " simulated seconds per second (key " + (i + 1) + ")"));
            b.setOnAction(e -> {
                vm.setSpeed(s);
                sync(vm.speedProperty().get()); // the runner confirms with the next frame
            });
            b.disableProperty().bind(vm.speedLockedProperty().and(Bindings.createBooleanBinding(() -> s != Speed.X1)));
            speedRow.getChildren().add(b);
        }
        vm.speedProperty().addListener((o, a, b) -> sync(b));
        sync(vm.speedProperty().get());
        VBox speedBox = new VBox(2, caption("Speed"), speedRow);

        Button skip = new Button("Skip quiet minutes");
        skip.setId("skip");
        skip.setFocusTraversable(false);
        skip.setOnAction(e -> vm.skipToFirstAlert());
        skip.visibleProperty().bind(vm.alertedProperty().not().and(vm.skippingProperty().not()));
        skip.managedProperty().bind(skip.visibleProperty());
        skip.getStyleClass().add(Styles.FLAT);

        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.getStyleClass().add("header-value");
        elapsed.textProperty().bind(vm.elapsedProperty());
        VBox elapsedBox = new VBox(0, caption("Since first alert"), elapsed);

        Label responders = new Label();
        responders.setId("responders");
        responders.getStyleClass().add("header-value");
        responders.textProperty().bind(vm.respondersProperty());
        vm.freeRespondersProperty().addListener((o, a, b) ->
                responders.pseudoClassStateChanged(Styles.STATE_DANGER, b.intValue() == 0));
        VBox respBox = new VBox(0, caption("Responders"), responders);

        Label firing = new Label();
        firing.setId("firing-count");
        firing.getStyleClass().add("header-value");
        firing.textProperty().bind(vm.firingProperty().asString());
        VBox firingBox = new VBox(0, caption("Alerts firing"), firing);

        Label ending = new Label();
        ending.setId("ending-notice");
        ending.getStyleClass().addAll("header-value", Styles.WARNING);
        ending.textProperty().bind(vm.endsInMinutesProperty().map(m -> m.intValue() <= 0 ? "ends now"
                : "ends in " + m + " min"));
        ending.setTooltip(new Tooltip("If every service stays stable, the exercise ends itself after "
                + RecoveryWatch.STABLE_MINUTES + " stable minutes. Pause (Space) to look around first."));
        VBox endingBox = new VBox(0, caption("If nothing changes"), ending);
        endingBox.setId("ending-box");
        endingBox.visibleProperty().bind(vm.endsInMinutesProperty().greaterThanOrEqualTo(0)
                .and(vm.endedProperty().not()));
        endingBox.managedProperty().bind(endingBox.visibleProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Label keys = new Label("Space pause · 1–4 speed · A ack · Ctrl+K actions");
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "key-help");

        Button end = new Button("End exercise");
        end.setId("end-exercise");
        end.setFocusTraversable(false);
        end.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        end.setOnAction(e -> vm.endExercise());
        end.disableProperty().bind(vm.endedProperty());

        getChildren().addAll(clockBox, new VBox(2, caption(" "), pause), speedBox, skip, elapsedBox, respBox, firingBox,
                endingBox, grow, keys, end);
        // Everything keeps its natural width; only the keyboard help gives way on narrow windows.
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof Region && n != keys && n != grow) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        for (javafx.scene.Node n : speedRow.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        clock.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void sync(Speed s) {
        speeds.getToggles().forEach(t -> t.setSelected(t.getUserData() == s));
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("header-caption");
        return l;
    }
}
