package firedrill.app.author;

import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.Formats;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One service's availability in the preview: the reference playbook run (solid) and the do-nothing
 * run (dashed) over the whole scenario, with the real milestones as vertical markers (the service's
 * own and the fleet-wide ones).
 */
final class PreviewChart extends CanvasPane {
    private Preview.Result result;
    private int service;

    PreviewChart() {
        getStyleClass().add("author-preview-chart");
    }

    void setData(Preview.Result result, int service) {
        this.result = result;
        this.service = service;
        invalidate();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 130;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (result == null || service >= result.services().size()) {
            return;
        }
        Preview.ServiceSeries s = result.services().get(service);
        double left = 34;
        double right = w - 8;
        double top = 20;
        double bottom = h - 16;
        int horizon = result.spec().horizonTick();
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(textColor());
        g.fillText(s.name(), 4, 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(seriesColor(0));
        double legendX = right;
        g.fillText("— reference", legendX, 3);
        g.setFill(mutedColor());
        g.fillText("- - nothing", legendX - 74, 3);
        g.setFont(Font.font(9.5));
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        for (double v : new double[] {0, 0.5, 1}) {
            double y = Math.round(bottom - v * (bottom - top)) + 0.5;
            g.strokeLine(left, y, right, y);
            g.setFill(mutedColor());
            g.fillText(Formats.percent0(v), left - 3, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(result.spec().timeOf(0), left, bottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(result.spec().timeOf(horizon), right, bottom + 2);
        // Real milestones: dashed verticals, labelled when there is room.
        double lastLabel = -1e9;
        g.setLineDashes(3, 3);
        for (Preview.Marker m : result.markers()) {
            if (m.service() != null && !m.service().equals(s.id())) {
                continue;
            }
            if (m.tick() < 0 || m.tick() > horizon) {
                continue;
            }
            double x = Math.round(left + (double) m.tick() / horizon * (right - left)) + 0.5;
            g.setStroke(warnColor());
            g.strokeLine(x, top, x, bottom);
            if (x - lastLabel > 60) {
                g.setFill(warnColor());
                g.setTextAlign(TextAlignment.LEFT);
                String label = m.label() == null ? "" : m.label();
                g.fillText(label.length() > 14 ? label.substring(0, 13) + "…" : label, x + 2, bottom - 12);
                lastLabel = x;
            }
        }
        g.setLineDashes((double[]) null);
        line(g, s.nothing(), left, right, top, bottom, horizon, true);
        line(g, s.reference(), left, right, top, bottom, horizon, false);
    }

    private void line(GraphicsContext g, double[] a, double left, double right, double top, double bottom, int horizon,
                      boolean dashed) {
        if (a.length == 0) {
            return;
        }
        g.setStroke(dashed ? mutedColor() : seriesColor(0));
        g.setLineWidth(dashed ? 1.2 : 1.8);
        if (dashed) {
            g.setLineDashes(5, 4);
        }
        g.beginPath();
        for (int i = 0; i < a.length; i++) {
            double x = left + Math.min(1.0, (double) i * 60 / horizon) * (right - left);
            double y = bottom - Math.max(0, Math.min(1, a[i])) * (bottom - top);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }
}
