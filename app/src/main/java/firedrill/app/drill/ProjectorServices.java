package firedrill.app.drill;

import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.Formats;
import firedrill.app.fx.Sparkline;
import firedrill.app.fx.StyleClasses;
import firedrill.app.practice.ConsoleViewModel;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One tile per product with its observed success rate at the edge and its trend over the last hour,
 * for the room: the product's name and value at full size (the tiles share the width equally; a
 * name wraps before it is cut), "success rate" said once in the caption above.
 */
final class ProjectorServices extends VBox {
    static final int TREND_MINUTES = 60;
    private static final List<String> STATES = List.of("state-unknown", "state-ok", "state-warn", "state-bad");
    private final List<Label> values = new ArrayList<>();
    private final List<VBox> cards = new ArrayList<>();
    private final List<Sparkline> trends = new ArrayList<>();
    private final double[] shown;

    ProjectorServices(ConsoleViewModel vm) {
        setId("service-cards");
        getStyleClass().addAll("service-cards", "projector-services");
        Label caption = Status.mark(new Label("Customer success rate (observed at the edge)"));
        caption.getStyleClass().add("service-caption");
        caption.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("service-grid");
        Snapshot s = vm.snapshot();
        int n = s.serviceIds().size();
        shown = new double[n];
        for (int k = 0; k < n; k++) {
            Label name = Status.mark(new Label(s.serviceNames().get(k)));
            name.getStyleClass().add("service-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label value = new Label("—");
            value.setId("service-" + s.serviceIds().get(k));
            value.getStyleClass().add("service-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            Sparkline trend = new Sparkline();
            trend.setId("trend-" + s.serviceIds().get(k));
            trend.setMinSize(20, 16);
            trend.prefHeightProperty().bind(value.heightProperty().multiply(0.8));
            javafx.scene.layout.HBox.setHgrow(trend, Priority.ALWAYS);
            javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(value, trend);
            bottom.getStyleClass().add("projector-row");
            bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox card = new VBox(2, name, bottom);
            card.getStyleClass().add("service-card");
            GridPane.setHgrow(card, Priority.ALWAYS);
            grid.add(card, k, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / n);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            values.add(value);
            trends.add(trend);
            cards.add(card);
            shown[k] = -1;
        }
        getChildren().addAll(caption, grid);
        vm.snapshotProperty().addListener((o, a, b) -> update(b));
        vm.chartDataProperty().addListener((o, a, b) -> trends(b));
        update(s);
        trends(vm.chartDataProperty().get());
    }

    private void update(Snapshot s) {
        double[] obs = s.observedAvailability();
        for (int k = 0; k < shown.length && k < obs.length; k++) {
            double v = obs[k];
            if (Double.compare(v, shown[k]) == 0) {
                continue;
            }
            shown[k] = v;
            values.get(k).setText(Formats.percent(v));
            String state = Double.isNaN(v) ? "state-unknown" : v >= 0.99 ? "state-ok" : v >= 0.9 ? "state-warn" : "state-bad";
            StyleClasses.set(cards.get(k), state, STATES);
        }
    }

    private void trends(ConsoleViewModel.ChartData d) {
        for (int k = 0; k < trends.size() && k < d.availability().length; k++) {
            int count = Math.min(TREND_MINUTES, d.count());
            double[] tail = new double[count];
            System.arraycopy(d.availability()[k], d.count() - count, tail, 0, count);
            trends.get(k).setValues(tail, count);
        }
    }

    List<? extends CanvasPane> canvases() {
        return trends;
    }
}
