package firedrill.app.home;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Home screen: the scenario library as cards, with personal bests; settings on the side. */
public final class HomeView implements Screen {
    private final BorderPane root = new BorderPane();
    private final HomeViewModel vm;
    private final Navigator nav;
    private final FlowPane cards = new FlowPane(20, 20);

    /**
     * @param side a panel for the right-hand column (the shell passes its settings panel), or null
     */
    public HomeView(HomeViewModel vm, Navigator nav, Node side) {
        this.vm = vm;
        this.nav = nav;
        root.setId("home");
        root.getStyleClass().add("home");

        Label heading = new Label("Scenario library");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label sub = new Label("Real outages, replayed in a causal model of the fleet. Pick one, read the briefing, and"
                + " run the incident — you are scored against what the real responders achieved.");
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);
        Button open = new Button("Open scenario file…");
        open.getStyleClass().add(Styles.FLAT);
        open.setId("open-scenario");
        open.setOnAction(e -> openFile());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox headRow = new HBox(12, heading, grow, open);
        headRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, "problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        cards.setId("scenario-list");
        cards.getStyleClass().add("scenario-list");
        vm.cards().addListener((ListChangeListener<HomeViewModel.Card>) c -> rebuild());
        rebuild();

        VBox main = new VBox(14, headRow, sub, problem, cards);
        main.setPadding(new Insets(28, 32, 32, 32));
        main.getStyleClass().add("home-main");
        ScrollPane scroll = new ScrollPane(main);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
        VBox column = new VBox(18, side == null ? new Region() : side, howItWorks());
        column.getStyleClass().add("side-panel");
        if (side != null) {
            side.getStyleClass().remove("side-panel");
        }
        ScrollPane sideScroll = new ScrollPane(column);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().addAll("edge-to-edge", "side-scroll");
        root.setRight(sideScroll);
    }

    private void rebuild() {
        cards.getChildren().clear();
        if (vm.cards().isEmpty()) {
            Label none = new Label("No scenarios installed yet.");
            none.setId("scenario-placeholder");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            cards.getChildren().add(none);
            return;
        }
        for (HomeViewModel.Card c : vm.cards()) {
            cards.getChildren().add(card(c));
        }
    }

    /** A short guide next to the library: what a session looks like. */
    private static Node howItWorks() {
        Label title = new Label("How a session works");
        title.getStyleClass().add(Styles.TITLE_4);
        VBox steps = new VBox(14, title,
                step("1", "Briefing", "Who you are, what changed today, your team. Pick a mode: guided (hints),"
                        + " standard, or pressure (no pause, real time)."),
                step("2", "Incident console", "Alerts, the fleet, dashboards and the incident channel — all as"
                        + " responders saw them: lagging, gappy, with noise. Act through the action panel; every"
                        + " action takes a responder and time."),
                step("3", "Results", "Your recovery against the real timeline, milestone by milestone, with every"
                        + " decision on the time axis."));
        steps.getStyleClass().add("howto-card");
        return steps;
    }

    private static Node step(String n, String head, String text) {
        Label num = new Label(n);
        num.getStyleClass().add("howto-number");
        num.setMinWidth(Region.USE_PREF_SIZE);
        Label h = new Label(head);
        h.getStyleClass().add(Styles.TEXT_BOLD);
        Label t = new Label(text);
        t.setWrapText(true);
        t.getStyleClass().add(Styles.TEXT_MUTED);
        VBox body = new VBox(2, h, t);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(12, num, body);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Node card(HomeViewModel.Card c) {
        Label difficulty = new Label(c.difficulty());
        difficulty.getStyleClass().addAll("tag", "difficulty-" + c.difficulty());
        Label date = new Label(c.date());
        date.getStyleClass().add(Styles.TEXT_MUTED);
        Label duration = new Label(c.duration());
        duration.getStyleClass().add(Styles.TEXT_MUTED);
        HBox meta = new HBox(10, difficulty, date, new Label("·"), duration);
        meta.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(c.title());
        title.getStyleClass().addAll(Styles.TITLE_3, "card-title");
        title.setWrapText(true);
        Label summary = new Label(c.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("card-summary");

        VBox objectives = new VBox(4);
        Label learn = new Label("You will practise");
        learn.getStyleClass().addAll("section-label");
        objectives.getChildren().add(learn);
        for (String o : c.objectives()) {
            Label l = new Label("•  " + o);
            l.setWrapText(true);
            l.getStyleClass().add("objective");
            objectives.getChildren().add(l);
        }

        Label best = new Label(c.best());
        best.setId("best-" + c.id());
        best.getStyleClass().addAll("personal-best", Styles.TEXT_SMALL);
        best.setWrapText(true);
        Button practice = new Button("Practice");
        practice.setId("practice-" + c.id());
        practice.getStyleClass().addAll(Styles.ACCENT, "practice-button");
        practice.setOnAction(e -> nav.briefing(c.scenario()));
        boolean shipped = ScenarioLoader.shippedIds().contains(c.id());
        Button edit = new Button(shipped ? "Edit a copy" : "Edit");
        edit.setId("edit-" + c.id());
        edit.getStyleClass().add(Styles.FLAT);
        edit.setOnAction(e -> nav.author(c.scenario()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox footer = new HBox(12, best, grow, edit, practice);
        footer.setAlignment(Pos.CENTER_LEFT);
        // Buttons keep their labels; the personal-best line wraps instead.
        footer.getChildren().forEach(n -> {
            if (n instanceof Button) {
                ((Button) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        footer.getChildren().remove(best); // the personal best gets a line of its own, above the buttons

        VBox card = new VBox(12, meta, title, summary, objectives, best, footer);
        card.setMinWidth(420);
        card.getStyleClass().add("scenario-card");
        card.setId("card-" + c.id());
        card.setPrefWidth(470);
        card.setMaxWidth(560);
        return card;
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Firedrill scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            Scenario s = vm.open(f.toPath());
            if (s != null) {
                nav.briefing(s);
            }
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Library";
    }
}
