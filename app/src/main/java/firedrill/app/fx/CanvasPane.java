package firedrill.app.fx;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A resizable region that paints on a {@link Canvas}. Subclasses implement {@link #paint}; the frame
 * loop calls {@link #paintIfDirty()} once per frame, so a component repaints at most once a frame and
 * only when its data or size changed. Colours come from CSS ({@code -fd-canvas-*} properties that
 * look up the theme tokens in {@code assets/css/firedrill.css}), never from inline styles.
 */
public abstract class CanvasPane extends Region {
    protected final Canvas canvas = new Canvas();
    private boolean dirty = true;

    private final StyleableObjectProperty<Paint> text = new Prop(TEXT, Color.web("#c9d1d9"));
    private final StyleableObjectProperty<Paint> muted = new Prop(MUTED, Color.web("#8b949e"));
    private final StyleableObjectProperty<Paint> grid = new Prop(GRID, Color.web("#30363d"));
    private final StyleableObjectProperty<Paint> accent = new Prop(ACCENT, Color.web("#58a6ff"));
    private final StyleableObjectProperty<Paint> ok = new Prop(OK, Color.web("#2ea043"));
    private final StyleableObjectProperty<Paint> warn = new Prop(WARN, Color.web("#d29922"));
    private final StyleableObjectProperty<Paint> bad = new Prop(BAD, Color.web("#f85149"));
    private final StyleableObjectProperty<Paint> dead = new Prop(DEAD, Color.web("#8e1519"));
    private final StyleableObjectProperty<Paint> noData = new Prop(NO_DATA, Color.web("#484f58"));
    private final StyleableObjectProperty<Paint> series1 = new Prop(SERIES1, Color.web("#58a6ff"));
    private final StyleableObjectProperty<Paint> series2 = new Prop(SERIES2, Color.web("#f0883e"));
    private final StyleableObjectProperty<Paint> series3 = new Prop(SERIES3, Color.web("#bc8cff"));
    private final StyleableObjectProperty<Paint> background = new Prop(BACKGROUND, Color.TRANSPARENT);

    protected CanvasPane() {
        getStyleClass().add("canvas-pane");
        getChildren().add(canvas);
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
    }

    /** Marks the canvas for repaint at the next frame. */
    public final void invalidate() {
        dirty = true;
    }

    public final boolean isDirty() {
        return dirty;
    }

    /** Repaints when something changed since the last frame; returns whether it painted. */
    public final boolean paintIfDirty() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (!dirty || w < 1 || h < 1) {
            return false;
        }
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Paint bg = background.get();
        if (bg != null && bg != Color.TRANSPARENT) {
            g.setFill(bg);
            g.fillRect(0, 0, w, h);
        }
        paint(g, w, h);
        return true;
    }

    /** Paints the whole canvas ({@code w} × {@code h} logical pixels). */
    protected abstract void paint(GraphicsContext g, double w, double h);

    /** Called after the canvas changed size (before the repaint). */
    protected void resized(double w, double h) {}

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            resized(w, h);
            dirty = true;
            paintIfDirty(); // paint in the same pulse as the resize, so no blank frame is shown
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 120;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 30;
    }

    public Color textColor() {
        return color(text);
    }

    public Color mutedColor() {
        return color(muted);
    }

    public Color gridColor() {
        return color(grid);
    }

    public Color accentColor() {
        return color(accent);
    }

    public Color okColor() {
        return color(ok);
    }

    public Color warnColor() {
        return color(warn);
    }

    public Color badColor() {
        return color(bad);
    }

    public Color deadColor() {
        return color(dead);
    }

    public Color noDataColor() {
        return color(noData);
    }

    public Color seriesColor(int i) {
        switch (i % 3) {
            case 0:
                return color(series1);
            case 1:
                return color(series2);
            default:
                return color(series3);
        }
    }

    private static Color color(StyleableObjectProperty<Paint> p) {
        return p.get() instanceof Color ? (Color) p.get() : Color.GRAY;
    }

    /** Called when a CSS colour changed (theme switch); subclasses rebuild cached palettes here. */
    protected void colorsChanged() {}

    private final class Prop extends StyleableObjectProperty<Paint> {
        private final Meta meta;

        Prop(Meta meta, Paint initial) {
            super(initial);
            this.meta = meta;
        }

        @Override
        protected void invalidated() {
            colorsChanged();
            dirty = true;
        }

        @Override
        public Object getBean() {
            return CanvasPane.this;
        }

        @Override
        public String getName() {
            return meta.getProperty();
        }

        @Override
        public CssMetaData<? extends Styleable, Paint> getCssMetaData() {
            return meta;
        }
    }

    /** Metadata for one {@code -fd-canvas-*} colour. */
    private static final class Meta extends CssMetaData<CanvasPane, Paint> {
        private final java.util.function.Function<CanvasPane, StyleableObjectProperty<Paint>> getter;

        Meta(String name, Paint initial, java.util.function.Function<CanvasPane, StyleableObjectProperty<Paint>> getter) {
            super(name, PaintConverter.getInstance(), initial);
            this.getter = getter;
        }

        @Override
        public boolean isSettable(CanvasPane n) {
            return !getter.apply(n).isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Paint> getStyleableProperty(CanvasPane n) {
            return getter.apply(n);
        }
    }

    private static final Meta TEXT = new Meta("-fd-canvas-text", Color.web("#c9d1d9"), n -> n.text);
    private static final Meta MUTED = new Meta("-fd-canvas-muted", Color.web("#8b949e"), n -> n.muted);
    private static final Meta GRID = new Meta("-fd-canvas-grid", Color.web("#30363d"), n -> n.grid);
    private static final Meta ACCENT = new Meta("-fd-canvas-accent", Color.web("#58a6ff"), n -> n.accent);
    private static final Meta OK = new Meta("-fd-canvas-ok", Color.web("#2ea043"), n -> n.ok);
    private static final Meta WARN = new Meta("-fd-canvas-warn", Color.web("#d29922"), n -> n.warn);
    private static final Meta BAD = new Meta("-fd-canvas-bad", Color.web("#f85149"), n -> n.bad);
    private static final Meta DEAD = new Meta("-fd-canvas-dead", Color.web("#8e1519"), n -> n.dead);
    private static final Meta NO_DATA = new Meta("-fd-canvas-no-data", Color.web("#484f58"), n -> n.noData);
    private static final Meta SERIES1 = new Meta("-fd-canvas-series-1", Color.web("#58a6ff"), n -> n.series1);
    private static final Meta SERIES2 = new Meta("-fd-canvas-series-2", Color.web("#f0883e"), n -> n.series2);
    private static final Meta SERIES3 = new Meta("-fd-canvas-series-3", Color.web("#bc8cff"), n -> n.series3);
    private static final Meta BACKGROUND = new Meta("-fd-canvas-background", Color.TRANSPARENT, n -> n.background);

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(Region.getClassCssMetaData());
        all.addAll(List.of(TEXT, MUTED, GRID, ACCENT, OK, WARN, BAD, DEAD, NO_DATA, SERIES1, SERIES2, SERIES3,
                BACKGROUND));
        CSS = java.util.Collections.unmodifiableList(all);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
