package firedrill.app.practice;

import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.Formats;
import firedrill.app.fx.HealthScale;
import firedrill.app.fx.TextMetrics;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Every cluster as one cell, grouped by region, sized by node-count bucket and coloured by how sick it
 * looks from OBSERVED metrics (API errors, latency, DNS failures); hatched grey where samples are
 * missing. Click selects, Shift-click adds, Ctrl-click toggles, drag selects a rectangle; the
 * selection becomes the action target. Painted on a canvas, at most once a frame.
 */
public final class FleetHeatmap extends CanvasPane {
    private final HealthScale scale = new HealthScale();
    private final Label hoverCard = new Label();
    private HeatmapLayout.Shape shape;
    private HeatmapLayout layout;
    private Snapshot snapshot;
    private final BitSet selected = new BitSet();
    private TileBadges.Badge[] badges = new TileBadges.Badge[0];
    private int hover = -1;
    private int observationStart;
    private double pressX = Double.NaN;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private Consumer<List<String>> onSelection = ids -> {};
    private Font labelFont = Font.font(11);

    public FleetHeatmap() {
        getStyleClass().add("fleet-heatmap");
        setId("fleet-heatmap");
        hoverCard.getStyleClass().add("hover-card");
        hoverCard.setManaged(false);
        hoverCard.setVisible(false);
        hoverCard.setMouseTransparent(true);
        getChildren().add(hoverCard);
        setOnMouseMoved(this::onMove);
        setOnMouseExited(e -> setHover(-1, 0, 0));
        setOnMousePressed(this::onPress);
        setOnMouseDragged(this::onDrag);
        setOnMouseReleased(this::onRelease);
    }

    /** Region label size in px (large type on a projector); at most what the panel header fits. */
    public void setLabelFontSize(double size) {
        labelFont = Font.font(Math.max(8, Math.min(HeatmapLayout.HEADER - 3, size)));
        invalidate();
    }

    public void setShape(HeatmapLayout.Shape shape) {
        this.shape = shape;
        this.layout = null;
        selected.clear();
        relayout();
    }

    public void setSnapshot(Snapshot s) {
        if (s == snapshot) {
            return;
        }
        Snapshot old = snapshot;
        snapshot = s;
        // Observed metrics change only at scrape ticks: repaint only when what the cells show changed.
        if (old == null || !sameObservation(old.clusters(), s.clusters())
                || (old.tick() < observationStart) != (s.tick() < observationStart)) {
            invalidate();
        }
        if (hover >= 0) {
            updateHoverCard();
        }
    }

    private static boolean sameObservation(Snapshot.Clusters a, Snapshot.Clusters b) {
        return java.util.Arrays.equals(a.apiErrorRatio(), b.apiErrorRatio())
                && java.util.Arrays.equals(a.apiLatencySeconds(), b.apiLatencySeconds())
                && java.util.Arrays.equals(a.dnsFailureRatio(), b.dnsFailureRatio())
                && java.util.Arrays.equals(a.workloadErrorRatio(), b.workloadErrorRatio());
    }

    /** The team's marks per cluster (see {@link TileBadges}); repaints only when they changed. */
    public void setBadges(TileBadges.Badge[] next) {
        if (!java.util.Arrays.equals(next, badges)) {
            badges = next;
            invalidate();
            if (hover >= 0) {
                updateHoverCard();
            }
        }
    }

    /** The marks of a cluster's tile as painted now. */
    public TileBadges.Badge badgeOf(int c) {
        return c < badges.length ? badges[c] : TileBadges.Badge.NONE;
    }

    /** Samples visible before this tick are treated as missing (see ConsoleViewModel#observationStartTick). */
    public void setObservationStart(int tick) {
        observationStart = tick;
        invalidate();
    }

    public void setOnSelection(Consumer<List<String>> onSelection) {
        this.onSelection = onSelection;
    }

    /** Replaces the selection from outside (e.g. cleared); does not call back. */
    public void select(List<String> ids) {
        BitSet next = new BitSet();
        if (shape != null) {
            for (String id : ids) {
                int c = shape.ids().indexOf(id);
                if (c >= 0) {
                    next.set(c);
                }
            }
        }
        if (!next.equals(selected)) {
            selected.clear();
            selected.or(next);
            invalidate();
        }
    }

