package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Formats;
import firedrill.app.practice.ActionPanelViewModel.Param;
import firedrill.app.practice.ActionPanelViewModel.TargetKind;
import firedrill.engine.scenario.ActionSpec;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The action panel: the scenario's catalog, the chosen action's description, duration and needs, its
 * parameters with units, the target (all, region, fleet selection, largest N, product) and Issue.
 */
final class ActionPanelView extends VBox {
    private final ActionPanelViewModel vm;
    private final ListView<ActionSpec> catalog = new ListView<>();
    private final GridPane params = new GridPane();
    private final Button confirm = new Button("Issue action");
    private VBox confirmBox;

    ActionPanelView(ActionPanelViewModel vm) {
        this.vm = vm;
        setId("action-panel");
        getStyleClass().addAll("panel", "action-panel");
        Label title = new Label("Actions");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Ctrl+K to search");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, hint);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);

        catalog.setId("action-catalog");
        catalog.getStyleClass().addAll("action-catalog", Styles.DENSE);
        catalog.getItems().setAll(vm.catalog());
        catalog.setCellFactory(l -> new CatalogCell());
        catalog.setPrefHeight(140);
        catalog.setMinHeight(90);
        catalog.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != catalog.getSelectionModel().getSelectedItem()) {
                catalog.getSelectionModel().select(b);
                catalog.scrollTo(b);
            }
        });

        Label name = new Label();
        name.setId("action-title");
        name.getStyleClass().add("action-title");
        name.setWrapText(true);
        name.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "Choose an action" : vm.selectedProperty().get().title(),
                vm.selectedProperty()));
        Label description = wrapped("action-description");
        description.textProperty().bind(Bindings.when(vm.selectedProperty().isNull())
                .then(Bindings.concat("Pick an action from the catalog above, or press Ctrl+K and type. To act on"
                        + " particular clusters, select them ", vm.selectionHintProperty(), " first."))
                .otherwise(vm.descriptionProperty()));
        Label duration = wrapped("action-duration");
        duration.setId("action-duration");
        duration.textProperty().bind(vm.durationProperty());
        Label needs = wrapped("action-needs");
        needs.setId("action-needs");
        needs.textProperty().bind(vm.needsProperty());
        vm.needsApiProperty().addListener((o, a, b) -> needs.pseudoClassStateChanged(Styles.STATE_WARNING, b));
        needs.visibleProperty().bind(vm.selectedProperty().isNotNull());
        needs.managedProperty().bind(needs.visibleProperty());

        params.setHgap(8);
        params.setVgap(6);
        params.setId("action-params");
        vm.params().addListener((ListChangeListener<Param>) c -> rebuildParams());

        VBox targetBox = targetControls();
        targetBox.visibleProperty().bind(vm.clusterScopedProperty());
        targetBox.managedProperty().bind(targetBox.visibleProperty());

        HBox execution = executionControls();

        Label eta = wrapped("action-eta");
        eta.setId("action-eta");
        eta.textProperty().bind(vm.etaProperty());
        eta.visibleProperty().bind(vm.etaProperty().isNotEmpty());
        eta.managedProperty().bind(eta.visibleProperty());

        Label summary = wrapped("target-summary");
        summary.setId("target-summary");
        summary.textProperty().bind(vm.targetSummaryProperty());
        Label error = wrapped("action-error");
        error.setId("action-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty().and(vm.selectedProperty().isNotNull()));
        error.managedProperty().bind(error.visibleProperty());

        confirm.setId("confirm-action");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setMaxWidth(Double.MAX_VALUE);
        confirm.disableProperty().bind(vm.canConfirmProperty().not());
        // Fleet-wide or more than a few clusters: list the resolved targets and ask first (issue #21).
        Label confirmText = wrapped("fleet-confirmation-text");
        confirmText.setId("fleet-confirmation-text");
        Button yes = new Button("Issue on these clusters");
        yes.setId("confirm-fleet-action");
        yes.getStyleClass().add(Styles.DANGER);
        Button no = new Button("Cancel");
        no.setId("cancel-fleet-action");
        VBox confirmBox = new VBox(4, confirmText, new HBox(6, yes, no));
        confirmBox.setId("fleet-confirmation");
        confirmBox.getStyleClass().add("fleet-confirmation");
        confirmBox.setVisible(false);
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        yes.setOnAction(e -> {
            confirmBox.setVisible(false);
            vm.confirm();
        });
        no.setOnAction(e -> confirmBox.setVisible(false));
        // Any change to what would be issued withdraws a pending confirmation.
        vm.selectorProperty().addListener((o, a, b) -> confirmBox.setVisible(false));
        vm.selectedProperty().addListener((o, a, b) -> confirmBox.setVisible(false));
        this.confirmBox = confirmBox;
        confirm.setOnAction(e -> {
            if (vm.needsConfirmation()) {
                confirmText.setText(vm.confirmationText());
                confirmBox.setVisible(true);
            } else {
                vm.confirm();
            }
        });
        Label issued = new Label();
        issued.getStyleClass().add("last-issued");
        issued.setMinWidth(0);
        issued.setId("last-issued");
        issued.textProperty().bind(Bindings.when(vm.lastIssuedProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Issued: ", vm.lastIssuedProperty())));

        StatusComposerView composer = new StatusComposerView(vm);
        composer.visibleProperty().bind(vm.composingProperty());
        composer.managedProperty().bind(composer.visibleProperty());
        VBox details = new VBox(6, name, description, duration, needs, params, composer);
        details.getStyleClass().add("action-details");
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(60);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox.setVgrow(catalog, Priority.SOMETIMES);
        // The confirm row stays put below the (scrolling) details, so Issue is always in reach.
        VBox footer = new VBox(4, targetBox, execution, summary, eta, error, confirm, confirmBox, issued);
        footer.getStyleClass().add("action-footer");
        getChildren().addAll(header, catalog, scroll, footer);
    }

    private VBox targetControls() {
        ComboBox<TargetKind> kind = new ComboBox<>();
        kind.setId("target-kind");
        kind.getItems().setAll(TargetKind.values());
        kind.valueProperty().bindBidirectional(vm.targetKindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> region = new ComboBox<>();
        region.setId("target-region");
        region.getItems().setAll(vm.regions());
        region.valueProperty().bindBidirectional(vm.regionProperty());
        region.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> service = new ComboBox<>();
        service.setId("target-service");
        service.getItems().setAll(vm.services());
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.serviceName(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        service.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> largest = new Spinner<>(1, Math.max(1, vm.clusterCount()), vm.largestProperty().get());
        largest.setId("target-largest");
        largest.setEditable(true);
        largest.setMaxWidth(Double.MAX_VALUE);
        largest.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.largestProperty().set(b);
            }
        });
        vm.largestProperty().addListener((o, a, b) -> largest.getValueFactory().setValue(b.intValue()));

        TextField clusters = new TextField();
        clusters.setId("target-clusters");
        clusters.setPromptText("select cells in the fleet view, or type ids");
        clusters.textProperty().bindBidirectional(vm.clusterIdsProperty());

        StackPane arg = new StackPane(region, service, largest, clusters);
        Runnable sync = () -> {
            TargetKind k = vm.targetKindProperty().get();
            region.setVisible(k == TargetKind.REGION);
            service.setVisible(k == TargetKind.SERVICE);
            largest.setVisible(k == TargetKind.LARGEST);
            clusters.setVisible(k == TargetKind.SELECTION);
            arg.setVisible(k != TargetKind.ALL);
            arg.setManaged(k != TargetKind.ALL);
        };
        vm.targetKindProperty().addListener((o, a, b) -> sync.run());
        sync.run();

        Label label = new Label("Target");
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        kind.setPrefWidth(175);
        kind.setMinWidth(175);
        HBox.setHgrow(arg, Priority.ALWAYS);
        HBox row = new HBox(6, kind, arg);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(3, label, row);
    }

    /** Manual or automated (when the action offers it) and how many responders share manual work. */
    private HBox executionControls() {
        ComboBox<String> mode = new ComboBox<>();
        mode.setId("action-mode");
        mode.getItems().setAll("manual", "automated");
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.visibleProperty().bind(vm.offersAutomatedProperty());
        mode.managedProperty().bind(mode.visibleProperty());
        mode.setTooltip(new Tooltip("Manual: by hand, one cluster after another per responder. Automated: one"
                + " prepared change (network rule, infrastructure code, script) run on many clusters at a time."));

        Spinner<Integer> responders = new Spinner<>(1, Math.max(1, vm.teamMax()), 1);
        responders.setId("action-responders");
        responders.setPrefWidth(80);
        responders.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.respondersProperty().set(b);
            }
        });
        vm.respondersProperty().addListener((o, a, b) -> responders.getValueFactory().setValue(b.intValue()));
        Label rLabel = new Label("responders");
        rLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox rBox = new HBox(4, responders, rLabel);
        rBox.setAlignment(Pos.CENTER_LEFT);
        rBox.visibleProperty().bind(vm.clusterScopedProperty().and(vm.modeProperty().isEqualTo("manual"))
                .and(vm.selectedProperty().isNotNull()));
        rBox.managedProperty().bind(rBox.visibleProperty());
        Tooltip.install(rBox, new Tooltip("Responders sharing the target list, one cluster at a time each; those"
                + " not free yet join when they are."));
        HBox row = new HBox(8, mode, rBox);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(mode.visibleProperty().or(rBox.visibleProperty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void rebuildParams() {
        params.getChildren().clear();
        int row = 0;
        for (Param p : vm.params()) {
            Label name = new Label(p.name());
            name.getStyleClass().add("field-label");
            name.setMinWidth(Region.USE_PREF_SIZE); // a parameter's name is never cut
            Spinner<Double> spinner = new Spinner<>();
            spinner.setId("param-" + p.name());
            SpinnerValueFactory.DoubleSpinnerValueFactory f =
                    new SpinnerValueFactory.DoubleSpinnerValueFactory(p.min(), p.max(), p.value(), p.step());
            f.setConverter(new StringConverter<>() {
                @Override
                public String toString(Double d) {
                    return d == null ? "" : Formats.number(d);
                }

                @Override
                public Double fromString(String s) {
                    try {
                        return Double.parseDouble(s.trim());
                    } catch (NumberFormatException e) {
                        return p.value();
                    }
                }
            });
            spinner.setValueFactory(f);
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
            f.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    p.set(b);
                }
            });
            p.valueProperty().addListener((o, a, b) -> {
                if (f.getValue() == null || f.getValue().doubleValue() != b.doubleValue()) {
                    f.setValue(b.doubleValue());
                }
            });
            Label unit = new Label(p.unit() + "  (" + p.range() + ")");
            unit.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            unit.setWrapText(true);
            if (!p.help().isEmpty()) {
                Tooltip.install(unit, new Tooltip(p.help()));
                Tooltip.install(spinner, new Tooltip(p.help()));
            }
            params.add(name, 0, row);
            params.add(spinner, 1, row);
            params.add(unit, 2, row);
            GridPane.setHgrow(unit, Priority.ALWAYS);
            row++;
        }
    }

    private static Label wrapped(String styleClass) {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    ListView<ActionSpec> catalog() {
        return catalog;
    }

    Button confirmButton() {
        return confirm;
    }

    /** "Ops title" row with a needs-API tag and the hands-on time. */
    private static final class CatalogCell extends ListCell<ActionSpec> {
        private final Label title = new Label();
        private final Label tag = new Label("needs API");
        private final Label time = new Label();
        private final HBox box;

        CatalogCell() {
            title.setMinWidth(0);
            tag.getStyleClass().add("needs-api-tag");
            tag.setMinWidth(Region.USE_PREF_SIZE);
            time.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            time.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            box = new HBox(6, title, grow, tag, time);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ActionSpec a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            title.setText(a.title());
            tag.setVisible(a.requiresApi());
            tag.setManaged(a.requiresApi());
            // A fleet-wide change through automation costs its prepare + propagation, not one cluster's time.
            time.setText(a.automated() != null && ActionSpec.AUTOMATED.equals(a.modeOrDefault())
                    ? Formats.duration(a.automated().prepare()) + " + " + Formats.duration(a.automated().perTarget())
                    : a.perExtraTarget() != null ? Formats.duration(a.duration()) + " + " + Formats.duration(a.perExtraTarget())
                    + "/cluster" : Formats.duration(a.duration()));
            setGraphic(box);
        }
    }
}
