package firedrill.app.debrief;

import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.TextMetrics;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.History;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The run on one time axis: each product's true availability, the real timeline's milestones as
 * dashed verticals, the trainee's decisions as ticks on the axis (red when they failed), and the
 * projected part after the exercise ended shaded.
 */
final class AvailabilityChart extends CanvasPane {
    private final ResultsViewModel vm;
    private final ModelSpec spec;
    private final Font font = Font.font(11);

    AvailabilityChart(ResultsViewModel vm) {
        this.vm = vm;
        this.spec = vm.result().spec();
        getStyleClass().add("availability-chart");
        setId("availability-chart");
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        int t0 = vm.chartStart();
        int t1 = Math.max(t0 + 60, vm.chartEnd());
        List<ResultsViewModel.Marker> markers = vm.markers();
        double left = 48;
        double right = w - 12;
        // Milestone labels go in rows above the plot so they do not overlap.
        int rows = 5;
        double rowH = 14;
        double top = 8 + rows * rowH + 6;
        double bottom = h - 48;
        if (bottom - top < 20) {
            return;
        }
        g.setFont(font);
        g.setLineWidth(1);
        // Projected part.
        int end = vm.result().endTick();
        if (end < t1) {
            double x = xOf(Math.max(end, t0), t0, t1, left, right);
            g.setFill(gridColor().deriveColor(0, 1, 1, 0.35));
            g.fillRect(x, top, right - x, bottom - top);
            g.setFill(mutedColor());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("exercise ended · projected", x + 4, bottom - 4);
        }
        // Grid and y labels.
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0;
            double y = Math.round(yOf(v, top, bottom)) + 0.5;
            g.setStroke(gridColor());
            g.strokeLine(left, y, right, y);
            g.setFill(mutedColor());
            g.fillText(Math.round(v * 100) + "%", left - 6, y);
        }
        // x labels every hour (or half hour).
        int span = t1 - t0;
        int step = span > 6 * 3600 ? 3600 : span > 2 * 3600 ? 1800 : 900;
        int startSec = spec.startSecondOfDay();
        int first = ((t0 + startSec) / step + 1) * step - startSec;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int t = first; t < t1; t += step) {
            double x = xOf(t, t0, t1, left, right);
            g.setStroke(gridColor());
            g.strokeLine(x, bottom, x, bottom + 4);
            g.setFill(mutedColor());
            g.fillText(spec.timeOf(t), x, bottom + 16);
        }
        // Real milestones: dashed verticals, labels in rows above the plot (same-time milestones share one).
        double[] rowEnd = new double[rows];
        java.util.Arrays.fill(rowEnd, -1e9);
        g.setLineDashes(3, 4);
        for (int i = 0; i < markers.size(); i++) {
            ResultsViewModel.Marker m = markers.get(i);
            if (m.tick() < t0 || m.tick() > t1) {
                continue;
            }
            if (i > 0 && markers.get(i - 1).tick() == m.tick()) {
                continue; // drawn with the previous one
            }
            int same = 0;
            while (i + same + 1 < markers.size() && markers.get(i + same + 1).tick() == m.tick()) {
                same++;
            }
            double x = Math.round(xOf(m.tick(), t0, t1, left, right)) + 0.5;
            g.setStroke(warnColor().deriveColor(0, 1, 1, 0.7));
            g.strokeLine(x, top, x, bottom);
            String label = spec.timeOf(m.tick()) + " " + m.label() + (same > 0 ? " (+" + same + ")" : "");
            double lw = TextMetrics.width(label, font);
            int row = 0;
            while (row < rows - 1 && rowEnd[row] > x - 2) {
                row++;
            }
            double lx = Math.min(x + 2, right - lw);
            rowEnd[row] = lx + lw + 8;
            g.setFill(warnColor());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(label, lx, 8 + row * rowH);
        }
        g.setLineDashes((double[]) null);
        // Availability lines.
        List<History.Minute> rows2 = vm.history();
        int services = spec.layout().services();
        g.setLineWidth(2);
        for (int k = 0; k < services; k++) {
            g.setStroke(seriesColor(k));
            g.beginPath();
            boolean open = false;
            for (History.Minute m : rows2) {
                if (m.tick() < t0 || m.tick() > t1) {
                    continue;
                }
                double x = xOf(m.tick(), t0, t1, left, right);
                double y = yOf(m.availability()[k], top, bottom);
                if (open) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    open = true;
                }
            }
            g.stroke();
        }
        // Legend, bottom right.
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double legendY = h - 8;
        String realLabel = "┆ real timeline";
        double lx = right - TextMetrics.width(realLabel, font);
        g.setFill(warnColor());
        g.fillText(realLabel, lx, legendY);
        for (int k = services - 1; k >= 0; k--) {
            String name = spec.layout().serviceName(k);
            lx -= TextMetrics.width(name, font) + 18 + 14;
            g.setFill(seriesColor(k));
            g.fillRect(lx, legendY - 1, 14, 3);
            g.setFill(textColor());
            g.fillText(name, lx + 18, legendY);
        }
        // Decisions on the axis; failed ones drawn last so they stay visible where decisions pile up.
        for (int pass = 0; pass < 2; pass++) {
            for (ResultsViewModel.DecisionRow d : vm.decisions()) {
                boolean failed = Outcome.FAILED.label().equals(d.outcome());
                if (d.tick() < t0 || d.tick() > t1 || failed != (pass == 1)) {
                    continue;
                }
                double x = xOf(d.tick(), t0, t1, left, right);
                g.setFill(failed ? badColor() : accentColor());
                g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {bottom + 14, bottom + 14, bottom + 6}, 3);
            }
        }
        g.setFill(mutedColor());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("▲ your decisions (red: failed)", left, legendY);
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.strokeLine(left, Math.round(bottom) + 0.5, right, Math.round(bottom) + 0.5);
    }

    private static double xOf(int tick, int t0, int t1, double left, double right) {
        return left + (tick - t0) / (double) (t1 - t0) * (right - left);
    }

    private static double yOf(double v, double top, double bottom) {
        double f = Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
        return bottom - f * (bottom - top);
    }

    Color lineColor(int k) {
        return seriesColor(k);
    }
}
