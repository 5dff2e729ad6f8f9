package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Formats;
import firedrill.app.fx.HealthScale;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beside the fleet view: the clusters that look unhealthy from observed metrics (or report none),
 * worst first, sortable by any column, with the team's own marks on them. Rebuilt only when the
 * observation or the marks changed.
 */
final class UnhealthyClustersView extends VBox {
    /** One listed cluster. Severity 0–1 from observed metrics; NaN when no data. */
    record Row(String id, String region, double severity, String looks, double apiErrors, double dnsFailures,
               String marks) {}

    private final TableView<Row> table = new TableView<>();
    private Snapshot.Clusters lastClusters;
    private TileBadges.Badge[] lastBadges;
    private boolean lastWarm;

    UnhealthyClustersView() {
        setId("unhealthy-clusters");
        getStyleClass().add("unhealthy-clusters");
        Label title = new Label("Unhealthy clusters");
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        table.setId("unhealthy-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setPlaceholder(new Label("None: every cluster looks healthy"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> id = new TableColumn<>("Cluster");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        TableColumn<Row, Double> sev = new TableColumn<>("Looks");
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        sev.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : HealthScale.label(v));
            }
        });
        // No data sorts as worst: a blind cluster needs looking at.
        sev.setComparator((a, b) -> Double.compare(Double.isNaN(a) ? 2 : a, Double.isNaN(b) ? 2 : b));
        sev.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<Row, Double> err = new TableColumn<>("API err");
        err.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().apiErrors()));
        err.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.percent(v));
            }
        });
        id.setPrefWidth(110);
        sev.setPrefWidth(70);
        err.setPrefWidth(55);
        TableColumn<Row, String> marks = new TableColumn<>("Yours");
        marks.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().marks()));
        table.getColumns().add(id);
        table.getColumns().add(sev);
        table.getColumns().add(err);
        table.getColumns().add(marks);
        table.getSortOrder().add(sev);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, table);
        setSpacing(4);
    }

    /** Updates the list from a snapshot and the tiles' marks (cheap when neither changed). */
    void update(Snapshot s, TileBadges.Badge[] badges, boolean warm) {
        // Observed metrics change only at scrape ticks: skip the frames in between.
        if (lastClusters != null && sameObservation(s.clusters(), lastClusters)
                && java.util.Arrays.equals(badges, lastBadges) && warm == lastWarm) {
            return;
        }
        lastClusters = s.clusters();
        lastBadges = badges;
        lastWarm = warm;
        table.getItems().setAll(rows(s.clusters(), badges, warm));
        table.sort();
    }

    /** Clusters not looking healthy (severity ≥ 0.05, or no data once metrics are expected). */
    static List<Row> rows(Snapshot.Clusters cl, TileBadges.Badge[] badges, boolean warm) {
        List<Row> out = new ArrayList<>();
        if (!warm) {
            return out;
        }
        for (int c = 0; c < cl.ids().size(); c++) {
            double sev = HealthScale.severity(cl, c);
            if (Double.isNaN(sev) || sev >= 0.05) {
                String marks = c < badges.length ? badges[c].text() : "";
                out.add(new Row(cl.ids().get(c), cl.regions().get(c), sev, HealthScale.label(sev),
                        cl.apiErrorRatio()[c], cl.dnsFailureRatio()[c], marks));
            }
        }
        return out;
    }

    private static boolean sameObservation(Snapshot.Clusters a, Snapshot.Clusters b) {
        return a == b || java.util.Arrays.equals(a.apiErrorRatio(), b.apiErrorRatio())
                && java.util.Arrays.equals(a.apiLatencySeconds(), b.apiLatencySeconds())
                && java.util.Arrays.equals(a.dnsFailureRatio(), b.dnsFailureRatio())
                && java.util.Arrays.equals(a.workloadErrorRatio(), b.workloadErrorRatio());
    }

    TableView<Row> table() {
        return table;
    }
}
