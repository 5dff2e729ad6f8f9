package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.TimeSeriesChart;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Snapshot;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * Dashboards over a moving window, from the OBSERVED per-minute history (never ground truth): fleet API
 * error ratio, DNS failure ratio, API load versus capacity, and customer success rate per product.
 */
final class ChartsView extends VBox {
    private final TimeSeriesChart errors = new TimeSeriesChart("API error ratio (fleet)", TimeSeriesChart.Unit.PERCENT, 0, 0.1);
    private final TimeSeriesChart dns = new TimeSeriesChart("DNS failures (fleet)", TimeSeriesChart.Unit.PERCENT, 0, 0.1);
    private final TimeSeriesChart saturation = new TimeSeriesChart("API load ÷ capacity", TimeSeriesChart.Unit.RATIO, 0, 1.5);
    private final TimeSeriesChart success = new TimeSeriesChart("Customer success rate", TimeSeriesChart.Unit.PERCENT, 0, 1);
    private final List<TimeSeriesChart> all = List.of(errors, dns, saturation, success);
    private int windowMinutes = 60;
    private int tick;

    ChartsView(ConsoleViewModel vm) {
        setId("charts");
        getStyleClass().addAll("panel", "charts-panel");
        Label title = new Label("Dashboards");
        title.getStyleClass().add("panel-title");
        Label sub = new Label("observed, 1-minute resolution");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox windows = new HBox();
        windows.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        int[] options = {30, 60, 180};
        for (int i = 0; i < options.length; i++) {
            int m = options[i];
            ToggleButton b = new ToggleButton(m < 60 ? m + "m" : m / 60 + "h");
            b.setId("window-" + m);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL : i == options.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(m == windowMinutes);
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                windowMinutes = m;
                updateWindow();
            });
            windows.getChildren().add(b);
        }
        HBox header = new HBox(8, title, sub, grow, windows);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);

        ModelSpec spec = vm.spec();
        Snapshot s = vm.snapshot();
        for (TimeSeriesChart c : charts()) {
            c.setTimeLabel(spec::timeOf);
            c.setMinSize(0, 0);
            c.setFirstTick(vm.observationStartTick());
        }
        errors.setId("chart-api-errors");
        dns.setId("chart-dns");
        saturation.setId("chart-saturation");
        success.setId("chart-success");
        saturation.setThreshold(1.0, "capacity");
        success.setThreshold(0.99, "99%");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(errors, 0, 0);
        grid.add(dns, 1, 0);
        grid.add(saturation, 0, 1);
        grid.add(success, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (TimeSeriesChart c : charts()) {
            c.getStyleClass().add("chart-tile");
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(header, grid);

        String[] names = s.serviceNames().toArray(new String[0]);
        vm.chartDataProperty().addListener((o, a, d) -> setData(d, names));
        vm.tickProperty().addListener((o, a, b) -> {
            tick = b.intValue();
            updateWindow();
        });
        tick = s.tick();
        setData(vm.chartDataProperty().get(), names);
        updateWindow();
    }

    private void setData(ConsoleViewModel.ChartData d, String[] names) {
        errors.setData(d.ticks(), new double[][] {d.apiErrors()}, new String[] {"errors"}, d.count());
        dns.setData(d.ticks(), new double[][] {d.dnsFailures()}, new String[] {"DNS"}, d.count());
        saturation.setData(d.ticks(), new double[][] {d.saturation()}, new String[] {"load"}, d.count());
        success.setData(d.ticks(), d.availability(), names, d.count());
    }

    private void updateWindow() {
        // The data is one point per minute, so the window moves a minute at a time: a repaint per
        // simulated minute (five a second at 300×) instead of one per frame.
        int end = Math.max((tick + 59) / 60 * 60, windowMinutes * 60);
        for (TimeSeriesChart c : charts()) {
            c.setWindow(end - windowMinutes * 60, end);
        }
    }

    List<TimeSeriesChart> charts() {
        return all;
    }
}
