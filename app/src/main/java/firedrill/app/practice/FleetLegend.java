package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.HealthScale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;

/** The fleet view's legend: health colours, "no data" hatching and the team's marks (see {@link FleetHeatmap}). */
final class FleetLegend {
    private static final double S = 12;

    private FleetLegend() {}

    static FlowPane create() {
        HealthScale scale = new HealthScale();
        FlowPane box = new FlowPane(10, 2);
        box.setId("fleet-legend");
        box.getChildren().addAll(
                item("healthy", g -> fill(g, scale.color(0))),
                item("degraded", g -> fill(g, scale.color(0.3))),
                item("failing", g -> fill(g, scale.color(0.8))),
                item("no data", g -> {
                    fill(g, Color.gray(0.55));
                    g.setStroke(Color.gray(0.35));
                    g.strokeLine(0, S, S, 0);
                    g.strokeLine(0, S / 2, S / 2, 0);
                    g.strokeLine(S / 2, S, S, S / 2);
                }),
                item("access blocked", g -> {
                    fill(g, Color.gray(0.75));
                    g.setFill(FleetHeatmap.ACCESS);
                    g.fillRect(0, S - 3, S, 3);
                    g.setStroke(FleetHeatmap.ACCESS);
                    g.strokeRect(0.5, 0.5, S - 1, S - 1);
                }),
                item("re-admitting (bar = share back)", g -> {
                    fill(g, Color.gray(0.75));
                    g.setFill(Color.gray(0.1, 0.55));
                    g.fillRect(0, S - 3, S, 3);
                    g.setFill(FleetHeatmap.ACCESS);
                    g.fillRect(0, S - 3, S * 0.4, 3);
                }),
                item("shrunk", g -> {
                    fill(g, Color.gray(0.75));
                    g.setFill(FleetHeatmap.SIZE);
                    g.fillPolygon(new double[] {0, 5, 0}, new double[] {0, 0, 5}, 3);
                }),
                item("grown", g -> {
                    fill(g, Color.gray(0.75));
                    g.setFill(FleetHeatmap.SIZE);
                    g.fillPolygon(new double[] {0, 5, 2.5}, new double[] {5, 5, 0}, 3);
                }),
                item("+API servers", g -> {
                    fill(g, Color.gray(0.75));
                    g.setFill(FleetHeatmap.SIZE);
                    g.fillRect(S - 5, 0, 5, 5);
                }),
                item("your agent runs", g -> {
                    fill(g, Color.gray(0.75));
                    g.setFill(Color.gray(0.12, 0.85));
                    g.fillOval(S / 2 - 2, S / 2 - 2, 4, 4);
                }),
                item("action in flight", g -> {
                    fill(g, Color.gray(0.75));
                    g.setStroke(Color.gray(0.1));
                    g.setLineDashes(2, 2);
                    g.strokeRect(1.5, 1.5, S - 3, S - 3);
                }));
        return box;
    }

    private static void fill(GraphicsContext g, Color c) {
        g.setFill(c);
        g.fillRect(0, 0, S, S);
    }

    private static Label item(String text, java.util.function.Consumer<GraphicsContext> draw) {
        Canvas c = new Canvas(S, S);
        draw.accept(c.getGraphicsContext2D());
        Label l = new Label(text, c);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }
}
