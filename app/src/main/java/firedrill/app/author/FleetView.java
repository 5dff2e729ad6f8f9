package firedrill.app.author;

import atlantafx.base.theme.Styles;
import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Scenario;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The fleet section: regions and services, the explicit clusters table, and the generator with a live size histogram. */
final class FleetView {
    private FleetView() {}

    static SectionView build(AuthorViewModel vm, FieldRegistry registry, List<firedrill.app.fx.CanvasPane> canvases) {
        SectionViews.Stack st = new SectionViews.Stack(Section.FLEET);
        Form f = st.form(SectionViews.staticForm(vm, registry, Section.FLEET, "$.fleet"));
        f.rows("regions", "Regions", "Region", List.of(new Form.Column("", "region name", 0)),
                () -> Choices.uniqueId("region", Choices.regions(vm.scenario()), x -> x), "1–100 unique region names.");
        f.rows("services", "Services", "Service", List.of(new Form.Column("id", "id", 120), new Form.Column("name", "name", 0)),
                () -> new Fleet.Service(Choices.uniqueId("service", vm.scenario().fleet().services(), Fleet.Service::id),
                        "New service"), "Products whose availability is scored; each service's traffic shares must sum to 1.");

        Label clustersTitle = new Label("Explicit clusters");
        clustersTitle.getStyleClass().add(Styles.TITLE_4);
        st.node(clustersTitle);
        ListEditor clusters = st.list(SectionViews.listEditor(vm, registry, Section.FLEET, "$.fleet.clusters", "Cluster",
                SectionViews::idOf));
        clusters.column("id", "id", 130, true);
        clusters.column("region", "region", 80, true);
        clusters.column("nodes", "nodes", 70, true);
        clusters.column("replicas", "apiReplicas", 70, true);
        clusters.column("wave", "wave", 50, true);
        clusters.column("traffic", "traffic", 160, false);
        clusters.addButton("+ Cluster", () -> {
            Scenario s = vm.scenario();
            List<String> regions = Choices.regions(s);
            return new Fleet.ClusterSpec(Choices.uniqueId("cluster", s.fleet().clusters(), Fleet.ClusterSpec::id),
                    regions.isEmpty() ? null : regions.get(0), 500, null, null, Map.of(), null);
        });
        Form d = clusters.detail();
        d.text("id", "Id", "Unique; not an id the generator produces.");
        d.choice("region", "Region", () -> Choices.regions(vm.scenario()), false, null);
        d.text("nodes", "Nodes", "Nodes in the cluster, 1–100000.");
        d.text("apiReplicas", "API replicas", "Default: max(minReplicas, ⌈nodes / nodesPerReplica⌉).");
        d.text("wave", "Wave", "Rollout wave (1-based), at most the rollout's waves; default: dealt by the generator seed.");
        d.numbers("traffic", "Traffic", () -> Choices.services(vm.scenario()), "share",
                "Share of each service's traffic this cluster carries.");
        d.text("note", "Note", null);

        Label genTitle = new Label("Generator");
        genTitle.getStyleClass().add(Styles.TITLE_4);
        CheckBox use = new CheckBox("Generate the long tail of small clusters");
        use.setId("use-generator");
        use.setOnAction(e -> vm.set("$.fleet.generator", use.isSelected() ? defaultGenerator(vm.scenario()) : null));
        st.node(new VBox(4, genTitle, use));
        SizeHistogram histogram = new SizeHistogram();
        canvases.add(histogram);
        Label summary = new Label();
        summary.setId("fleet-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        vm.fleetSizesProperty().addListener((o, a, b) -> {
            histogram.setSizes(b);
            summary.setText(b == null ? "" : b.summary());
        });
        histogram.setSizes(vm.fleetSizesProperty().get());
        summary.setText(vm.fleetSizesProperty().get() == null ? "" : vm.fleetSizesProperty().get().summary());
        VBox chart = new VBox(4, histogram, summary);
        chart.getStyleClass().add("author-chart-box");
        st.node(chart);
        Form g = st.form(SectionViews.staticForm(vm, registry, Section.FLEET, "$.fleet.generator"));
        for (String field : List.of("seed", "clusters", "idPrefix", "minNodes", "maxNodes", "paretoAlpha", "trafficSizeExponent")) {
            FieldHelp.Help h = FieldHelp.of("$.fleet.generator." + field);
            g.text(field, field, h == null ? null : MechanismsView.capitalise(h.text()) + " (" + h.range() + ")");
        }
        g.numbers("traffic", "traffic", () -> Choices.services(vm.scenario()), "share",
                "Share of each service carried by all generated clusters together.");
        st.onRefresh(() -> {
            boolean has = vm.scenario().fleet() != null && vm.scenario().fleet().generator() != null;
            use.setSelected(has);
            g.root().setDisable(!has);
        });
        return st;
    }

    static Fleet.Generator defaultGenerator(Scenario s) {
        return new Fleet.Generator(1L, 0, "gen-", 50, 800, 1.3, 1.0, Map.of());
    }
}
