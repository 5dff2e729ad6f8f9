package firedrill.app.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Geometry of the fleet heatmap: clusters grouped in one panel per region, cells sized by node-count
 * bucket (1, 2 or 3 units a side), shelf-packed largest first. The unit is the largest that fits the
 * area, trying every number of panel columns. Pure arithmetic (no JavaFX), computed on resize only.
 */
public final class HeatmapLayout {
    /** Node counts below these limits get 1 and 2 units a side; larger clusters get 3. */
    public static final int SMALL = 300;
    public static final int MEDIUM = 2000;
    public static final double HEADER = 18;
    public static final double PANEL_GAP = 10;
    static final double MIN_UNIT = 2;
    static final double MAX_UNIT = 36;

    /** The fleet as the heatmap needs it: stable ids, regions and baseline sizes. */
    public record Shape(List<String> ids, List<String> regionNames, int[] regionOf, int[] nodes) {
        public int clusters() {
            return ids.size();
        }

        /** Builds the shape from per-cluster region names, keeping regions in first-seen order. */
        public static Shape of(List<String> ids, List<String> clusterRegions, int[] nodes, List<String> regionOrder) {
            List<String> names = new ArrayList<>(regionOrder);
            int[] of = new int[ids.size()];
            for (int c = 0; c < ids.size(); c++) {
                int r = names.indexOf(clusterRegions.get(c));
                if (r < 0) {
                    names.add(clusterRegions.get(c));
                    r = names.size() - 1;
                }
                of[c] = r;
            }
            return new Shape(List.copyOf(ids), List.copyOf(names), of, nodes.clone());
        }
    }

    /** A region's panel: where its label goes and where its cells are. */
    public record Panel(int region, String name, double x, double y, double width, double height, int clusters) {}

    private final Shape shape;
    private final double[] x;
    private final double[] y;
    private final double[] side;
    private final List<Panel> panels;
    private final double unit;
    private final int columns;

    private HeatmapLayout(Shape shape, double[] x, double[] y, double[] side, List<Panel> panels, double unit, int columns) {
        this.shape = shape;
        this.x = x;
        this.y = y;
        this.side = side;
        this.panels = panels;
        this.unit = unit;
        this.columns = columns;
    }

    public static int bucket(int nodes) {
        return nodes < SMALL ? 1 : nodes < MEDIUM ? 2 : 3;
    }

