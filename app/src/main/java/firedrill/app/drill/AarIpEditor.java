package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import firedrill.engine.drill.AarIp;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits a drill's AAR/IP before it is exported: the P/S/M/U rating of each objective (the draft's is a
 * suggestion) and the improvement plan (issue, corrective action, owner, due date; rows added or
 * removed). Returns the edited plan, or nothing when cancelled; due dates are checked before closing.
 */
final class AarIpEditor {
    static final ButtonType EXPORT = new ButtonType("Export AAR/IP", ButtonBar.ButtonData.OK_DONE);

    /** A plan row while it is edited. */
    static final class Row {
        final StringProperty objective = new SimpleStringProperty();
        final StringProperty issue = new SimpleStringProperty();
        final StringProperty action = new SimpleStringProperty();
        final StringProperty owner = new SimpleStringProperty();
        final StringProperty due = new SimpleStringProperty();

        Row(AarIp.PlanItem p) {
            objective.set(p.objective());
            issue.set(p.issue());
            action.set(p.correctiveAction());
            owner.set(p.owner());
            due.set(p.due());
        }

        AarIp.PlanItem item() {
            return new AarIp.PlanItem(nz(objective.get()), nz(issue.get()), nz(action.get()), nz(owner.get()),
                    nz(due.get()).trim());
        }
    }

    private final AarIp draft;
    private final List<ChoiceBox<String>> ratings = new ArrayList<>();
    private final TableView<Row> plan = new TableView<>();
    private final Label problem = new Label();

    AarIpEditor(AarIp draft) {
        this.draft = draft;
    }

    /** The dialog; its result is the edited AAR/IP (null when cancelled). */
    Dialog<AarIp> dialog(Window owner) {
        Dialog<AarIp> d = new Dialog<>();
        d.setTitle("After-action report / improvement plan");
        d.setHeaderText(draft.overview() == null ? "AAR/IP" : draft.overview().name());
        if (owner != null) {
            d.initOwner(owner);
        }
        d.getDialogPane().setId("aar-ip-editor");
        d.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        d.getDialogPane().setContent(content());
        d.getDialogPane().setPrefSize(1000, 700);
        d.setResizable(true);
        d.getDialogPane().lookupButton(EXPORT).addEventFilter(ActionEvent.ACTION, e -> {
            String why = check();
            problem.setText(why);
            if (!why.isEmpty()) {
                e.consume();
            }
        });
        d.setResultConverter(b -> b == EXPORT ? result() : null);
        return d;
    }

    VBox content() {
        Label ratingsTitle = new Label("Objectives — rating (P without challenges, S some, M major, U unable to be performed)");
        ratingsTitle.getStyleClass().add(Styles.TITLE_4);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < draft.objectives().size(); i++) {
            AarIp.ObjectiveAnalysis o = draft.objectives().get(i);
            Label text = new Label(o.objective());
            text.setWrapText(true);
            text.setMaxWidth(720);
            ChoiceBox<String> r = new ChoiceBox<>();
            r.setId("aar-rating-" + i);
            for (AarIp.Rating x : AarIp.Rating.values()) {
                r.getItems().add(x.name());
            }
            r.setValue(o.rating());
            r.setTooltip(new Tooltip(String.join("\n", java.util.Arrays.stream(AarIp.Rating.values())
                    .map(x -> x.name() + ": " + x.meaning()).toList())));
            ratings.add(r);
            Label counts = new Label(o.strengths().size() + " strengths, " + o.areasForImprovement().size()
                    + " areas for improvement");
            counts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.addRow(i, r, new VBox(2, text, counts));
        }
        Label planTitle = new Label("Improvement plan (double-click a cell to edit)");
        planTitle.getStyleClass().add(Styles.TITLE_4);
        plan.setId("aar-plan");
        plan.setEditable(true);
        plan.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        plan.getColumns().setAll(List.of(col("Objective", r -> r.objective, 170), col("Issue", r -> r.issue, 230),
                col("Corrective action", r -> r.action, 230), col("Owner", r -> r.owner, 110),
                col("Due (YYYY-MM-DD)", r -> r.due, 110)));
        for (AarIp.PlanItem p : draft.plan()) {
            plan.getItems().add(new Row(p));
        }
        plan.setPrefHeight(300);
        Button add = new Button("Add row");
        add.setId("aar-plan-add");
        add.setOnAction(e -> plan.getItems().add(new Row(new AarIp.PlanItem(AarIp.OVERALL, "", "", "", ""))));
        Button remove = new Button("Remove row");
        remove.setId("aar-plan-remove");
        remove.disableProperty().bind(plan.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> plan.getItems().remove(plan.getSelectionModel().getSelectedItem()));
        problem.setId("aar-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        ScrollPane ratingsScroll = new ScrollPane(grid);
        ratingsScroll.setFitToWidth(true);
        ratingsScroll.setPrefHeight(220);
        VBox box = new VBox(10, ratingsTitle, ratingsScroll, planTitle, plan, new HBox(8, add, remove), problem);
        box.setPadding(new Insets(6));
        return box;
    }

    /** What is wrong with the edits, or "" (a due date that is not a date). */
    String check() {
        for (int i = 0; i < plan.getItems().size(); i++) {
            String due = nz(plan.getItems().get(i).due.get()).trim();
            if (!due.isEmpty() && !AarIp.validDate(due)) {
                return "Row " + (i + 1) + ": the due date \"" + due + "\" is not a date YYYY-MM-DD.";
            }
        }
        return "";
    }

    AarIp result() {
        List<AarIp.ObjectiveAnalysis> os = new ArrayList<>();
        for (int i = 0; i < draft.objectives().size(); i++) {
            os.add(draft.objectives().get(i).withRating(ratings.get(i).getValue()));
        }
        return draft.withObjectives(os).withPlan(plan.getItems().stream().map(Row::item).toList());
    }

    TableView<Row> plan() {
        return plan;
    }

    List<ChoiceBox<String>> ratings() {
        return ratings;
    }

    private static TableColumn<Row, String> col(String name, java.util.function.Function<Row, StringProperty> f, double w) {
        TableColumn<Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> f.apply(d.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> f.apply(e.getRowValue()).set(e.getNewValue()));
        c.setPrefWidth(w);
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
