package firedrill.app.fx;

import javafx.scene.canvas.GraphicsContext;

/** A tiny trend line (no axes) of the last values of one series, 0..1. */
public final class Sparkline extends CanvasPane {
    private double[] values = new double[0];
    private int count;

    public Sparkline() {
        getStyleClass().add("sparkline");
    }

    /** The last {@code count} values of {@code values} are drawn; NaN is a gap. */
    public void setValues(double[] values, int count) {
        this.values = values;
        this.count = count;
        invalidate();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 28;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 120;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (count < 2) {
            return;
        }
        double pad = 2;
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.strokeLine(0, pad + 0.5, w, pad + 0.5);
        g.setStroke(accentColor());
        g.setLineWidth(1.5);
        g.beginPath();
        boolean open = false;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                open = false;
                continue;
            }
            double x = i / (double) (count - 1) * (w - 1);
            double y = pad + (1 - Math.max(0, Math.min(1, v))) * (h - 2 * pad);
            if (open) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                open = true;
            }
        }
        g.stroke();
    }
}