    public static HeatmapLayout compute(Shape shape, double width, double height) {
        int regions = Math.max(1, shape.regionNames().size());
        int[][] members = members(shape, regions);
        double bestUnit = -1;
        int bestCols = 1;
        for (int cols = 1; cols <= regions; cols++) {
            double panelW = (width - (cols - 1) * PANEL_GAP) / cols;
            if (panelW < 3 * MIN_UNIT * 3) {
                break;
            }
            double lo = MIN_UNIT;
            double hi = MAX_UNIT;
            if (totalHeight(shape, members, cols, panelW, lo) > height) {
                continue;
            }
            for (int i = 0; i < 18; i++) {
                double mid = (lo + hi) / 2;
                if (totalHeight(shape, members, cols, panelW, mid) <= height) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            if (lo > bestUnit + 1e-6) {
                bestUnit = lo;
                bestCols = cols;
            }
        }
        if (bestUnit < 0) {
            bestUnit = MIN_UNIT;
            bestCols = Math.max(1, Math.min(regions, (int) (width / 120)));
        }
        bestUnit = Math.max(MIN_UNIT, Math.floor(bestUnit)); // whole pixels: cells never overlap by rounding
        return place(shape, members, bestCols, (width - (bestCols - 1) * PANEL_GAP) / bestCols, bestUnit);
    }

    private static int[][] members(Shape shape, int regions) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            lists.add(new ArrayList<>());
        }
        for (int c = 0; c < shape.clusters(); c++) {
            lists.get(shape.regionOf()[c]).add(c);
        }
        int[][] out = new int[regions][];
        int[] nodes = shape.nodes();
        for (int r = 0; r < regions; r++) {
            out[r] = lists.get(r).stream()
                    .sorted((a, b) -> nodes[a] != nodes[b] ? Integer.compare(nodes[b], nodes[a]) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    static double gap(double unit) {
        return Math.max(1, Math.floor(unit * 0.18));
    }

    static double sideOf(int bucket, double unit) {
        return bucket * unit + (bucket - 1) * gap(unit);
    }

    /** Height of one region's cells packed in shelves of the given width. */
    private static double packedHeight(Shape shape, int[] members, double panelW, double unit) {
        double g = gap(unit);
        double cx = 0;
        double rowH = 0;
        double h = 0;
        for (int c : members) {
            double s = sideOf(bucket(shape.nodes()[c]), unit);
            if (s > panelW) {
                return Double.POSITIVE_INFINITY; // a cell wider than its panel does not fit
            }
            if (cx > 0 && cx + s > panelW) {
                h += rowH + g;
                cx = 0;
                rowH = 0;
            }
            cx += s + g;
            rowH = Math.max(rowH, s);
        }
        return h + rowH;
    }

    private static double totalHeight(Shape shape, int[][] members, int cols, double panelW, double unit) {
        double total = 0;
        for (int start = 0; start < members.length; start += cols) {
            double rowH = 0;
            for (int r = start; r < Math.min(members.length, start + cols); r++) {
                rowH = Math.max(rowH, HEADER + packedHeight(shape, members[r], panelW, unit));
            }
            total += rowH + (start > 0 ? PANEL_GAP : 0);
        }
        return total;
    }

    private static HeatmapLayout place(Shape shape, int[][] members, int cols, double panelW, double unit) {
        int n = shape.clusters();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] side = new double[n];
        List<Panel> panels = new ArrayList<>();
        double g = gap(unit);
        double top = 0;
        for (int start = 0; start < members.length; start += cols) {
            double rowH = 0;
            for (int r = start; r < Math.min(members.length, start + cols); r++) {
                double px = (r - start) * (panelW + PANEL_GAP);
                double cx = 0;
                double cy = 0;
                double shelf = 0;
                for (int c : members[r]) {
                    double s = sideOf(bucket(shape.nodes()[c]), unit);
                    if (cx > 0 && cx + s > panelW) {
                        cy += shelf + g;
                        cx = 0;
                        shelf = 0;
                    }
                    x[c] = Math.round(px + cx);
                    y[c] = Math.round(top + HEADER + cy);
                    side[c] = s;
                    cx += s + g;
                    shelf = Math.max(shelf, s);
                }
                double h = HEADER + cy + shelf;
                String name = r < shape.regionNames().size() ? shape.regionNames().get(r) : "";
                panels.add(new Panel(r, name, px, top, panelW, h, members[r].length));
                rowH = Math.max(rowH, h);
            }
            top += rowH + PANEL_GAP;
        }
        return new HeatmapLayout(shape, x, y, side, List.copyOf(panels), unit, cols);
    }

    /** The cluster under a point, or -1. */
    public int hit(double px, double py) {
        for (int c = 0; c < x.length; c++) {
            if (px >= x[c] && px < x[c] + side[c] && py >= y[c] && py < y[c] + side[c]) {
                return c;
            }
        }
        return -1;
    }

    /** Clusters whose cells intersect a rectangle, in index order. */
    public int[] within(double x0, double y0, double x1, double y1) {
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        int[] out = new int[x.length];
        int k = 0;
        for (int c = 0; c < x.length; c++) {
            if (x[c] + side[c] >= minX && x[c] <= maxX && y[c] + side[c] >= minY && y[c] <= maxY) {
                out[k++] = c;
            }
        }
        return Arrays.copyOf(out, k);
    }

    public Shape shape() {
        return shape;
    }

    public double x(int c) {
        return x[c];
    }

    public double y(int c) {
        return y[c];
    }

    public double side(int c) {
        return side[c];
    }

    public List<Panel> panels() {
        return panels;
    }

    public double unit() {
        return unit;
    }

    public int columns() {
        return columns;
    }

    public int clusters() {
        return x.length;
    }
}
