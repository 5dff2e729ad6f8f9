package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The status update composer inside the action panel: phase, products (with what the probes show),
 * what users see, what is being done, when the next update comes, and the text that will be posted.
 */
final class StatusComposerView extends VBox {
    private final ActionPanelViewModel vm;
    private final FlowPane products = new FlowPane(10, 4);

    StatusComposerView(ActionPanelViewModel vm) {
        super(6);
        this.vm = vm;
        StatusComposer c = vm.composer();
        setId("status-composer");
        getStyleClass().add("status-composer");
        Label title = new Label("Write the update");
        title.getStyleClass().add(Styles.TEXT_BOLD);

        ComboBox<String> phase = new ComboBox<>();
        phase.setId("status-phase");
        phase.getItems().setAll(StatusComposer.PHASES);
        phase.valueProperty().bindBidirectional(c.phaseProperty());
        products.setId("status-products");
        TextField impact = new TextField();
        impact.setId("status-impact");
        impact.setPromptText("e.g. most requests fail with errors");
        impact.textProperty().bindBidirectional(c.impactProperty());
        TextField doing = new TextField();
        doing.setId("status-doing");
        doing.setPromptText("e.g. we are shedding load to bring the API back");
        doing.textProperty().bindBidirectional(c.doingProperty());
        Spinner<Integer> next = new Spinner<>(0, 240, c.nextMinutesProperty().get(), 5);
        next.setId("status-next");
        next.setEditable(true);
        next.setPrefWidth(90);
        next.valueProperty().addListener((o, a, b) -> c.nextMinutesProperty().set(b == null ? 0 : b));
        Label minutes = new Label("min (0: no promise)");
        minutes.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("Status"), phase);
        grid.addRow(1, label("Affected"), products);
        grid.addRow(2, label("Users see"), impact);
        grid.addRow(3, label("We are"), doing);
        grid.addRow(4, label("Next update in"), new javafx.scene.layout.HBox(6, next, minutes));
        GridPane.setHgrow(impact, Priority.ALWAYS);
        GridPane.setHgrow(doing, Priority.ALWAYS);

        Label preview = new Label();
        preview.setId("status-preview");
        preview.setWrapText(true);
        preview.getStyleClass().add("status-text");
        preview.textProperty().bind(c.textProperty());
        Label postsAs = new Label("Posts as:");
        postsAs.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(title, grid, postsAs, preview);
        setAlignment(Pos.TOP_LEFT);
        // Product check boxes show what the probes say at the moment the composer is opened.
        vm.composingProperty().addListener((o, a, on) -> {
            if (on) {
                rebuildProducts();
            }
        });
        // While it is open, each product's reading follows the probes.
        vm.tickProperty().addListener((o, a, b) -> {
            if (isVisible()) {
                updateReadings();
            }
        });
        rebuildProducts();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void updateReadings() {
        for (StatusComposer.Product p : vm.composer().products(vm::observedAvailability)) {
            if (products.lookup("#status-product-" + p.id()) instanceof CheckBox box) {
                String text = p.name() + " (" + p.seen() + ")";
                if (!text.equals(box.getText())) {
                    box.setText(text);
                }
            }
        }
    }

    private void rebuildProducts() {
        StatusComposer c = vm.composer();
        products.getChildren().clear();
        for (StatusComposer.Product p : c.products(vm::observedAvailability)) {
            CheckBox box = new CheckBox(p.name() + " (" + p.seen() + ")");
            box.setId("status-product-" + p.id());
            box.setSelected(c.named().contains(p.id()));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on && !c.named().contains(p.id())) {
                    c.named().add(p.id());
                } else if (!on) {
                    c.named().remove(p.id());
                }
            });
            products.getChildren().add(box);
        }
    }
}
