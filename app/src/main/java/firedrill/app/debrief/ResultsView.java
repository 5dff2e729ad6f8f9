package firedrill.app.debrief;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Results: headline, score tiles, the run against the real timeline, milestones, decisions, breakdown. */
public final class ResultsView implements Screen {
    static final double TITLE_WIDTH = 250;
    static final double TARGET_WIDTH = 260;
    private final ResultsViewModel vm;
    private final Navigator nav;
    private final ScrollPane root;
    private final AvailabilityChart chart;
    private final AnimationTimer painter;

    public ResultsView(ResultsViewModel vm, Navigator nav) {
        this.vm = vm;
        this.nav = nav;
        Label title = new Label(vm.headline());
        title.setId("results-headline");
        title.getStyleClass().add(Styles.TITLE_2);
        Label scenario = new Label(vm.result().title());
        scenario.getStyleClass().add(Styles.TEXT_MUTED);
        Label sub = new Label(vm.subline());
        sub.setId("results-subline");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        sub.setWrapText(true);
        Label best = new Label(vm.bestNote());
        best.setId("results-best");
        best.getStyleClass().add("best-note");
        best.setVisible(!vm.bestNote().isEmpty());
        best.setManaged(best.isVisible());

        Button home = new Button("Back to library");
        home.setId("results-home");
        home.setOnAction(e -> nav.home());
        Button retry = new Button("Try again");
        retry.setId("results-retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setOnAction(e -> nav.briefing(vm.result().spec().scenario()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox titles = new VBox(2, scenario, title, sub, best);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(12, titles, home, retry);
        head.setAlignment(Pos.TOP_LEFT);

        String svc = vm.featuredService();
        String svcName = vm.result().spec().layout().serviceName(vm.result().spec().layout().serviceIndex(svc));
        Double ref = vm.referenceImpactMinutes();
        HBox tiles = new HBox(12,
                tile("Impact minutes", fmt(vm.impactMinutes()), "impact-minutes",
                        (ref == null ? "" : "real team's reconstruction " + fmt(ref) + " · ")
                                + "nobody acting " + fmt(vm.baselineImpactMinutes())),
                tile(svcName + " fully recovered", vm.fullRecovery(svc), "full-recovery-" + svc,
                        "real team: " + vm.realTime("fullRecovery:" + svc)),
                tile("Milestones", vm.milestonesWithin() + " on time · " + vm.milestonesEarly() + " early",
                        "milestones-within", vm.milestonesBad() + " late or not reached · "
                                + (vm.milestoneCount() - vm.milestonesGood() - vm.milestonesBad())
                                + " of the incident's own course off the real timeline (not scored)"),
                tile("Decisions", Integer.toString(vm.actionsIssued()), "decision-count",
                        vm.actionsFailed() + " failed"));
        tiles.setId("score-tiles");

        chart = new AvailabilityChart(vm);
        chart.setMinHeight(300);
        VBox chartPanel = panel("Service availability (ground truth) against the real timeline", chart);

        GridPane milestones = table(List.of("Milestone", "Real", "Yours", "Difference", ""));
        milestones.setId("milestone-table");
        int r = 1;
        for (ResultsViewModel.MilestoneRow m : vm.milestones()) {
            Label ok = new Label(m.standing());
            ok.getStyleClass().add(m.good() == null ? "neutral" : m.good() ? "good" : "bad");
            addRow(milestones, r++, cell(m.label()), cell(m.real()), cell(m.yours()), cell(m.delta()), ok);
        }

        GridPane services = table(List.of("Product", "Impact began", "Lowest", "Full recovery", "Real", "Impact-min",
                "Real team", "Nobody acting"));
        services.setId("service-table");
        r = 1;
        for (ResultsViewModel.ServiceRow s : vm.services()) {
            Label full = cell(s.fullRecovery());
            full.setId("full-recovery-row-" + s.id());
            addRow(services, r++, cell(s.name()), cell(s.impactStart()), cell(s.lowest()), full, cell(s.realFullRecovery()),
                    cell(fmt(s.impactMinutes())), cell(s.referenceImpactMinutes() == null ? "—" : fmt(s.referenceImpactMinutes())),
                    cell(fmt(s.baselineImpactMinutes())));
        }

        GridPane decisions = table(List.of("Time", "Action", "Target", "Outcome", "Why"));
        decisions.setId("decision-table");
        r = 1;
        for (ResultsViewModel.DecisionRow d : vm.decisions()) {
            Label outcome = cell(d.outcome());
            outcome.getStyleClass().add("outcome-" + d.outcome());
            Label reason = cell(d.reason());
            reason.setWrapText(true);
            reason.setMinWidth(120);
            // Long titles and targets wrap inside their column instead of running into the next one.
            Label actionTitle = wrapped(d.title(), TITLE_WIDTH);
            Label target = wrapped(d.target().replace(",", ", "), TARGET_WIDTH);
            addRow(decisions, r++, cell(d.time()), actionTitle, target, outcome, reason);
        }
        if (vm.decisions().isEmpty()) {
            decisions.add(cell("No actions were taken."), 0, 1, 5, 1);
        }
        decisions.getColumnConstraints().setAll(col(60), col(TITLE_WIDTH), col(TARGET_WIDTH), col(90), growCol());

        VBox content = new VBox(18, head, tiles, chartPanel, panel("Milestones vs the real timeline", milestones),
                panel("Score breakdown by product", services), panel("Your decisions", decisions));
        content.setPadding(new Insets(24, 32, 32, 32));
        content.setId("results");
        content.getStyleClass().add("results");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        painter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                chart.paintIfDirty();
            }
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static Node tile(String caption, String value, String id, String note) {
        Label c = new Label(caption);
        c.getStyleClass().add("tile-caption");
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("tile-value");
        Label n = new Label(note);
        n.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        n.setWrapText(true);
        VBox box = new VBox(4, c, v, n);
        box.getStyleClass().add("score-tile");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(240);
        return box;
    }

    private static VBox panel(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("panel-title");
        VBox box = new VBox(10, t, body);
        box.getStyleClass().addAll("panel", "results-panel");
        return box;
    }

    private static GridPane table(List<String> headers) {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        g.getStyleClass().add("results-table");
        for (int i = 0; i < headers.size(); i++) {
            Label h = new Label(headers.get(i));
            h.getStyleClass().add("table-header");
            g.add(h, i, 0);
        }
        return g;
    }

    private static void addRow(GridPane g, int row, Label... cells) {
        for (int i = 0; i < cells.length; i++) {
            g.add(cells[i], i, row);
            GridPane.setHalignment(cells[i], HPos.LEFT);
        }
    }

    private static Label cell(String s) {
        Label l = new Label(s);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static ColumnConstraints col(double w) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(w);
        c.setPrefWidth(w);
        c.setMaxWidth(w);
        return c;
    }

    /** A cell that wraps within {@code width} (its column's width) and never pushes past it. */
    private static Label wrapped(String s, double width) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setPrefWidth(width);
        l.setMaxWidth(width);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static ColumnConstraints growCol() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(120);
        return c;
    }

    public ResultsViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Results";
    }

    @Override
    public void shown() {
        painter.start();
    }

    @Override
    public void dispose() {
        painter.stop();
    }
}
