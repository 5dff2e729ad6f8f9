package firedrill.app.debrief;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.engine.command.Command;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * a what-if from any of them, the real incident's lessons, par, the run's results (the existing
 * results screen) and the AAR export; a status bar reports the background work (progress, cancel).
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
    private final VBox details = new VBox(4);
    private final Navigator nav;
    /** Where the last report went; the next export starts there (the user's home at first). */
    private static volatile Path lastExportDir;

    /**
     * @param openHistory opens the history view (null: no History button)
     */
    public DebriefView(DebriefViewModel vm, ResultsViewModel resultsVm, Navigator nav, Runnable openHistory) {
        this.vm = vm;
        this.nav = nav;
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
        Label versions = new Label();
        versions.setId("debrief-versions");
        versions.getStyleClass().add(Styles.WARNING);
        versions.setWrapText(true);
        versions.textProperty().bind(vm.versionNoticeProperty());
        versions.managedProperty().bind(versions.textProperty().isNotEmpty());
        versions.visibleProperty().bind(versions.managedProperty());
        Label saved = new Label();
        saved.setId("debrief-saved");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        vm.savedFileProperty().addListener((o, a, p) -> saved.setText(p == null ? "" : "Saved as " + p.getFileName()));

        Button export = new Button("Export AAR…");
        export.setId("export-aar");
        export.disableProperty().bind(vm.cardProperty().isNull().or(vm.exportingProperty()));
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
        VBox titles = new VBox(2, title, new HBox(14, grade, label), saved, versions, error);
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
        Label parText = new Label();
        parText.setId("par-text");
        parText.textProperty().bind(vm.parTextProperty());
        Label parTitle = new Label("Par (real team, varied timing):");
        HBox parRow = new HBox(8, parTitle, runs, parStart, parText);
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
        root.setBottom(DebriefStatusBar.of(vm));

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
                Label text = new Label(d.text() + (d.value().isEmpty() ? "" : "  ·  " + d.value())
                        + (d.why().isEmpty() ? "" : " — " + d.why()));
                HBox row = new HBox(10, verdict, text);
                setText(null);
                setGraphic(row);
                setTooltip(new Tooltip(d.why()));
                getStyleClass().add(d.hurt() ? "verdict-harmful" : d.helped() ? "verdict-helped" : "verdict-none");
            }
        });
        whyLabel.setWrapText(true);
        whyLabel.setId("decision-why");
        details.setId("decision-details");
        details.getChildren().add(whyLabel);

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
        // The console's words: titles, not ids.
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : catalog.getOrDefault(id, id);
            }

            @Override
            public String fromString(String title) {
                return catalog.entrySet().stream().filter(e -> e.getValue().equals(title)).map(Map.Entry::getKey)
                        .findFirst().orElse(title);
            }
        });
        TextField target = new TextField();
        target.setId("whatif-target");
        target.setPromptText("target (all, cluster:ID, largest:N…)");
        TextField params = new TextField();
        params.setId("whatif-params");
        params.setPromptText("params: name=value, …");
        TextField minutesLater = new TextField("0");
        minutesLater.setId("whatif-later");
        minutesLater.setPrefColumnCount(3);
        Label paramHelp = new Label();
        paramHelp.setId("whatif-param-help");
        paramHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        paramHelp.setWrapText(true);
        action.valueProperty().addListener((o, a, id) -> {
            if (id != null) {
                target.setText(vm.defaultTarget(id));
                params.setText(vm.paramsText(id, Map.of()));
                paramHelp.setText(vm.paramHelp(id).isEmpty() ? "" : "Parameters: " + vm.paramHelp(id));
            } else {
                paramHelp.setText("");
            }
        });
        // A selected decision fills the form with what was decided, as the console showed it.
        decisionList.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            showDetails(d);
            if (d != null && d.actionId() != null && catalog.containsKey(d.actionId())) {
                action.setValue(d.actionId());
                target.setText(d.target() == null || d.target().isBlank() ? vm.defaultTarget(d.actionId()) : d.target());
                params.setText(vm.paramsText(d.actionId(), d.params()));
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
        HBox.setHgrow(target, Priority.SOMETIMES);
        chart.setMinHeight(260);
        VBox box = new VBox(8, new Label("Your decisions (select one):"), decisionList, details, controls, paramHelp, text,
                chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(10, 18, 10, 18));
        return box;
    }

    /** The selected decision: why, its value over the run, each target's verdict and any words it carried. */
    private void showDetails(DebriefViewModel.DecisionRow d) {
        details.getChildren().setAll(whyLabel);
        if (d == null) {
            whyLabel.setText("");
            return;
        }
        whyLabel.setText(d.verdict() + ": " + d.why());
        if (!d.value().isEmpty()) {
            Label value = new Label("Value: " + d.value());
            value.setId("decision-value");
            details.getChildren().add(value);
        }
        if (!d.clusters().isEmpty()) {
            VBox clusters = new VBox(2);
            clusters.setId("decision-clusters");
            for (DebriefViewModel.ClusterLine c : d.clusters()) {
                Label l = new Label(c.cluster() + ": " + c.verdict() + " — " + c.why());
                l.setWrapText(true);
                l.getStyleClass().add(c.hurt() ? "cluster-hurt" : c.helped() ? "cluster-helped" : "cluster-none");
                clusters.getChildren().add(l);
            }
            details.getChildren().addAll(new Label("Each cluster on its own:"), clusters);
        }
        if (d.words() != null) {
            Label words = new Label("“" + d.words() + "”");
            words.setWrapText(true);
            words.getStyleClass().add("status-text");
            details.getChildren().add(words);
        }
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
        if (!vm.capText().isEmpty()) {
            Label cap = new Label(vm.capText());
            cap.setId("grade-cap");
            cap.setWrapText(true);
            cap.getStyleClass().add("grade-cap");
            scorecardBox.getChildren().add(cap);
        }
        scorecardBox.getChildren().addAll(statusSection());
        if (!vm.measures().isEmpty()) {
            Label mt = new Label("What this scenario trains — the measures");
            mt.getStyleClass().add(Styles.TITLE_4);
            VBox measures = new VBox(4);
            measures.setId("measures");
            for (String m : vm.measures()) {
                Label l = new Label("• " + m);
                l.setWrapText(true);
                measures.getChildren().add(l);
            }
            scorecardBox.getChildren().addAll(mt, measures);
        }
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

    /** Each status update with its words and how the rubric scored it. */
    private List<Node> statusSection() {
        Label st = new Label("Status updates — what they said and how they scored");
        st.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6);
        box.setId("status-updates");
        Label rubric = new Label("One point each for naming every failing product, saying where things stand, promising"
                + " the next update at a time, and keeping that promise.");
        rubric.setWrapText(true);
        rubric.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.getChildren().add(rubric);
        List<DebriefViewModel.StatusRow> rows = vm.statusUpdates();
        if (rows.isEmpty()) {
            box.getChildren().add(new Label("No status update was posted."));
        }
        for (DebriefViewModel.StatusRow r : rows) {
            Label head = new Label(r.posted() + "  ·  " + r.points() + "/" + r.max());
            head.getStyleClass().add(Styles.TEXT_BOLD);
            Label words = new Label("“" + r.text() + "”");
            words.setWrapText(true);
            words.getStyleClass().add("status-text");
            VBox criteria = new VBox(1);
            for (String m : r.met()) {
                Label l = new Label("✓ " + m);
                l.setWrapText(true);
                l.getStyleClass().add("criterion-met");
                criteria.getChildren().add(l);
            }
            for (String m : r.missed()) {
                Label l = new Label("✗ " + m);
                l.setWrapText(true);
                l.getStyleClass().add("criterion-missed");
                criteria.getChildren().add(l);
            }
            box.getChildren().add(new VBox(2, head, words, criteria));
        }
        return List.of(st, box);
    }

    private void export() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export after-action report");
        fc.setInitialDirectory(exportDirectory().toFile());
        fc.setInitialFileName("aar-" + vm.result().scenarioId() + ".html");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) {
            return;
        }
        exportTo(f.toPath());
    }

    /** The last folder a report went to, else the user's home (never the app's working directory). */
    static Path exportDirectory() {
        Path last = lastExportDir;
        if (last != null && java.nio.file.Files.isDirectory(last)) {
            return last;
        }
        return firedrill.app.fx.DataDir.userHome();
    }

    /** Exports in the background, then confirms with the path and an Open button (or says what failed). */
    void exportTo(Path html) {
        vm.export(html, this::exported, problem -> {
            Alert a = new Alert(Alert.AlertType.ERROR, problem);
            a.setHeaderText("Export failed");
            a.show();
        });
    }

    /** The confirmation after an export: where the files are, and Open. */
    Alert exported(Path html) {
        Path dir = html.toAbsolutePath().getParent();
        if (dir != null) {
            lastExportDir = dir;
        }
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", open, ButtonType.CLOSE);
        a.setTitle("After-action report exported");
        a.setHeaderText("After-action report exported");
        String json = html.getFileName().toString().replaceFirst("(?i)\\.html$", "") + ".json";
        a.setContentText("Saved to " + html.toAbsolutePath() + "\n(and " + json + " beside it, with the attempt's xAPI"
                + " statements in " + json.replaceFirst("\\.json$", "") + ".xapi.json)");
        a.getDialogPane().setId("export-confirmation");
        if (root.getScene() != null) {
            a.initOwner(root.getScene().getWindow());
        }
        a.resultProperty().addListener((o, was, result) -> {
            if (result == open) {
                nav.openDocument(html.toAbsolutePath().toUri().toString());
            }
        });
        a.show();
        return a;
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
