package firedrill.app.debrief;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.command.Command;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The debrief after a run: grade and label, the scorecard breakdown, decisions with verdicts and
 * a what-if from any of them, the real incident's lessons, par with progress and cancel, the run's
 * results (the existing results screen) and the AAR export.
 */
public final class DebriefView implements Screen {
    public static final int DEFAULT_PAR_RUNS = 40;
    private final DebriefViewModel vm;
    private final ResultsView results;
    private final BorderPane root = new BorderPane();
    private final VBox scorecardBox = new VBox(10);
    private final ListView<DebriefViewModel.DecisionRow> decisionList = new ListView<>();
    private final WhatIfChart chart;
    private final Label whyLabel = new Label();

    /**
     * @param openHistory opens the history view (null: no History button)
     */
    public DebriefView(DebriefViewModel vm, ResultsViewModel resultsVm, Navigator nav, Runnable openHistory) {
        this.vm = vm;
        this.results = new ResultsView(resultsVm, nav);
        root.setId("debrief");
        chart = new WhatIfChart(vm.result().spec(), resultsVm.chartStart(), resultsVm.chartEnd());

        Label grade = new Label();
        grade.setId("debrief-grade");
        grade.getStyleClass().add(Styles.TITLE_1);
        Label label = new Label();
        label.setId("debrief-label");
        label.getStyleClass().add(Styles.TITLE_3);
        Label title = new Label("Debrief · " + vm.result().title() + (vm.isReplay() ? " (saved attempt)" : ""));
        title.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.setId("debrief-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        Label saved = new Label();
        saved.setId("debrief-saved");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        vm.savedFileProperty().addListener((o, a, p) -> saved.setText(p == null ? "" : "Saved as " + p.getFileName()));

        Button export = new Button("Export AAR…");
        export.setId("export-aar");
        export.disableProperty().bind(vm.cardProperty().isNull());
        export.setOnAction(e -> export());
        Button history = new Button("History");
        history.setId("open-history");
        history.setOnAction(e -> openHistory.run());
        history.setVisible(openHistory != null);
        history.setManaged(openHistory != null);
        Button home = new Button("Library");
        home.setOnAction(e -> nav.home());
        Button retry = new Button("Try again");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setOnAction(e -> nav.briefing(vm.result().spec().scenario()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox titles = new VBox(2, title, new HBox(14, grade, label), saved, error);
        ((HBox) titles.getChildren().get(1)).setAlignment(Pos.BASELINE_LEFT);
        HBox head = new HBox(10, titles, grow, export, history, home, retry);
        head.setAlignment(Pos.TOP_LEFT);

        // Par.
        Spinner<Integer> runs = new Spinner<>(4, 1000, DEFAULT_PAR_RUNS, 10);
        runs.setId("par-runs");
        runs.setEditable(true);
        runs.setPrefWidth(90);
        Button parStart = new Button("Compute par");
        parStart.setId("par-start");
        parStart.disableProperty().bind(vm.parRunningProperty());
        parStart.setOnAction(e -> vm.startPar(runs.getValue()));
        ProgressBar progress = new ProgressBar();
        progress.setId("par-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.parProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("par-cancel");
        cancel.disableProperty().bind(vm.parRunningProperty().not());
        cancel.setOnAction(e -> vm.cancelPar());
        Label parText = new Label();
        parText.setId("par-text");
        parText.textProperty().bind(vm.parTextProperty());
        Label parTitle = new Label("Par (real team, varied timing):");
        HBox parRow = new HBox(8, parTitle, runs, parStart, progress, cancel, parText);
        parRow.setAlignment(Pos.CENTER_LEFT);
        parRow.getStyleClass().add("debrief-par");

        VBox top = new VBox(10, head, parRow);
        top.setPadding(new Insets(14, 18, 8, 18));

        TabPane tabs = new TabPane(
                tab("Scorecard", scroll(scorecardBox)),
                tab("Decisions & what-if", decisionsPane()),
                tab("Run", results.root()));
        tabs.setId("debrief-tabs");
        root.setTop(top);
        root.setCenter(tabs);

        Runnable refresh = () -> {
            grade.setText(vm.gradeText());
            label.setText(vm.labelText());
            label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (vm.cardProperty().get() != null) {
                label.getStyleClass().add(vm.cardProperty().get().grade().value() >= 50 ? Styles.SUCCESS : Styles.DANGER);
            }
            fillScorecard();
            int selected = decisionList.getSelectionModel().getSelectedIndex();
            decisionList.getItems().setAll(vm.decisions());
            if (selected >= 0 && selected < decisionList.getItems().size()) {
                decisionList.getSelectionModel().select(selected);
            }
        };
        vm.cardProperty().addListener((o, a, b) -> refresh.run());
        vm.statusProperty().addListener((o, a, b) -> {
            if (vm.cardProperty().get() == null) {
                label.setText(b);
            }
        });
        refresh.run();
        vm.whatIfProperty().addListener((o, a, r) -> chart.setData(r));
    }

    private Node decisionsPane() {
        decisionList.setId("decision-list");
        decisionList.setPrefHeight(220);
        decisionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DebriefViewModel.DecisionRow d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("verdict-harmful", "verdict-helped");
                if (empty || d == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label verdict = new Label(d.verdict());
                verdict.setMinWidth(150);
                verdict.getStyleClass().add(d.hurt() ? Styles.DANGER : d.helped() ? Styles.SUCCESS : Styles.TEXT_MUTED);
                Label text = new Label(d.text() + (d.why().isEmpty() ? "" : " — " + d.why()));
                HBox row = new HBox(10, verdict, text);
                setText(null);
                setGraphic(row);
                setTooltip(new Tooltip(d.why()));
                getStyleClass().add(d.hurt() ? "verdict-harmful" : d.helped() ? "verdict-helped" : "verdict-none");
            }
        });
        whyLabel.setWrapText(true);
        whyLabel.setId("decision-why");
        decisionList.getSelectionModel().selectedItemProperty().addListener((o, a, d) ->
                whyLabel.setText(d == null ? "" : d.verdict() + ": " + d.why()));

        ComboBox<DebriefViewModel.Change> change = new ComboBox<>();
        change.getItems().setAll(DebriefViewModel.Change.values());
        change.setValue(DebriefViewModel.Change.REMOVE);
        change.setId("whatif-change");
        change.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DebriefViewModel.Change c) {
                return c == null ? "" : switch (c) {
                    case REMOVE -> "Remove it";
                    case REPLACE -> "Replace with…";
                    case ADD -> "Add an action at this time";
                };
            }

            @Override
            public DebriefViewModel.Change fromString(String s) {
                return null;
            }
        });
        Map<String, String> catalog = vm.catalog();
        ComboBox<String> action = new ComboBox<>();
        action.setId("whatif-action");
        action.getItems().setAll(catalog.keySet());
        action.setPromptText("action");
        TextField target = new TextField();
        target.setId("whatif-target");
        target.setPromptText("target (all, cluster:ID, largest:N…)");
        TextField params = new TextField();
        params.setId("whatif-params");
        params.setPromptText("params: name=value, …");
        TextField minutesLater = new TextField("0");
        minutesLater.setId("whatif-later");
        minutesLater.setPrefColumnCount(3);
        action.valueProperty().addListener((o, a, id) -> {
            if (id != null) {
                target.setText(vm.defaultTarget(id));
                ActionSpec spec = vm.result().spec().scenario().actions().stream().filter(x -> x.id().equals(id))
                        .findFirst().orElse(null);
                StringBuilder sb = new StringBuilder();
                if (spec != null) {
                    spec.params().forEach((k, p) -> {
                        if (p.defaultValue() != null) {
                            sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(p.defaultValue());
                        }
                    });
                }
                params.setText(sb.toString());
            }
        });
        action.disableProperty().bind(change.valueProperty().isEqualTo(DebriefViewModel.Change.REMOVE));
        target.disableProperty().bind(action.disableProperty());
        params.disableProperty().bind(action.disableProperty());
        minutesLater.disableProperty().bind(action.disableProperty());
        Button run = new Button("Run what-if");
        run.setId("whatif-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.whatIfRunningProperty()
                .or(decisionList.getSelectionModel().selectedItemProperty().isNull()));
        Label text = new Label();
        text.setId("whatif-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.whatIfTextProperty());
        run.setOnAction(e -> {
            DebriefViewModel.DecisionRow d = decisionList.getSelectionModel().getSelectedItem();
            Command c = null;
            if (change.getValue() != DebriefViewModel.Change.REMOVE) {
                try {
                    int later = Integer.parseInt(minutesLater.getText().trim());
                    c = Command.action(d.tick() + Math.max(0, later) * 60, action.getValue(), target.getText().trim(),
                            DebriefViewModel.parseParams(params.getText()), "what-if");
                } catch (RuntimeException ex) {
                    text.textProperty().unbind();
                    text.setText("Cannot run: " + ex.getMessage());
                    text.textProperty().bind(vm.whatIfTextProperty());
                    return;
                }
                if (action.getValue() == null) {
                    return;
                }
            }
            vm.runWhatIf(change.getValue(), d.index(), c);
        });
        HBox controls = new HBox(8, new Label("What if:"), change, action, target, params, new Label("+min"), minutesLater, run);
        controls.setAlignment(Pos.CENTER_LEFT);
        chart.setMinHeight(260);
        VBox box = new VBox(8, new Label("Your decisions (select one):"), decisionList, whyLabel, controls, text, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(10, 18, 10, 18));
        return box;
    }

