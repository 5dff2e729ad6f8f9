package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import firedrill.app.practice.Speed;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facilitator console's header: the drill clock (the text the room sees) and its state, pause,
 * speed, jump to the next scripted event (and what it is), the projector's text size, the participant
 * window, the autosave status, the report and the end of the drill. Groups wrap onto a second row on a
 * narrow window instead of cutting their labels.
 */
final class FacilitatorHeader extends BorderPane {
    /** What the header's buttons do beyond the view model (the console owns windows and dialogs). */
    interface Actions {
        void toggleParticipant(boolean show);

        void export();

        void end();
    }

    private final DrillViewModel vm;
    private final ToggleGroup speeds = new ToggleGroup();
    private final ToggleButton participant = new ToggleButton("Participant view");

    FacilitatorHeader(DrillViewModel vm, Actions actions) {
        this.vm = vm;
        setId("facilitator-header");
        getStyleClass().add("facilitator-header");

        Label clock = Status.mark(new Label());
        clock.setId("facilitator-clock");
        clock.getStyleClass().add("facilitator-clock");
        clock.textProperty().bind(vm.observed().clockProperty()); // the same clock text as the room's
        clock.setMinWidth(Region.USE_PREF_SIZE);
        Label state = Status.mark(new Label());
        state.setId("clock-state");
        state.textProperty().bind(Bindings.when(vm.endedProperty()).then("ENDED")
                .otherwise(Bindings.when(vm.pausedProperty()).then("PAUSED").otherwise("RUNNING")));
        vm.pausedProperty().addListener((o, a, b) -> state.getStyleClass().setAll("label", "clock-state", Status.CLASS,
                b ? "paused" : "running"));
        state.getStyleClass().setAll("label", "clock-state", Status.CLASS, vm.pausedProperty().get() ? "paused" : "running");
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
        jump.setTooltip(new Tooltip("Fast-forward to the next scripted event and hold the clock there"));
        Label next = Status.mark(new Label());
        next.setId("next-event");
        next.getStyleClass().add("next-event");
        next.textProperty().bind(vm.nextEventProperty().map(s -> "Next: " + s));
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        next.getStyleClass().add("next-event-box");
        Tooltip nextTip = new Tooltip();
        nextTip.textProperty().bind(vm.nextEventFullProperty());
        nextTip.setWrapText(true);
        nextTip.setMaxWidth(480);
        next.setTooltip(nextTip);
        VBox nextBox = new VBox(2, jump, next);
        nextBox.getStyleClass().add("next-event-box");

        FlowPane left = new FlowPane(group(caption("Drill clock"), clock), group(state, pause),
                group(caption("Speed"), speedRow), nextBox);
        left.getStyleClass().add("header-groups");
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMinWidth(0);
        setCenter(left);

        Label textCaption = caption("Projector text");
        Button smaller = small("A−", "projector-text-smaller", "Smaller text on the projector (Ctrl+− there)");
        smaller.setOnAction(e -> vm.stepProjectorText(-1));
        Button larger = small("A+", "projector-text-larger", "Larger text on the projector (Ctrl++ there)");
        larger.setOnAction(e -> vm.stepProjectorText(1));
        Label size = Status.mark(new Label());
        size.setId("projector-text-size");
        size.getStyleClass().add("projector-text-size");
        size.setMinWidth(Region.USE_PREF_SIZE);
        size.textProperty().bind(vm.projectorTextProperty().map(v -> String.format(Locale.ROOT, "%.0f%%", 100 * v.doubleValue())));
        size.setOnMouseClicked(e -> vm.stepProjectorText(0));
        size.setTooltip(new Tooltip("Click for 100% (the size that fits the projector's window)"));
        HBox textRow = new HBox(4, smaller, size, larger);
        textRow.setAlignment(Pos.CENTER_LEFT);
        smaller.disableProperty().bind(vm.projectorTextProperty().lessThanOrEqualTo(DrillViewModel.TEXT_MIN + 1e-9));
        larger.disableProperty().bind(vm.projectorTextProperty().greaterThanOrEqualTo(DrillViewModel.TEXT_MAX - 1e-9));

        participant.setId("participant-toggle");
        participant.setFocusTraversable(false);
        participant.setMinWidth(Region.USE_PREF_SIZE);
        participant.setOnAction(e -> actions.toggleParticipant(participant.isSelected()));

        Label saved = Status.mark(new Label());
        saved.setId("drill-saved");
        saved.getStyleClass().add("saved-status");
        saved.textProperty().bind(vm.savedProperty());
        saved.setWrapText(true);
        saved.setMinHeight(Region.USE_PREF_SIZE);

        Button export = new Button("Export report");
        export.setId("drill-export");
        export.setFocusTraversable(false);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> actions.export());
        export.setTooltip(new Tooltip("Score the drill so far and write the after-action report (HTML and JSON)"));

        Button end = new Button("End drill…");
        end.setId("drill-end");
        end.setFocusTraversable(false);
        end.setMinWidth(Region.USE_PREF_SIZE);
        end.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        end.disableProperty().bind(vm.endedProperty());
        end.setOnAction(e -> actions.end());
        end.setTooltip(new Tooltip("Stop the clock for good and archive the drill (asks first)"));

        // End drill sits apart from Export report, so one cannot be pressed for the other.
        HBox buttons = new HBox(group(textCaption, textRow), participant, export, spacer(), end);
        buttons.getStyleClass().add("header-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(4, saved, buttons);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.getStyleClass().add("header-right");
        setRight(right);
        BorderPane.setAlignment(right, Pos.CENTER_RIGHT);
    }

    /** Keeps the toggle in step with the participant window (closed by hand, reopened). */
    void participantShowing(boolean showing) {
        participant.setSelected(showing);
    }

    private void syncSpeed(Speed s) {
        speeds.getToggles().forEach(t -> t.setSelected(t.getUserData() == s));
    }

    private static VBox group(javafx.scene.Node... nodes) {
        VBox b = new VBox(2, nodes);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private static Region spacer() {
        Region r = new Region();
        r.getStyleClass().add("header-spacer");
        return r;
    }

    private static Button small(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Label caption(String s) {
        Label l = Status.mark(new Label(s));
        l.getStyleClass().add("header-caption");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
