package firedrill.app.practice;

import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.ListDiff;
import firedrill.app.fx.TimeSeriesChart;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.sim.Message;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The incident console's panels for other screens to compose (the facilitated drill's participant
 * view shows the same alerts, channel, service cards, fleet, dashboards and actions as the solo
 * console). Every panel reads one {@link ConsoleViewModel}, which exposes observed data only. The
 * caller repaints the canvases each frame ({@link #paint()}) after {@link ConsoleViewModel#pull()}.
 */
public final class ConsoleParts {
    private final ConsoleViewModel vm;
    private final List<CanvasPane> canvases = new ArrayList<>();

    public ConsoleParts(ConsoleViewModel vm) {
        this.vm = vm;
    }

    /** The pager (alerts, firing first). */
    public Region alerts() {
        return new AlertFeedView(vm);
    }

    /**
     * The incident channel. {@code extra} (may be null) is shown after the channel's messages: e.g.
     * injects a facilitator has sent that apply at the next tick, so the room sees them at once.
     */
    public Region channel(ObservableList<Message> extra) {
        ChannelView view = new ChannelView(vm);
        if (extra != null) {
            ListView<Message> list = view.list();
            ObservableList<Message> shown = FXCollections.observableArrayList(vm.messages());
            shown.addAll(extra);
            Runnable sync = () -> {
                List<Message> next = new ArrayList<>(vm.messages().size() + extra.size());
                next.addAll(vm.messages());
                next.addAll(extra);
                if (ListDiff.apply(shown, next) && !shown.isEmpty()) {
                    list.scrollTo(shown.size() - 1);
                }
            };
            vm.messages().addListener((ListChangeListener<Message>) c -> sync.run());
            extra.addListener((ListChangeListener<Message>) c -> sync.run());
            list.setItems(shown);
        }
        return view;
    }

    /** One card per product with its observed success rate and trend. */
    public Region services() {
        ServiceCardsView view = new ServiceCardsView(vm);
        canvases.addAll(view.sparklines());
        return view;
    }

    /** The dashboards; {@code fontSize} &gt; 0 enlarges their titles and labels (large type). */
    public Region charts(double fontSize) {
        ChartsView view = new ChartsView(vm);
        if (fontSize > 0) {
            for (TimeSeriesChart c : view.charts()) {
                c.setFontSize(fontSize);
            }
        }
        canvases.addAll(view.charts());
        return view;
    }

    /**
     * The fleet heatmap under a panel title (observed health; no selection controls); {@code labelSize}
     * &gt; 0 enlarges the region labels (large type).
     */
    public Region fleet(double labelSize) {
        FleetHeatmap heatmap = new FleetHeatmap();
        if (labelSize > 0) {
            heatmap.setLabelFontSize(labelSize);
        }
        FleetLayout fl = vm.spec().layout();
        List<String> ids = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        int[] nodes = new int[fl.clusters()];
        for (int c = 0; c < fl.clusters(); c++) {
            ids.add(fl.id(c));
            regions.add(fl.regionName(c));
            nodes[c] = fl.nodes(c);
        }
        heatmap.setShape(HeatmapLayout.Shape.of(ids, regions, nodes, fl.regions()));
        heatmap.setObservationStart(vm.observationStartTick());
        heatmap.setSnapshot(vm.snapshot());
        vm.snapshotProperty().addListener((o, a, b) -> heatmap.setSnapshot(b));
        heatmap.setMinSize(100, 80);
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        canvases.add(heatmap);
        Label title = new Label("Fleet");
        title.getStyleClass().add("panel-title");
        Label sub = new Label("health from observed API errors, latency, DNS and workload 5xx · grey = no data");
        sub.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_SMALL, atlantafx.base.theme.Styles.TEXT_MUTED);
        sub.setMinWidth(0);
        HBox header = new HBox(8, title, sub);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(header, heatmap);
        box.setId("fleet-panel");
        box.getStyleClass().addAll("panel", "fleet-panel");
        return box;
    }

    /** Actions in flight and done (and commands queued for the next tick). */
    public Region inFlight() {
        return new ActionsInFlightView(vm);
    }

    /**
     * The action catalog with target and parameters; its button reads {@code confirmText} (e.g. "Record
     * decision"). Issuing goes through the console view model ({@link ConsoleViewModel#setIssuer}).
     */
    public Region actionPanel(ActionPanelViewModel actions, String confirmText) {
        ActionPanelView view = new ActionPanelView(actions);
        if (confirmText != null) {
            view.confirmButton().setText(confirmText);
        }
        return view;
    }

    /** Canvases of the panels built so far. */
    public List<CanvasPane> canvases() {
        return canvases;
    }

    /** Repaints the canvases that changed (once per frame). */
    public void paint() {
        for (int i = 0; i < canvases.size(); i++) {
            canvases.get(i).paintIfDirty();
        }
    }
}
