package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Screen;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The briefing screen: the story on the left, how to play on the right, then Start. */
public final class BriefingView implements Screen {
    private final BorderPane root = new BorderPane();
    private final BriefingViewModel vm;
    private final ConsoleContext ctx;

    public BriefingView(BriefingViewModel vm, ConsoleContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        root.setId("briefing");
        root.getStyleClass().add("briefing");

        VBox story = new VBox(16);
        story.getStyleClass().add("briefing-story");
        Label tag = new Label(vm.difficultyTag());
        tag.getStyleClass().addAll("tag", "difficulty-" + vm.difficultyTag());
        Label date = new Label(vm.dateLine());
        date.getStyleClass().add(Styles.TEXT_MUTED);
        date.setWrapText(true);
        HBox meta = new HBox(10, tag, date);
        meta.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        story.getChildren().addAll(meta, title,
                section("Your role", text(vm.role(), "briefing-role")),
                section("What changed today", text(vm.briefing(), "briefing-text")),
                section("Your team", text(vm.team(), "briefing-team")));
        VBox objectives = new VBox(4);
        objectives.setId("briefing-objectives");
        Runnable fillObjectives = () -> {
            objectives.getChildren().clear();
            for (String o : vm.objectives()) {
                objectives.getChildren().add(text("•  " + o, "objective"));
            }
        };
        fillObjectives.run();
        // Guided practice names the measures; Standard and Pressure keep them for the debrief.
        vm.difficultyProperty().addListener((o, a, b) -> fillObjectives.run());
        story.getChildren().add(section("Learning objectives", objectives));
        if (!vm.summary().isEmpty()) {
            TitledPane about = new TitledPane("About this scenario (spoilers)", text(vm.summary(), "briefing-summary"));
            about.setExpanded(false);
            about.setId("briefing-spoilers");
            about.getStyleClass().add("spoilers");
            story.getChildren().add(about);
        }
        HBox.setHgrow(story, Priority.ALWAYS);
        story.setMaxWidth(760);

        VBox setup = setupPanel();
        HBox columns = new HBox(32, story, setup);
        columns.setPadding(new Insets(28, 32, 32, 32));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
    }

    private VBox setupPanel() {
        VBox box = new VBox(14);
        box.getStyleClass().add("setup-card");
        box.setMinWidth(360);
        box.setPrefWidth(400);
        Label head = new Label("How do you want to play?");
        head.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(head);

        ToggleGroup modes = new ToggleGroup();
        VBox modeBox = new VBox(8);
        for (Difficulty d : Difficulty.values()) {
            RadioButton r = new RadioButton(d.label());
            r.setId("mode-" + d.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(modes);
            r.setUserData(d);
            r.setSelected(d == vm.difficultyProperty().get());
            Label desc = text(d.description(), "mode-description");
            desc.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox.setMargin(desc, new Insets(0, 0, 0, 28));
            modeBox.getChildren().addAll(r, desc);
        }
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.difficultyProperty().set((Difficulty) b.getUserData());
            }
        });
        box.getChildren().add(modeBox);

        ToggleGroup pre = new ToggleGroup();
        HBox preRow = new HBox();
        preRow.getStyleClass().add("segmented");
        BriefingViewModel.PreAlert[] values = BriefingViewModel.PreAlert.values();
        for (int i = 0; i < values.length; i++) {
            BriefingViewModel.PreAlert p = values[i];
            ToggleButton b = new ToggleButton(p == BriefingViewModel.PreAlert.SKIP ? "Skip" : p.label());
            b.setId("prealert-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(p);
            b.setToggleGroup(pre);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(p == vm.preAlertProperty().get());
            preRow.getChildren().add(b);
        }
        pre.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // keep one selected
            } else {
                vm.preAlertProperty().set((BriefingViewModel.PreAlert) b.getUserData());
            }
        });
        box.getChildren().add(section("Before the first alert", preRow,
                "The quiet minutes: watch the trigger unfold fast, or skip straight to the page."));

        ToggleGroup speeds = new ToggleGroup();
        HBox speedRow = new HBox();
        speedRow.getStyleClass().add("segmented");
        Speed[] all = Speed.values();
        for (int i = 0; i < all.length; i++) {
            Speed s = all[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("incident-speed-" + s.factor());
            b.setUserData(s);
            b.setToggleGroup(speeds);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.disableProperty().bind(vm.incidentSpeedLockedProperty().and(javafx.beans.binding.Bindings.createBooleanBinding(() -> s != Speed.X1)));
            speedRow.getChildren().add(b);
        }
        Runnable syncSpeed = () -> speeds.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.incidentSpeedProperty().get()));
        vm.incidentSpeedProperty().addListener((o, a, b) -> syncSpeed.run());
        syncSpeed.run();
        speeds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.incidentSpeedProperty().set((Speed) b.getUserData());
            }
        });
        Label speedNote = new Label();
        speedNote.textProperty().bind(javafx.beans.binding.Bindings.when(vm.incidentSpeedLockedProperty())
                .then("Pressure mode runs the incident in real time.")
                .otherwise("You can change the speed during the exercise (keys 1–4)."));
        speedNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        speedNote.setWrapText(true);
        box.getChildren().add(section("During the incident", new VBox(6, speedRow, speedNote)));

        TextField seed = new TextField();
        seed.setId("seed");
        seed.setPrefColumnCount(8);
        seed.setMaxWidth(140);
        seed.textProperty().bindBidirectional(vm.seedTextProperty());
        seed.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        vm.seedValidProperty().addListener((o, a, b) -> seed.pseudoClassStateChanged(Styles.STATE_DANGER, !b));
        box.getChildren().add(section("Seed", seed,
                "The same seed and the same decisions give the same incident — compare runs fairly."));

        Button back = new Button("Back");
        back.setId("back");
        back.setOnAction(e -> ctx.navigator().home());
        Button start = new Button("Start the exercise");
        start.setId("start-exercise");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartBinding().not());
        start.setOnAction(e -> start());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, back, grow, start);
        buttons.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(buttons);
        return box;
    }

    private void start() {
        PracticeSession session = vm.session();
        if (session == null) {
            return;
        }
        SimulationRunner runner = session.newRunner();
        ConsoleViewModel console = new ConsoleViewModel(session, runner);
        ctx.navigator().show(new ConsoleView(console, ctx));
        runner.start();
    }

    private static VBox section(String title, Node body) {
        return section(title, body, null);
    }

    private static VBox section(String title, Node body, String note) {
        Label l = new Label(title);
        l.getStyleClass().add("section-label");
        VBox v = new VBox(6, l, body);
        if (note != null) {
            Label n = text(note, "section-note");
            n.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            v.getChildren().add(n);
        }
        return v;
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Briefing";
    }
}