    public List<String> selectedIds() {
        List<String> out = new ArrayList<>();
        for (int c = selected.nextSetBit(0); c >= 0; c = selected.nextSetBit(c + 1)) {
            out.add(shape.ids().get(c));
        }
        return out;
    }

    public HeatmapLayout layoutGeometry() {
        return layout;
    }

    /** Centre of a cluster's cell in this node's coordinates (for tests and tooltips). */
    public Point2D cellCenter(int c) {
        return new Point2D(canvas.getLayoutX() + layout.x(c) + layout.side(c) / 2,
                canvas.getLayoutY() + layout.y(c) + layout.side(c) / 2);
    }

    /** Severity the trainee sees for a cluster in the current snapshot (NaN = no data). */
    public double severityOf(int c) {
        if (snapshot.tick() < observationStart) {
            return Double.NaN;
        }
        Snapshot.Clusters cl = snapshot.clusters();
        return HealthScale.severity(cl, c);
    }

    /** The fill colour of a cluster's cell in the current snapshot. */
    public Color colorOf(int c) {
        return scale.color(severityOf(c));
    }

    public HealthScale scale() {
        return scale;
    }

    @Override
    protected void colorsChanged() {
        scale.rebuild(okColor(), warnColor(), badColor(), deadColor(), noDataColor());
    }

    @Override
    protected void resized(double w, double h) {
        relayout();
    }

    private void relayout() {
        if (shape != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            layout = HeatmapLayout.compute(shape, canvas.getWidth(), canvas.getHeight());
        }
        invalidate();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (layout == null || snapshot == null) {
            return;
        }
        Snapshot.Clusters cl = snapshot.clusters();
        int n = Math.min(layout.clusters(), cl.apiErrorRatio().length);
        boolean warm = snapshot.tick() >= observationStart;
        g.setFont(labelFont);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (HeatmapLayout.Panel p : layout.panels()) {
            int failing = 0;
            int blind = 0;
            for (int c = 0; c < n; c++) {
                if (shape.regionOf()[c] == p.region()) {
                    double s = warm ? HealthScale.severity(cl, c) : Double.NaN;
                    if (Double.isNaN(s)) {
                        blind++;
                    } else if (s >= 0.4) {
                        failing++;
                    }
                }
            }
            g.setFill(textColor());
            g.fillText(p.name(), p.x(), p.y() + 1);
            double nameW = TextMetrics.width(p.name(), labelFont) + 8;
            String count = regionCount(p.clusters(), failing, blind, p.width() - nameW);
            if (!count.isEmpty()) {
                g.setFill(failing > 0 ? badColor() : mutedColor());
                g.fillText(count, p.x() + nameW, p.y() + 1);
            }
        }
        Color hatch = noDataColor().darker();
        g.setLineWidth(1);
        for (int c = 0; c < n; c++) {
            double x = layout.x(c);
            double y = layout.y(c);
            double s = layout.side(c);
            double sev = warm ? HealthScale.severity(cl, c) : Double.NaN;
            g.setFill(scale.color(sev));
            g.fillRect(x, y, s, s);
            if (Double.isNaN(sev) && s >= 5) {
                g.setStroke(hatch);
                g.strokeLine(x, y + s, x + s, y);
                if (s >= 10) {
                    g.strokeLine(x, y + s / 2, x + s / 2, y);
                    g.strokeLine(x + s / 2, y + s, x + s, y + s / 2);
                }
            }
        }
        paintBadges(g, n);
        if (!selected.isEmpty()) {
            g.setStroke(accentColor());
            g.setLineWidth(2);
            for (int c = selected.nextSetBit(0); c >= 0 && c < n; c = selected.nextSetBit(c + 1)) {
                g.strokeRect(layout.x(c) + 1, layout.y(c) + 1, layout.side(c) - 2, layout.side(c) - 2);
            }
        }
        if (hover >= 0 && hover < n) {
            g.setStroke(textColor());
            g.setLineWidth(1.5);
            g.strokeRect(layout.x(hover) - 1, layout.y(hover) - 1, layout.side(hover) + 2, layout.side(hover) + 2);
        }
        if (dragging) {
            g.setStroke(accentColor());
            g.setLineWidth(1);
            g.setLineDashes(4, 3);
            g.strokeRect(Math.min(pressX, dragX), Math.min(pressY, dragY), Math.abs(dragX - pressX), Math.abs(dragY - pressY));
            g.setLineDashes((double[]) null);
        }
    }

