package firedrill.app.home;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Home screen: the scenario library as cards, with personal bests; settings on the side. */
public final class HomeView implements Screen {
    /** Key of this view in the root's properties (tests). */
    public static final String VIEW_KEY = "firedrill.home";
    /** A card's width: at least {@value #CARD_MIN}, at most {@value #CARD_MAX}, {@value #GAP} apart. */
    private static final double CARD_MIN = 420;
    private static final double CARD_MAX = 560;
    private static final double GAP = 20;
    private final BorderPane root = new BorderPane();
    private final HomeViewModel vm;
    private final Navigator nav;
    private final ListView<List<HomeViewModel.Card>> rows = new ListView<>();
    private int columns;

    /**
     * @param side a panel for the right-hand column (the shell passes its settings panel), or null
     */
    public HomeView(HomeViewModel vm, Navigator nav, Node side) {
        this.vm = vm;
        this.nav = nav;
        root.setId("home");
        root.getProperties().put(VIEW_KEY, this);
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
        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.progressProperty().bind(vm.progressProperty());
        Label loadingText = new Label("Loading the scenario library…");
        loadingText.getStyleClass().add(Styles.TEXT_MUTED);
        HBox loading = new HBox(10, progress, loadingText);
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        // One line per row of cards, in a virtualised list: only the rows on screen have nodes, so
        // a library of hundreds of scenarios costs the FX thread what a few cards cost.
        rows.setId("scenario-list");
        rows.getStyleClass().addAll("scenario-list", "scenario-rows");
        rows.setCellFactory(v -> new RowCell());
        rows.setFocusTraversable(false);
        rows.widthProperty().addListener((o, a, b) -> regroup(false));
        vm.cards().addListener((ListChangeListener<HomeViewModel.Card>) c -> regroup(true));
        vm.loadingProperty().addListener((o, a, b) -> placeholder());
        placeholder();
        regroup(true);
        VBox.setVgrow(rows, Priority.ALWAYS);

        VBox main = new VBox(14, headRow, sub, problem, loading, rows);
        main.setPadding(new Insets(28, 32, 0, 32));
        main.getStyleClass().add("home-main");
        root.setCenter(main);
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

    /** Cards per row for the list's width; the rows are rebuilt when that changes or the cards do. */
    private void regroup(boolean cardsChanged) {
        double width = rows.getWidth() - 24; // leave room for the scroll bar
        int cols = Math.max(1, (int) ((width + GAP) / (CARD_MIN + GAP)));
        if (!cardsChanged && cols == columns) {
            return;
        }
        columns = cols;
        List<List<HomeViewModel.Card>> out = new ArrayList<>();
        List<HomeViewModel.Card> all = vm.cards();
        for (int i = 0; i < all.size(); i += cols) {
            out.add(List.copyOf(all.subList(i, Math.min(all.size(), i + cols))));
        }
        rows.getItems().setAll(out);
    }

    /** Scrolls the library to a scenario's card (only cards on screen have nodes); false when it is not listed. */
    public boolean reveal(String scenarioId) {
        for (int i = 0; i < rows.getItems().size(); i++) {
            if (rows.getItems().get(i).stream().anyMatch(c -> c.id().equals(scenarioId))) {
                rows.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    private void placeholder() {
        if (vm.loadingProperty().get()) {
            rows.setPlaceholder(new Region());
            return;
        }
        Label none = new Label("No scenarios installed yet.");
        none.setId("scenario-placeholder");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        rows.setPlaceholder(none);
    }

    /** A row of cards (built when the row scrolls into view). */
    private final class RowCell extends ListCell<List<HomeViewModel.Card>> {
        @Override
        protected void updateItem(List<HomeViewModel.Card> row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            HBox line = new HBox(GAP);
            for (HomeViewModel.Card c : row) {
                Node card = card(c);
                HBox.setHgrow(card, Priority.ALWAYS);
                line.getChildren().add(card);
            }
            setGraphic(line);
        }

        // A Labeled sizes its graphic for an unconstrained width, which would put every wrapped text on
        // one line: size the row for the cell's width instead.
        @Override
        protected double computePrefHeight(double width) {
            Node g = getGraphic();
            if (g == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + snappedBottomInset() + g.prefHeight(width - snappedLeftInset() - snappedRightInset());
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            Node g = getGraphic();
            if (g != null) {
                double w = getWidth() - snappedLeftInset() - snappedRightInset();
                g.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, g.prefHeight(w));
            }
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
        practice.setOnAction(e -> vm.open(c, nav::briefing));
        practice.disableProperty().bind(vm.openingProperty());
        boolean shipped = c.entry().shipped();
        Button edit = new Button(shipped ? "Edit a copy" : "Edit");
        edit.setId("edit-" + c.id());
        edit.getStyleClass().add(Styles.FLAT);
        edit.setOnAction(e -> vm.open(c, nav::author));
        edit.disableProperty().bind(vm.openingProperty());
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
        card.setMinWidth(CARD_MIN);
        card.getStyleClass().add("scenario-card");
        card.setId("card-" + c.id());
        card.setPrefWidth(470);
        card.setMaxWidth(CARD_MAX);
        return card;
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Firedrill scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath(), nav::briefing);
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

    /**
     * Starts listing the library once the screen has been through two layout pulses: at start-up the
     * first one produces the window's first frame, which the render thread paints while the second
     * is scheduled, so that frame does not compete for the CPU with reading a few hundred files.
     */
    @Override
    public void shown() {
        Scene scene = root.getScene();
        if (scene == null) {
            vm.load();
            return;
        }
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]); // not from inside the pulse's own loop
                vm.load();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