    private void fillScorecard() {
        scorecardBox.getChildren().clear();
        scorecardBox.setPadding(new Insets(10, 18, 10, 18));
        if (vm.cardProperty().get() == null) {
            scorecardBox.getChildren().add(new Label("Scoring your run against the real team…"));
            return;
        }
        for (String h : vm.headlines()) {
            Label l = new Label("• " + h);
            l.setWrapText(true);
            scorecardBox.getChildren().add(l);
        }
        GridPane grid = new GridPane();
        grid.setId("breakdown");
        grid.setHgap(24);
        grid.setVgap(4);
        String[] head = {"Measure", "You", "Real team", "Points"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(l, c, 0);
        }
        int r = 1;
        for (DebriefViewModel.BreakdownRow row : vm.breakdown()) {
            grid.add(new Label(row.measure()), 0, r);
            grid.add(new Label(row.yours()), 1, r);
            grid.add(new Label(row.real()), 2, r);
            grid.add(new Label(row.points()), 3, r);
            r++;
        }
        Label bt = new Label("Breakdown");
        bt.getStyleClass().add(Styles.TITLE_4);
        scorecardBox.getChildren().addAll(bt, grid);
        Label lt = new Label("What was missed — and the real incident's lessons");
        lt.getStyleClass().add(Styles.TITLE_4);
        VBox lessons = new VBox(6);
        lessons.setId("lessons");
        for (DebriefViewModel.LessonRow l : vm.lessons()) {
            Label m = new Label("• " + l.missed());
            m.setWrapText(true);
            lessons.getChildren().add(m);
            if (!l.lesson().isEmpty()) {
                Label lesson = new Label("   Lesson: " + l.lesson());
                lesson.setWrapText(true);
                lesson.getStyleClass().add(Styles.TEXT_MUTED);
                lessons.getChildren().add(lesson);
            }
        }
        if (lessons.getChildren().isEmpty()) {
            lessons.getChildren().add(new Label("Nothing missed that the real incident teaches."));
        }
        scorecardBox.getChildren().addAll(lt, lessons);
    }

    private void export() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export after-action report");
        fc.setInitialFileName("aar-" + vm.result().scenarioId() + ".html");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path out = f.toPath();
        Thread t = new Thread(() -> {
            try {
                vm.exportTo(out);
            } catch (Exception ex) {
                javafx.application.Platform.runLater(() -> new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.ERROR, "Export failed: " + ex.getMessage()).show());
            }
        }, "aar-export");
        t.setDaemon(true);
        t.start();
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        return t;
    }

    public DebriefViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Debrief";
    }

    @Override
    public void shown() {
        results.shown();
    }

    @Override
    public void dispose() {
        results.dispose();
        vm.cancelPar();
    }
}
