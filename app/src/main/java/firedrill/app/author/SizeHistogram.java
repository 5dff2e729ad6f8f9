package firedrill.app.author;

import firedrill.app.fx.CanvasPane;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Live histogram of cluster sizes (log bins): generated clusters in one colour, explicit ones stacked on top. */
final class SizeHistogram extends CanvasPane {
    private FleetSizes sizes;

    SizeHistogram() {
        getStyleClass().add("author-histogram");
        setId("fleet-histogram");
    }

    void setSizes(FleetSizes sizes) {
        this.sizes = sizes;
        invalidate();
    }

    FleetSizes sizes() {
        return sizes;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 150;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.TOP);
        if (sizes == null) {
            g.setFill(mutedColor());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("Complete the generator's fields to see the cluster sizes.", 8, 8);
            return;
        }
        int first = sizes.bins();
        int last = -1;
        int max = 1;
        for (int i = 0; i < sizes.bins(); i++) {
            int n = sizes.generated()[i] + sizes.explicit()[i];
            if (n > 0) {
                first = Math.min(first, i);
                last = Math.max(last, i);
                max = Math.max(max, n);
            }
        }
        if (last < 0) {
            g.setFill(mutedColor());
            g.fillText("No clusters.", 8, 8);
            return;
        }
        first = Math.max(0, first - 1);
        last = Math.min(sizes.bins() - 1, last + 1);
        double left = 30;
        double right = w - 6;
        double top = 16;
        double bottom = h - 18;
        int bins = last - first + 1;
        double bw = (right - left) / bins;
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.strokeLine(left, Math.round(bottom) + 0.5, right, Math.round(bottom) + 0.5);
        g.setFill(mutedColor());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Integer.toString(max), left - 4, top);
        g.fillText("0", left - 4, bottom);
        for (int b = first; b <= last; b++) {
            double x = left + (b - first) * bw;
            int gen = sizes.generated()[b];
            int exp = sizes.explicit()[b];
            double hg = (bottom - top) * gen / max;
            double he = (bottom - top) * exp / max;
            g.setFill(seriesColor(0));
            g.fillRect(x + 2, bottom - hg, bw - 4, hg);
            g.setFill(seriesColor(1));
            g.fillRect(x + 2, bottom - hg - he, bw - 4, he);
            if (gen + exp > 0) {
                g.setFill(textColor());
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(Integer.toString(gen + exp), x + bw / 2, bottom - hg - he - 1);
            }
            g.setFill(mutedColor());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(sizes.label(b), x + bw / 2, bottom + 3);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(seriesColor(0));
        g.fillText("■ generated", left, 1);
        g.setFill(seriesColor(1));
        g.fillText("■ explicit", left + 78, 1);
        g.setFill(mutedColor());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("nodes per cluster (log bins)", right, 1);
    }
}
