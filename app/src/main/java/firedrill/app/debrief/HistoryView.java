package firedrill.app.debrief;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.fx.Sparkline;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.session.SessionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * History: attempts per scenario with date, mode, grade, impact minutes and a grade sparkline. The
 * attempts are read on a worker ({@link HistoryViewModel#load}); the FX thread binds the result once,
 * into one virtualised list (a group's header, then its attempts, newest first), so 500 attempts cost
 * the cells on screen, not 500 rows of nodes. Opening an attempt replays it on a worker too.
 */
public final class HistoryView implements Screen {
    /** A line of the list: a scenario's header, one of its attempts, or a file that could not be read. */
    public sealed interface Item permits Header, Attempt, Unreadable {}

    public record Header(HistoryViewModel.Group group) implements Item {}

    public record Attempt(HistoryViewModel.Row row) implements Item {}

    public record Unreadable(String scenario, String text) implements Item {}

    private final VBox root;
    private final Label message = new Label();
    private final ListView<Item> list = new ListView<>();
    private final HistoryViewModel vm;
    private final TaskExecutor tasks;
    private final BiConsumer<RunResult, SessionRecord> open;
    private final BooleanProperty replaying = new SimpleBooleanProperty(this, "replaying");
    private final TaskExecutor.Job reading;

    /**
     * @param open shows the debrief of a replayed attempt (called on the FX thread)
     */
    public HistoryView(HistoryViewModel vm, Navigator nav, TaskExecutor tasks, BiConsumer<RunResult, SessionRecord> open) {
        this.vm = vm;
        this.tasks = tasks;
        this.open = open;
        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE_2);
        Button home = new Button("Library");
        home.setOnAction(e -> nav.home());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(10, title, grow, home);
        message.setId("history-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.WARNING);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        list.setId("history-list");
        list.getStyleClass().add(Styles.STRIPED);
        list.setCellFactory(v -> new ItemCell());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label readingText = new Label("Reading your saved attempts…");
        readingText.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(new HBox(10, spinner, readingText));
        VBox.setVgrow(list, Priority.ALWAYS);

        root = new VBox(14, head, message, list);
        root.setPadding(new Insets(18));
        root.setId("history");
        vm.groupsProperty().addListener((o, a, b) -> show(b));
        reading = tasks.submit("reading the history", vm::load, vm::bind, e -> {
            list.setPlaceholder(new Label("The history could not be read."));
            message.setText("Cannot read the saved attempts: " + e.getMessage());
        });
    }

    private void show(List<HistoryViewModel.Group> groups) {
        if (groups.isEmpty()) {
            list.setPlaceholder(new Label("No saved attempts yet: finish a solo practice run and it appears here."));
        }
        list.getItems().setAll(items(groups));
    }

    /** The list's lines: per group its header, its attempts newest first, then its unreadable files. */
    static List<Item> items(List<HistoryViewModel.Group> groups) {
        List<Item> out = new ArrayList<>();
        for (HistoryViewModel.Group g : groups) {
            out.add(new Header(g));
            for (int i = g.rows().size() - 1; i >= 0; i--) {
                out.add(new Attempt(g.rows().get(i)));
            }
            for (String u : g.unreadable()) {
                out.add(new Unreadable(g.scenario(), "Unreadable: " + u));
            }
        }
        return out;
    }

    private void open(HistoryViewModel.Row r) {
        message.setText("Replaying attempt #" + r.number() + "…");
        replaying.set(true);
        tasks.submit("replaying attempt #" + r.number() + " of " + r.scenario(), p -> vm.open(r), result -> {
            replaying.set(false);
            open.accept(result, r.attempt().record());
        }, e -> {
            replaying.set(false);
            message.setText(e instanceof IllegalStateException ? e.getMessage() : "Cannot replay: " + e.getMessage());
        });
    }

    /** One cell type for the three kinds of line (its graphic is rebuilt per item; only visible cells exist). */
    private final class ItemCell extends ListCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setId(null);
            setGraphic(empty || item == null ? null : graphic(item));
        }

        private Node graphic(Item item) {
            if (item instanceof Header h) {
                HistoryViewModel.Group g = h.group();
                Label name = new Label(g.title());
                name.getStyleClass().add(Styles.TITLE_4);
                Sparkline spark = new Sparkline();
                spark.setId("trend-" + g.scenario());
                spark.setValues(g.trend(), g.trend().length);
                spark.setPrefSize(160, 28);
                spark.setMinSize(160, 28);
                Label trend = new Label(g.trendText());
                trend.getStyleClass().add(Styles.TEXT_MUTED);
                HBox gh = new HBox(12, name, spark, trend);
                gh.setAlignment(Pos.CENTER_LEFT);
                gh.setPadding(new Insets(10, 0, 2, 0));
                return gh;
            }
            if (item instanceof Attempt a) {
                HistoryViewModel.Row r = a.row();
                Label l = new Label(r.text());
                l.getStyleClass().add("history-row");
                Button openButton = new Button("Open debrief");
                openButton.setId("open-attempt-" + r.scenario() + "-" + r.number());
                openButton.getStyleClass().add(Styles.SMALL);
                openButton.disableProperty().bind(replaying);
                openButton.setOnAction(e -> open(r));
                Region gr = new Region();
                HBox.setHgrow(gr, Priority.ALWAYS);
                HBox row = new HBox(10, l, gr, openButton);
                row.setAlignment(Pos.CENTER_LEFT);
                return row;
            }
            Label l = new Label(((Unreadable) item).text());
            l.getStyleClass().add(Styles.TEXT_MUTED);
            return l;
        }
    }

    /** Adds a section below the attempts (the shell adds the facilitated drills). */
    public void addSection(javafx.scene.Node section) {
        root.getChildren().add(section);
    }

    public HistoryViewModel viewModel() {
        return vm;
    }

    /** The list's lines as bound (tests). */
    public List<Item> items() {
        return List.copyOf(list.getItems());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "History";
    }

    @Override
    public void dispose() {
        reading.cancel();
    }
}