    /** Colour of the access bar (blocked / re-admitting); distinct from the health scale and "no data" grey. */
    static final Color ACCESS = Color.web("#7c3aed");
    /** Colour of the node-group and API-server marks. */
    static final Color SIZE = Color.web("#0ea5e9");

    /**
     * The team's marks, drawn over the health colour (legend in docs/model.md): a violet bar along the
     * bottom, full when access is blocked and filled to the admitted share while re-admitting; a
     * triangle top-left when the node groups were shrunk (pointing down) or grown (up); a square top-right
     * with extra API servers; a dot in the middle where the team's telemetry agent runs; a dashed frame
     * while an action is working on the cluster.
     */
    private void paintBadges(GraphicsContext g, int n) {
        int m = Math.min(n, badges.length);
        for (int c = 0; c < m; c++) {
            TileBadges.Badge b = badges[c];
            if (b == null || !b.any()) {
                continue;
            }
            double x = layout.x(c);
            double y = layout.y(c);
            double s = layout.side(c);
            if (s < 6) {
                continue;
            }
            double bar = Math.max(2, Math.round(s / 5));
            if (b.blocked() || b.readmitting()) {
                g.setFill(Color.gray(0.1, 0.55));
                g.fillRect(x, y + s - bar, s, bar);
                g.setFill(ACCESS);
                double share = b.blocked() ? 1 : b.admittedPercent() / 100.0;
                if (b.blocked()) {
                    g.fillRect(x, y + s - bar, s, bar);
                    g.setStroke(ACCESS);
                    g.setLineWidth(1);
                    g.strokeRect(x + 0.5, y + 0.5, s - 1, s - 1);
                } else {
                    g.fillRect(x, y + s - bar, s * share, bar);
                }
            }
            double mark = Math.max(3, Math.round(s / 3.5));
            if (b.shrunk() || b.grown()) {
                g.setFill(SIZE);
                if (b.shrunk()) {
                    g.fillPolygon(new double[] {x, x + mark, x}, new double[] {y, y, y + mark}, 3);
                } else {
                    g.fillPolygon(new double[] {x, x + mark, x + mark / 2}, new double[] {y + mark, y + mark, y}, 3);
                }
            }
            if (b.extraReplicas() > 0) {
                g.setFill(SIZE);
                g.fillRect(x + s - mark, y, mark, mark);
            }
            if (b.agent() && s >= 8) {
                double d = Math.max(2, s / 6);
                g.setFill(Color.gray(0.12, 0.85));
                g.fillOval(x + s / 2 - d / 2, y + s / 2 - d / 2, d, d);
            }
            if (b.inFlight()) {
                g.setStroke(textColor());
                g.setLineWidth(1);
                g.setLineDashes(2, 2);
                g.strokeRect(x + 1.5, y + 1.5, s - 3, s - 3);
                g.setLineDashes((double[]) null);
            }
        }
    }

    /** "50 · 2 failing · 1 no data", shortened until it fits the room next to the region's name. */
    private String regionCount(int clusters, int failing, int blind, double room) {
        String failingText = failing > 0 ? failing + " failing" : "";
        String blindText = blind > 0 ? blind + " no data" : "";
        String[] options = {
            clusters + (failingText.isEmpty() ? "" : " · " + failingText) + (blindText.isEmpty() ? "" : " · " + blindText),
            clusters + (failingText.isEmpty() ? "" : " · " + failingText),
            failingText.isEmpty() ? Integer.toString(clusters) : failingText,
            failing > 0 ? failing + "✕" : ""
        };
        for (String o : options) {
            if (TextMetrics.width(o, labelFont) <= room) {
                return o;
            }
        }
        return "";
    }

