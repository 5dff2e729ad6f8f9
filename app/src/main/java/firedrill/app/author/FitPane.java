package firedrill.app.author;

import atlantafx.base.theme.Styles;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.tuning.Fitter;
import firedrill.engine.tuning.Parameter;
import firedrill.engine.tuning.Residuals;
import firedrill.engine.tuning.Sensitivity;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The fit pane: parameters to tick (or paths to type), Fit with progress and Cancel, the residual of
 * each milestone before and after, the fitted values, what the milestones cannot pin down, and
 * "Apply and save". It only binds {@link FitViewModel}'s results; the fit runs in the background.
 */
final class FitPane {
    private final VBox root = new VBox(8);
    private final GridPane residuals = new GridPane();
    private final GridPane values = new GridPane();
    private final VBox unpinned = new VBox(4);

    FitPane(FitViewModel vm) {
        root.setId("author-fit");
        root.getStyleClass().add("author-fit");
        Label title = new Label("Fit to the real timeline");
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label("Fits the ticked parameters to the measured milestones (CMA-ES over " + FitViewModel.SEEDS
                + " seeds, within the schema's bounds), then moves each fitted value ±" + Math.round(FitViewModel.RANGE * 100)
                + "% to show what the milestones cannot pin down. Apply and save writes the values with an assumption"
                + " saying they were fitted.");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ListView<FitViewModel.Choice> choices = new ListView<>(vm.choices());
        choices.setId("fit-choices");
        choices.setPrefHeight(150);
        choices.setCellFactory(CheckBoxListCell.forListView(FitViewModel.Choice::selectedProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(FitViewModel.Choice c) {
                        return c == null ? "" : c.path().replace("$.mechanisms.", "") + "  (" + c.value() + ")";
                    }

                    @Override
                    public FitViewModel.Choice fromString(String s) {
                        return null;
                    }
                }));
        TextArea paths = new TextArea();
        paths.setId("fit-paths");
        paths.setPromptText("More paths, one per line, e.g. referencePlaybook.actions[?action=unblock-admin-api].at");
        paths.setPrefRowCount(2);
        paths.setWrapText(true);
        paths.textProperty().bindBidirectional(vm.extraPathsProperty());
        Button fit = new Button("Fit");
        fit.setId("fit-run");
        fit.getStyleClass().add(Styles.ACCENT);
        fit.disableProperty().bind(vm.runningProperty());
        fit.setOnAction(e -> vm.fit());
        Button cancel = new Button("Cancel");
        cancel.setId("fit-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button save = new Button("Apply and save");
        save.setId("fit-save");
        save.disableProperty().bind(vm.runningProperty().or(vm.outcomeProperty().isNull()).or(vm.staleProperty()));
        save.setOnAction(e -> vm.applyAndSave());
        HBox buttons = new HBox(8, fit, cancel, save);
        ProgressBar progress = new ProgressBar();
        progress.setId("fit-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("fit-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        Label stale = new Label("Out of date: the scenario changed since this fit.");
        stale.setId("fit-stale");
        stale.getStyleClass().add(Styles.WARNING);
        stale.visibleProperty().bind(vm.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        residuals.setId("fit-residuals");
        residuals.setHgap(10);
        residuals.setVgap(2);
        values.setId("fit-values");
        values.setHgap(10);
        values.setVgap(2);
        unpinned.setId("fit-unpinned");
        Label residualsTitle = heading("Residuals (median run − real, runs within tolerance)");
        Label valuesTitle = heading("Fitted values");
        Label unpinnedTitle = heading("What the data cannot pin down");
        VBox results = new VBox(6, residualsTitle, residuals, valuesTitle, values, unpinnedTitle, unpinned);
        results.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        results.managedProperty().bind(results.visibleProperty());
        vm.outcomeProperty().addListener((o, a, b) -> show(b));
        vm.staleProperty().addListener((o, a, b) -> results.setOpacity(b ? 0.45 : 1));
        VBox content = new VBox(8, title, explain, choices, paths, buttons, progress, status, stale, results);
        content.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private void show(FitViewModel.Outcome o) {
        residuals.getChildren().clear();
        values.getChildren().clear();
        unpinned.getChildren().clear();
        if (o == null) {
            return;
        }
        Fitter.Result r = o.fit();
        residuals.addRow(0, header("Milestone"), header("Real"), header("±"), header("Before"), header("After"));
        int row = 1;
        for (Residuals.Row b : r.beforeReport().rows()) {
            Residuals.Row a = r.afterReport().row(b.id());
            Label name = new Label(b.label() == null ? b.id() : b.label());
            name.setWrapText(true);
            name.setMaxWidth(150);
            name.setMinHeight(Region.USE_PREF_SIZE);
            residuals.addRow(row++, name, fixed(ScenarioTime.format(startSecond(o) + b.realTick())),
                    fixed(b.toleranceSeconds() / 60 + " min"), cell(b, "fit-before-" + b.id()), cell(a, "fit-after-" + b.id()));
        }
        values.addRow(0, header("Parameter"), header("Before"), header("Fitted"));
        for (int i = 0; i < r.params().size(); i++) {
            Parameter p = r.params().get(i);
            Label path = new Label(p.expression().replace("$.mechanisms.", ""));
            path.setWrapText(true);
            path.setMaxWidth(230);
            values.addRow(i + 1, path, fixed(p.describe(r.before()[i])), fixed(p.describe(r.after()[i])));
        }
        for (Sensitivity.Row s : o.sensitivity().rows()) {
            String path = s.parameter().expression().replace("$.mechanisms.", "");
            boolean pinned = s.pinnedByTimeline();
            Label l = new Label((pinned ? "✓  " : "○  ") + path + (pinned
                    ? String.format(Locale.ROOT, ": ±%d%% moves a milestone by up to %s.", Math.round(FitViewModel.RANGE * 100),
                    Double.isInfinite(s.maxShiftMinutes()) ? "reaching it or not" : String.format(Locale.ROOT, "%.1f min", s.maxShiftMinutes()))
                    : String.format(Locale.ROOT, ": not pinned down — ±%d%% moves no milestone by a minute; its value rests on"
                    + " its assumption, not on the timeline.", Math.round(FitViewModel.RANGE * 100))));
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().addAll("fit-pinning", pinned ? "fit-pinned" : "fit-unpinned");
            unpinned.getChildren().add(l);
        }
    }

    private static int startSecond(FitViewModel.Outcome o) {
        String start = o.from().meta() == null ? null : o.from().meta().start();
        return start != null && ScenarioTime.isTime(start) ? ScenarioTime.secondsOfDay(start) : 0;
    }

    /** A cell that keeps its full text: numbers and times must not be cut to "1…". */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private static Label cell(Residuals.Row r, String id) {
        double d = r.medianDeltaMinutes();
        Label l = new Label((r.inTolerance() ? "✓ " : "✗ ") + (Double.isNaN(d) ? "never" : String.format(Locale.ROOT, "%+.1f min", d))
                + "  " + r.within() + "/" + r.runs());
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add(r.inTolerance() ? Styles.SUCCESS : Styles.DANGER);
        return l;
    }

    Node root() {
        return root;
    }
}
