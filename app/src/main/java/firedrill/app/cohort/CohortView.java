package firedrill.app.cohort;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Screen;
import firedrill.engine.cohort.Cohort;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * For trainers: many trainees' attempts at a glance. A table per trainee and scenario (attempts, first
 * and last grade, best, impact against par, time to the first effective mitigation); for the selected
 * row, or every row shown, the grade over time; that row's attempts; the lessons missed most often
 * as a bar chart; filters by trainee and scenario; CSV export. Reading and scoring run on a worker
 * ({@link CohortViewModel#load}); this class only binds results. All text from files goes into
 * labels and cells (plain text, never markup).
 */
public final class CohortView implements Screen {
    public static final String VIEW_KEY = "firedrill.cohort";
    /** Lines drawn at most when no row is selected (one per trainee and scenario). */
    static final int MAX_LINES = 25;
    static final int MAX_LESSONS = 8;

    private final BorderPane root = new BorderPane();
    private final CohortViewModel vm;
    private final TableView<Cohort.Summary> summaries = new TableView<>();
    private final TableView<Cohort.Attempt> attempts = new TableView<>();
    private final LineChart<Number, Number> grades;
    private final NumberAxis attemptAxis = new NumberAxis(1, 2, 1);
    private final VBox missed = new VBox(6);
    private final ListView<String> problems = new ListView<>();
    private final ComboBox<String> scenario = new ComboBox<>();
    private final Label detailTitle = new Label("Grade over time — every trainee shown");

    public CohortView(CohortViewModel vm) {
        this.vm = vm;
        root.setId("cohort");
        root.getProperties().put(VIEW_KEY, this);
        root.getStyleClass().add("cohort");

        Label title = new Label("Cohort");
        title.getStyleClass().add(Styles.TITLE_2);
        Label sub = new Label("Every attempt is replayed and scored alike by this version of Firedrill. Par is the"
                + " median impact of the reference playbook over the par runs (0: the real team's decisions with the"
                + " attempt's own seed).");
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);

        Button open = new Button("Open folder…");
        open.setId("cohort-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> chooseFolder());
        Spinner<Integer> par = new Spinner<>(0, 500, vm.parRunsProperty().get(), 10);
        par.setId("cohort-par");
        par.setEditable(true);
        par.setPrefWidth(90);
        par.valueProperty().addListener((o, a, b) -> vm.parRunsProperty().set(b));
        par.setTooltip(new Tooltip("Reference runs for par per scenario; applies to the next folder opened"));
        TextField trainee = new TextField();
        trainee.setId("cohort-trainee-filter");
        trainee.setPromptText("Filter trainees");
        trainee.textProperty().bindBidirectional(vm.traineeFilterProperty());
        scenario.setId("cohort-scenario-filter");
        scenario.getItems().setAll(CohortViewModel.ALL);
        scenario.valueProperty().bindBidirectional(vm.scenarioFilterProperty());
        Button csv = new Button("Export CSV…");
        csv.setId("cohort-export-csv");
        csv.disableProperty().bind(vm.shownProperty().isNull());
        csv.setOnAction(e -> chooseCsv());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, open, new Label("Par runs"), par, grow, trainee, scenario, csv);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("cohort-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        ProgressBar progress = new ProgressBar(-1);
        progress.setId("cohort-progress");
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox statusRow = new HBox(10, progress, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        summaries.setId("cohort-summaries");
        summaries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summaries.getColumns().setAll(List.of(
                col("Trainee", Cohort.Summary::trainee, 130),
                col("Scenario", Cohort.Summary::scenario, 150),
                col("Attempts", s -> String.valueOf(s.attempts().size()), 70),
                col("First → last", s -> s.first() + " → " + s.last(), 90),
                col("Best", s -> String.valueOf(s.best()), 50),
                col("Impact vs par", s -> signed(s.meanVsPar()) + " min", 100),
                col("1st mitigation", s -> s.medianFirstMitigation() == null ? "none"
                        : String.format(Locale.ROOT, "%.0f min", s.medianFirstMitigation()), 100)));
        summaries.setPlaceholder(new Label("No attempts yet: open a folder."));
        summaries.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetail());

        NumberAxis x = attemptAxis;
        x.setLabel("Attempt");
        x.setAutoRanging(false); // attempts are whole numbers: 1, 2, 3…
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("Grade");
        grades = new LineChart<>(x, y);
        grades.setId("cohort-grade-chart");
        grades.setAnimated(false);
        grades.setCreateSymbols(true);
        grades.setLegendVisible(false);
        grades.setMinHeight(220);
        grades.setPrefHeight(260);

        attempts.setId("cohort-attempts");
        attempts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attempts.getColumns().setAll(List.of(
                acol("#", a -> String.valueOf(a.number()), 35),
                acol("Saved", a -> a.savedAt() == null ? "" : a.savedAt().replace('T', ' ').replace("Z", ""), 130),
                acol("Grade", a -> a.grade() + " " + a.label(), 150),
                acol("Impact", a -> String.format(Locale.ROOT, "%.0f min", a.impactMinutes()), 75),
                acol("vs par", a -> signed(a.vsPar()) + " min", 75),
                acol("1st mitigation", a -> a.firstMitigation() == null ? "none" : a.firstMitigation(), 90)));
        attempts.setPlaceholder(new Label("Select a trainee and scenario to see the attempts."));
        attempts.setPrefHeight(180);

        Label missedTitle = new Label("Lessons missed most often");
        missedTitle.getStyleClass().add(Styles.TITLE_4);
        missed.setId("cohort-missed");

        detailTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(10, detailTitle, grades, attempts, missedTitle, missed);
        right.setPadding(new Insets(0, 4, 0, 8));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.getStyleClass().add("edge-to-edge");
        SplitPane split = new SplitPane(summaries, rightScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        VBox.setVgrow(split, Priority.ALWAYS);

        problems.setId("cohort-problems");
        problems.setPrefHeight(90);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problems.getItems()));
        problems.managedProperty().bind(problems.visibleProperty());

        VBox main = new VBox(12, title, sub, bar, statusRow, split, problems);
        main.setPadding(new Insets(24, 28, 16, 28));
        root.setCenter(main);

        vm.cohortProperty().addListener((o, a, c) -> {
            List<String> items = new java.util.ArrayList<>();
            items.add(CohortViewModel.ALL);
            items.addAll(c.scenarios());
            String keep = scenario.getValue();
            scenario.getItems().setAll(items);
            scenario.setValue(items.contains(keep) ? keep : CohortViewModel.ALL);
            problems.getItems().setAll(vm.problemLines());
        });
        vm.shownProperty().addListener((o, a, c) -> show(c));
    }

    /** Reads and scores {@code dir} (the folder chooser's answer; tests call it directly). */
    public void open(Path dir) {
        vm.load(dir);
    }

    public CohortViewModel viewModel() {
        return vm;
    }

    private void show(Cohort c) {
        summaries.getItems().setAll(c.summaries());
        showDetail();
        missed.getChildren().clear();
        List<Cohort.Missed> top = c.mostMissed();
        int max = top.isEmpty() ? 1 : top.get(0).count();
        for (Cohort.Missed m : top.subList(0, Math.min(MAX_LESSONS, top.size()))) {
            Region barFill = new Region();
            barFill.getStyleClass().add("cohort-bar");
            barFill.setStyle("-fx-background-color: -color-accent-emphasis; -fx-background-radius: 3;");
            barFill.setMinHeight(14);
            barFill.setPrefWidth(Math.max(4, 220.0 * m.count() / max));
            barFill.setMaxWidth(Region.USE_PREF_SIZE);
            Label count = new Label(m.count() + "×");
            count.setMinWidth(38);
            Label lesson = new Label(m.lesson());
            lesson.setWrapText(true);
            lesson.getStyleClass().add(Styles.TEXT_SMALL);
            HBox row = new HBox(8, count, barFill);
            row.setAlignment(Pos.CENTER_LEFT);
            missed.getChildren().add(new VBox(2, row, lesson));
        }
        if (top.isEmpty()) {
            missed.getChildren().add(new Label(c.attempts().isEmpty() ? "—" : "No lesson missed."));
        }
    }

    private void showDetail() {
        Cohort.Summary sel = summaries.getSelectionModel().getSelectedItem();
        List<Cohort.Summary> lines = sel != null ? List.of(sel)
                : summaries.getItems().subList(0, Math.min(MAX_LINES, summaries.getItems().size()));
        detailTitle.setText(sel != null ? "Grade over time — " + sel.trainee() + ", " + sel.scenario()
                : "Grade over time — " + (summaries.getItems().size() > MAX_LINES ? "the first " + MAX_LINES + " rows"
                        : "every row shown"));
        List<XYChart.Series<Number, Number>> series = new java.util.ArrayList<>();
        for (Cohort.Summary s : lines) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.trainee() + " · " + s.scenario());
            for (Cohort.Attempt a : s.attempts()) {
                line.getData().add(new XYChart.Data<>(a.number(), a.grade()));
            }
            series.add(line);
        }
        int most = lines.stream().mapToInt(l -> l.attempts().size()).max().orElse(1);
        attemptAxis.setUpperBound(Math.max(2, most));
        grades.setData(FXCollections.observableArrayList(series));
        attempts.getItems().setAll(sel == null ? List.of() : sel.attempts());
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("A folder of trainees' session files or exports");
        File f = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            open(f.toPath());
        }
    }

    private void chooseCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the cohort as CSV");
        fc.setInitialFileName("cohort.csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (comma-separated)", "*.csv"));
        File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            vm.exportCsv(f.toPath());
        }
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.0f", v);
    }

    private static TableColumn<Cohort.Summary, String> col(String name, Function<Cohort.Summary, String> f, double w) {
        TableColumn<Cohort.Summary, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<Cohort.Attempt, String> acol(String name, Function<Cohort.Attempt, String> f, double w) {
        TableColumn<Cohort.Attempt, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Cohort";
    }

    @Override
    public void dispose() {
        if (vm.job() != null) {
            vm.job().cancel();
        }
    }
}