    // ---- mouse ------------------------------------------------------------------------------------

    private double cx(MouseEvent e) {
        return e.getX() - canvas.getLayoutX();
    }

    private double cy(MouseEvent e) {
        return e.getY() - canvas.getLayoutY();
    }

    private void onMove(MouseEvent e) {
        if (layout == null) {
            return;
        }
        setHover(layout.hit(cx(e), cy(e)), e.getX(), e.getY());
    }

    private void setHover(int c, double mx, double my) {
        if (c != hover) {
            hover = c;
            invalidate();
        }
        if (c < 0 || snapshot == null) {
            hoverCard.setVisible(false);
            return;
        }
        updateHoverCard();
        hoverCard.autosize();
        double w = hoverCard.getWidth();
        double h = hoverCard.getHeight();
        double x = mx + 14 + w > getWidth() ? mx - 14 - w : mx + 14;
        double y = my + 14 + h > getHeight() ? Math.max(0, my - 14 - h) : my + 14;
        hoverCard.relocate(Math.max(0, x), y);
        hoverCard.setVisible(true);
    }

    private void updateHoverCard() {
        if (hover < 0 || snapshot == null || hover >= snapshot.clusters().ids().size()) {
            return;
        }
        Snapshot.Clusters cl = snapshot.clusters();
        int c = hover;
        double sev = severityOf(c);
        if (snapshot.tick() < observationStart) {
            hoverCard.setText(cl.ids().get(c) + "  ·  " + cl.regions().get(c) + "\nNo metrics yet (first scrape pending)");
            return;
        }
        String text = cl.ids().get(c) + "  ·  " + cl.regions().get(c) + "  ·  "
                + String.format(Locale.ROOT, "%,d", cl.nodes()[c]) + " nodes\n"
                + "API errors " + Formats.percent(cl.apiErrorRatio()[c])
                + "   p99 latency " + seconds(cl.apiLatencySeconds()[c]) + "\n"
                + "API load " + ratio(cl.apiSaturation()[c]) + " of capacity"
                + "   DNS failures " + Formats.percent(cl.dnsFailureRatio()[c]) + "\n"
                + (cl.workloadErrorRatio()[c] > 0 ? "Workload 5xx " + Formats.percent(cl.workloadErrorRatio()[c]) + "\n" : "")
                + "Looks " + HealthScale.label(sev) + (Double.isNaN(cl.apiErrorRatio()[c]) ? " (metrics missing)" : "");
        String marks = badgeOf(c).text();
        hoverCard.setText(marks.isEmpty() ? text : text + "\nYour actions: " + marks);
    }

    private static String seconds(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f s", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f×", v);
    }

    private void onPress(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || layout == null) {
            return;
        }
        requestFocus();
        pressX = cx(e);
        pressY = cy(e);
        dragX = pressX;
        dragY = pressY;
        dragging = false;
    }

    private void onDrag(MouseEvent e) {
        if (Double.isNaN(pressX)) {
            return;
        }
        dragX = cx(e);
        dragY = cy(e);
        dragging = Math.abs(dragX - pressX) > 3 || Math.abs(dragY - pressY) > 3;
        hoverCard.setVisible(false);
        invalidate();
    }

    private void onRelease(MouseEvent e) {
        if (Double.isNaN(pressX) || layout == null) {
            return;
        }
        boolean add = e.isShiftDown();
        boolean toggle = e.isControlDown() || e.isShortcutDown();
        if (dragging) {
            int[] hits = layout.within(pressX, pressY, dragX, dragY);
            if (!add && !toggle) {
                selected.clear();
            }
            for (int c : hits) {
                selected.set(c);
            }
        } else {
            int c = layout.hit(pressX, pressY);
            if (c < 0) {
                if (!add && !toggle) {
                    selected.clear();
                }
            } else if (toggle) {
                selected.flip(c);
            } else if (add) {
                selected.set(c);
            } else {
                // A plain click selects only this cluster, never silently deselects it (issue #21).
                selected.clear();
                selected.set(c);
            }
        }
        dragging = false;
        pressX = Double.NaN;
        invalidate();
        onSelection.accept(selectedIds());
    }
}
