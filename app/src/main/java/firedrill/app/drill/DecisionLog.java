package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The decision log: every decision the team made, when it was entered and applies, who, and its status. */
final class DecisionLog extends VBox {
    DecisionLog(DrillViewModel vm) {
        TableView<DrillViewModel.DecisionRow> log = new TableView<>(vm.decisions());
        log.setId("decision-log");
        log.getStyleClass().addAll("decision-log", Styles.DENSE);
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().add(rowColumn("Entered", 74, DrillViewModel.DecisionRow::entered));
        log.getColumns().add(rowColumn("Applies", 74, DrillViewModel.DecisionRow::at));
        log.getColumns().add(rowColumn("Who", 110, r -> r.decision().by() != null ? r.decision().by()
                : r.decision().who()));
        log.getColumns().add(rowColumn("Decision", 150, r -> r.decision().action()
                + (r.decision().target() == null ? "" : " → " + r.decision().target())));
        TableColumn<DrillViewModel.DecisionRow, String> status = rowColumn("Status", 120, DrillViewModel.DecisionRow::status);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("decision-state-"));
                setText(empty ? null : s);
                var row = getTableRow();
                setTooltip(empty || s == null ? null : new Tooltip(s));
                if (!empty && row != null && row.getItem() != null) {
                    getStyleClass().add("decision-state-" + row.getItem().state());
                }
            }
        });
        log.getColumns().add(status);
        Label empty = new Label("No decisions yet. When the team decides, pick who decided and the action, then Record.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        log.setPlaceholder(empty);
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(Panels.header(Panels.title("Decision log")), log);
        getStyleClass().add("panel");

    }

    private static TableColumn<DrillViewModel.DecisionRow, String> rowColumn(String title, double width,
                                                                             Function<DrillViewModel.DecisionRow, String> f) {
        TableColumn<DrillViewModel.DecisionRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 74));
        c.setSortable(false);
        return c;
    }
}
