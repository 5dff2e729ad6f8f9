package firedrill.app.debrief;

import firedrill.app.fx.CanvasPane;
import firedrill.engine.model.ModelSpec;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A what-if on one time axis per service: the original run (solid) and the what-if (dashed), the
 * real milestones as dashed verticals and the decision point as a solid one.
 */
final class WhatIfChart extends CanvasPane {
    private final ModelSpec spec;
    private final Font font = Font.font(11);
    private DebriefViewModel.WhatIfResult data;
    private int t0;
    private int t1 = 1;

    WhatIfChart(ModelSpec spec, int startTick, int endTick) {
        this.spec = spec;
        this.t0 = startTick;
        this.t1 = Math.max(startTick + 60, endTick);
        setId("whatif-chart");
        getStyleClass().add("availability-chart");
    }

    void setData(DebriefViewModel.WhatIfResult r) {
        this.data = r;
        invalidate();
        paintIfDirty();
    }

    DebriefViewModel.WhatIfResult data() {
        return data;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 280;
    }

    @Override
    protected void resized(double w, double h) {
        invalidate();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(font);
        if (data == null) {
            g.setFill(mutedColor());
            g.fillText("Pick a decision and a change, then Run what-if: both curves appear here.", 12, 20);
            return;
        }
        int n = data.serviceNames().size();
        double rowH = (h - 24) / Math.max(1, n);
        double left = 110;
        double right = w - 12;
        for (int k = 0; k < n; k++) {
            double top = 6 + k * rowH;
            double bottom = top + rowH - 10;
            g.setStroke(gridColor());
            g.setLineWidth(1);
            g.strokeRect(left, top, right - left, bottom - top);
            g.setFill(textColor());
            g.fillText(data.serviceNames().get(k), 8, top + 14);
            g.setFill(mutedColor());
            g.fillText("100%", left - 36, top + 10);
            g.fillText("0%", left - 22, bottom);
            g.setLineDashes(4, 4);
            g.setStroke(warnColor());
            for (int t : data.milestoneTicks().get(k)) {
                double x = x(t, left, right);
                g.strokeLine(x, top, x, bottom);
            }
            g.setLineDashes();
            g.setStroke(mutedColor());
            double xd = x(data.fromTick(), left, right);
            g.strokeLine(xd, top, xd, bottom);
            series(g, data.original()[k], top, bottom, left, right, accentColor(), false);
            series(g, data.alternative()[k], top, bottom, left, right, seriesColor(1), true);
        }
        double y = h - 6;
        g.setFill(mutedColor());
        g.fillText(spec.timeOf(t0), left, y);
        g.fillText(spec.timeOf(t1), right - 40, y);
        g.setFill(accentColor());
        g.fillText("— your run", left + 90, y);
        g.setFill(seriesColor(1));
        g.fillText("- - what-if", left + 180, y);
        g.setFill(warnColor());
        g.fillText("¦ real milestones", left + 270, y);
    }

    private void series(GraphicsContext g, double[] a, double top, double bottom, double left, double right,
                        Color c, boolean dashed) {
        g.setStroke(c);
        g.setLineWidth(dashed ? 2 : 1.6);
        if (dashed) {
            g.setLineDashes(6, 4);
        }
        g.beginPath();
        boolean first = true;
        for (int i = 0; i < a.length; i++) {
            int t = i * 60;
            if (t < t0 || t > t1 || Double.isNaN(a[i])) {
                continue;
            }
            double x = x(t, left, right);
            double yy = bottom - a[i] * (bottom - top);
            if (first) {
                g.moveTo(x, yy);
                first = false;
            } else {
                g.lineTo(x, yy);
            }
        }
        g.stroke();
        g.setLineDashes();
    }

    private double x(int t, double left, double right) {
        return left + (right - left) * (t - t0) / (double) (t1 - t0);
    }
}
