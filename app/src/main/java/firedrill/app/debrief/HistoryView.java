package firedrill.app.debrief;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.fx.Sparkline;
import firedrill.engine.session.SessionRecord;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** History: attempts per scenario with date, mode, grade, impact minutes and a grade sparkline. */
public final class HistoryView implements Screen {
    private final ScrollPane root;
    private final Label message = new Label();

    /**
     * @param open shows the debrief of a replayed attempt (called on the FX thread)
     */
    public HistoryView(HistoryViewModel vm, Navigator nav, BiConsumer<RunResult, SessionRecord> open) {
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
        VBox content = new VBox(14, head, message);
        content.setPadding(new Insets(18));
        content.setId("history");
        var groups = vm.groups();
        if (groups.isEmpty()) {
            content.getChildren().add(new Label("No saved attempts yet: finish a solo practice run and it appears here."));
        }
        for (HistoryViewModel.Group g : groups) {
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
            VBox rows = new VBox(4);
            rows.setId("attempts-" + g.scenario());
            for (int i = g.rows().size() - 1; i >= 0; i--) {
                HistoryViewModel.Row r = g.rows().get(i);
                Label l = new Label(r.text());
                l.getStyleClass().add("history-row");
                Button openButton = new Button("Open debrief");
                openButton.setId("open-attempt-" + g.scenario() + "-" + r.number());
                openButton.getStyleClass().add(Styles.SMALL);
                openButton.setOnAction(e -> open(vm, r, open, openButton));
                Region gr = new Region();
                HBox.setHgrow(gr, Priority.ALWAYS);
                HBox row = new HBox(10, l, gr, openButton);
                row.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(row);
            }
            for (String u : g.unreadable()) {
                Label l = new Label("Unreadable: " + u);
                l.getStyleClass().add(Styles.TEXT_MUTED);
                rows.getChildren().add(l);
            }
            content.getChildren().add(new VBox(6, gh, rows));
        }
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    /** Adds a section below the attempts (the shell adds the facilitated drills). */
    public void addSection(javafx.scene.Node section) {
        ((VBox) root.getContent()).getChildren().add(section);
    }

    private void open(HistoryViewModel vm, HistoryViewModel.Row r, BiConsumer<RunResult, SessionRecord> open,
                      Button b) {
        Optional<String> problem = vm.problem(r);
        if (problem.isPresent()) {
            message.setText(problem.get());
            return;
        }
        message.setText("Replaying attempt #" + r.number() + "…");
        b.setDisable(true);
        Thread t = new Thread(() -> {
            try {
                RunResult result = vm.replay(r);
                Platform.runLater(() -> open.accept(result, r.attempt().record()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    b.setDisable(false);
                    message.setText("Cannot replay: " + e.getMessage());
                });
            }
        }, "history-replay");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "History";
    }
}
