package firedrill.app.fx;

import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A light line chart on a canvas for a moving time window (JavaFX {@code LineChart} rebuilds a scene
 * graph per point and is far too slow to refresh at 60 fps). x is in ticks; each series is a value
 * per x with NaN for gaps. Data is replaced, never copied, when a new minute arrives.
 */
public final class TimeSeriesChart extends CanvasPane {
    /** How y values are printed. */
    public enum Unit { PERCENT, RATIO }

    private final String title;
    private final Unit unit;
    private final double yMin;
    private final double yMaxFloor;
    private int[] xs = new int[0];
    private double[][] series = new double[0][];
    private String[] names = new String[0];
    private int count;
    private int windowStart;
    private int windowEnd = 1;
    private double threshold = Double.NaN;
    private int firstTick = 1;
    private String thresholdLabel = "";
    private IntFunction<String> timeLabel = t -> Integer.toString(t);
    private Font titleFont = Font.font(12);
    private Font labelFont = Font.font(10);
    private final String[] valueText = new String[8];
    private final double[] valueWidth = new double[8];
    private double titleWidth = -1;

    /**
     * @param yMaxFloor the y axis reaches at least this value (it grows to fit the data)
     */
    public TimeSeriesChart(String title, Unit unit, double yMin, double yMaxFloor) {
        this.title = title;
        this.unit = unit;
        this.yMin = yMin;
        this.yMaxFloor = yMaxFloor;
        getStyleClass().add("time-series-chart");
    }

    public String title() {
        return title;
    }

    /** Sets the data: {@code count} points with x {@code xs[i]} and values {@code series[k][i]}. */
    public void setData(int[] xs, double[][] series, String[] names, int count) {
        this.xs = xs;
        this.series = series;
        this.names = names;
        this.count = count;
        for (int k = 0; k < valueText.length; k++) {
            valueText[k] = null;
        }
        invalidate();
    }

    public void setWindow(int startTick, int endTick) {
        if (startTick != windowStart || endTick != windowEnd) {
            windowStart = startTick;
            windowEnd = Math.max(startTick + 1, endTick);
            invalidate();
        }
    }

    /** Points before this tick are not drawn (a warm-up sample). */
    public void setFirstTick(int tick) {
        firstTick = tick;
        invalidate();
    }

    public void setThreshold(double y, String label) {
        threshold = y;
        thresholdLabel = label;
        invalidate();
    }

    public void setTimeLabel(IntFunction<String> f) {
        timeLabel = f;
        invalidate();
    }

    public void setFontSize(double size) {
        titleFont = Font.font(size);
        titleWidth = -1;
        java.util.Arrays.fill(valueText, null);
        labelFont = Font.font(Math.max(8, size - 2));
        invalidate();
    }

    /** Latest non-missing value of series k (NaN when none). */
    public double latest(int k) {
        if (k >= series.length) {
            return Double.NaN;
        }
        for (int i = count - 1; i >= 0; i--) {
            if (!Double.isNaN(series[k][i])) {
                return series[k][i];
            }
        }
        return Double.NaN;
    }

    public int pointCount() {
        return count;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        // Margins grow with the type (large type on a projector); at the default sizes: 22, 36, 16.
        double top = titleFont.getSize() + 10;
        double left = Math.max(36, TextMetrics.width("100%", labelFont) + 12);
        double right = w - 8;
        double bottom = h - labelFont.getSize() - 6;
        g.setFont(titleFont);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(textColor());
        g.fillText(title, 6, 4);
        // Latest values, right-aligned in series colours; on a second line when the title needs the room.
        double valuesWidth = 0;
        for (int k = 0; k < series.length && k < valueText.length; k++) {
            if (valueText[k] == null) {
                valueText[k] = (names.length > 1 ? names[k] + " " : "") + format(latest(k));
                valueWidth[k] = TextMetrics.width(valueText[k], titleFont);
            }
            valuesWidth += valueWidth[k] + 10;
        }
        if (titleWidth < 0) {
            titleWidth = TextMetrics.width(title, titleFont);
        }
        double valuesY = 4;
        if (6 + titleWidth + 12 + valuesWidth > right) {
            valuesY = 4 + titleFont.getSize() + 4;
            top += titleFont.getSize() + 4;
        }
        g.setTextAlign(TextAlignment.RIGHT);
        double x = right;
        for (int k = series.length - 1; k >= 0; k--) {
            if (k >= valueText.length) {
                continue;
            }
            g.setFill(series.length > 1 ? seriesColor(k) : textColor());
            g.fillText(valueText[k], x, valuesY);
            x -= valueWidth[k] + 10;
        }
        if (bottom - top < 10 || right - left < 10) {
            return;
        }
        double yMax = yMaxFloor;
        for (int k = 0; k < series.length; k++) {
            for (int i = 0; i < count; i++) {
                if (xs[i] >= windowStart && xs[i] >= firstTick && series[k][i] > yMax) {
                    yMax = series[k][i];
                }
            }
        }
        if (unit == Unit.RATIO) {
            yMax = Math.ceil(yMax * 2) / 2;
        }
        // Grid: three horizontal lines and the axis labels.
        g.setFont(labelFont);
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 2; i++) {
            double v = yMin + (yMax - yMin) * i / 2;
            double y = Math.round(yOf(v, yMin, yMax, top, bottom)) + 0.5;
            g.strokeLine(left, y, right, y);
            g.setFill(mutedColor());
            g.fillText(axis(v), left - 4, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(timeLabel.apply(windowStart), left, bottom + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(timeLabel.apply(windowEnd), right, bottom + 3);
        if (!Double.isNaN(threshold) && threshold <= yMax) {
            double y = Math.round(yOf(threshold, yMin, yMax, top, bottom)) + 0.5;
            g.setStroke(warnColor());
            g.setLineDashes(4, 4);
            g.strokeLine(left, y, right, y);
            g.setLineDashes((double[]) null);
            g.setFill(warnColor());
            g.setTextBaseline(VPos.BOTTOM);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(thresholdLabel, left + 4, y - 1);
        }
        double span = windowEnd - windowStart;
        g.setLineWidth(1.6);
        for (int k = 0; k < series.length; k++) {
            g.setStroke(seriesColor(k));
            boolean open = false;
            g.beginPath();
            for (int i = 0; i < count; i++) {
                if (xs[i] < windowStart - 60 || xs[i] > windowEnd || xs[i] < firstTick) {
                    continue;
                }
                double v = series[k][i];
                if (Double.isNaN(v)) {
                    open = false;
                    continue;
                }
                double px = left + (Math.max(xs[i], windowStart) - windowStart) / span * (right - left);
                double py = yOf(v, yMin, yMax, top, bottom);
                if (open) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    open = true;
                }
            }
            g.stroke();
        }
    }

    private static double yOf(double v, double min, double max, double top, double bottom) {
        double f = (v - min) / (max - min);
        f = f < 0 ? 0 : f > 1 ? 1 : f;
        return bottom - f * (bottom - top);
    }

    private String format(double v) {
        return unit == Unit.PERCENT ? Formats.percent(v) : Double.isNaN(v) ? "—"
                : String.format(java.util.Locale.ROOT, "%.2f×", v);
    }

    private String axis(double v) {
        return unit == Unit.PERCENT ? Formats.percent0(v) : Formats.number(Math.round(v * 10) / 10.0) + "×";
    }

    /** The colour the chart uses for series k (for legends). */
    public Color colorOf(int k) {
        return seriesColor(k);
    }
}
