package firedrill.app.practice;

import firedrill.app.fx.Formats;
import firedrill.app.fx.StyleClasses;
import firedrill.app.fx.Sparkline;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One card per product: observed success rate at the edge, and its trend over the last hour. */
final class ServiceCardsView extends HBox {
    static final int TREND_MINUTES = 60;
    private static final List<String> STATES = List.of("state-unknown", "state-ok", "state-warn", "state-bad");
    private final List<Label> values = new ArrayList<>();
    private final List<Sparkline> trends = new ArrayList<>();
    private final List<VBox> cards = new ArrayList<>();
    private final double[] shown;

    ServiceCardsView(ConsoleViewModel vm) {
        setId("service-cards");
        getStyleClass().add("service-cards");
        setSpacing(10);
        Snapshot s = vm.snapshot();
        int n = s.serviceIds().size();
        shown = new double[n];
        for (int k = 0; k < n; k++) {
            Label name = new Label(s.serviceNames().get(k));
            name.getStyleClass().add("service-name");
            Label caption = new Label("success rate");
            caption.getStyleClass().add("service-caption");
            HBox top = new HBox(6, name, caption);
            top.setAlignment(Pos.BASELINE_LEFT);
            Label value = new Label("—");
            value.setId("service-" + s.serviceIds().get(k));
            value.getStyleClass().add("service-value");
            Sparkline trend = new Sparkline();
            trend.setId("trend-" + s.serviceIds().get(k));
            HBox.setHgrow(trend, Priority.ALWAYS);
            HBox bottom = new HBox(10, value, trend);
            bottom.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(2, top, bottom);
            card.getStyleClass().add("service-card");
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMinWidth(0);
            card.setPrefWidth(200);
            values.add(value);
            trends.add(trend);
            cards.add(card);
            shown[k] = -1;
            getChildren().add(card);
        }
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
            VBox card = cards.get(k);
            StyleClasses.set(card, state, STATES);
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

    List<Sparkline> sparklines() {
        return trends;
    }
}
