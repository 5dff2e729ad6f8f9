package firedrill.app.author;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list section (clusters, timeline events, alert rules, actions, milestones, playbook steps): a
 * table of the elements with inline-editable columns, buttons to add, duplicate, remove and move,
 * and a detail form for every field of the selected element. Every change is one command.
 */
final class ListEditor {
    /** One table row: the element's index and value. */
    record Row(int index, Object value) {}

    private final AuthorViewModel vm;
    private final String listPath;
    private final String noun;
    private final TableView<Row> table = new TableView<>();
    private final Form detail;
    private final HBox buttons = new HBox(6);
    private final VBox root = new VBox(8);
    private final Label detailTitle = new Label();
    private final Function<Object, String> rowName;
    private List<Object> shown;

    /**
     * @param listPath JSON path of the list, e.g. {@code $.alerts}
     * @param rowName  short name of an element for the detail heading (usually its id)
     */
    ListEditor(AuthorViewModel vm, String listPath, String noun, Function<Object, String> rowName) {
        this.vm = vm;
        this.listPath = listPath;
        this.noun = noun;
        this.rowName = rowName;
        this.detail = new Form(vm, () -> JsonPath.index(listPath, Math.max(0, selected())), JsonPath.index(listPath, 0));
        table.setEditable(true);
        table.getStyleClass().addAll("author-table", Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No " + noun.toLowerCase(java.util.Locale.ROOT) + "s yet"));
        table.setFixedCellSize(28);
        table.setMinHeight(110);
        table.setPrefHeight(110);
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showDetail());
        // A row with a problem anywhere in it is marked, so the list shows which element to open.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(Form.INVALID, !empty && item != null && hasProblem(getIndex()));
            }
        });
        vm.problems().addListener((javafx.collections.ListChangeListener<firedrill.engine.scenario.Problem>) c -> table.refresh());
        table.setId("table-" + listPath.replaceAll("[^A-Za-z]+", "-"));
        buttons.setAlignment(Pos.CENTER_LEFT);
        Button dup = small("Duplicate", "Insert a copy of the selected " + noun.toLowerCase(java.util.Locale.ROOT), this::duplicate);
        Button del = small("Remove", "Remove the selected " + noun.toLowerCase(java.util.Locale.ROOT), this::remove);
        Button up = small("↑", "Move up", () -> move(-1));
        Button down = small("↓", "Move down", () -> move(1));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        buttons.getChildren().addAll(grow, dup, del, up, down);
        detailTitle.getStyleClass().addAll(Styles.TITLE_4, "author-detail-title");
        VBox detailBox = new VBox(8, detailTitle, detail.root());
        detailBox.getStyleClass().add("author-detail");
        root.getChildren().addAll(buttons, table, detailBox);
        VBox.setVgrow(table, Priority.SOMETIMES);
    }

    Node root() {
        return root;
    }

    Form detail() {
        return detail;
    }

    /** A button that adds a new element made by {@code make} (after the selection, else at the end). */
    void addButton(String label, Supplier<Object> make) {
        Button b = small(label, "Add a " + noun.toLowerCase(java.util.Locale.ROOT), () -> add(make.get()));
        b.getStyleClass().remove(Styles.FLAT);
        buttons.getChildren().add(buttons.getChildren().size() - 5, b);
    }

    /** A column showing (and, when {@code editable}, editing) the value at {@code rel} in each element. */
    void column(String title, String rel, double width, boolean editable) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 50));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Form.display(
                ScenarioLens.get(cd.getValue().value(), JsonPath.join("$", rel)))));
        if (editable) {
            c.setCellFactory(TextFieldTableCell.forTableColumn());
            Codec codec = Codec.of(detail.typeOf(rel));
            c.setOnEditCommit(e -> {
                Codec.Parsed p = codec.parse(e.getNewValue());
                if (!p.ok()) {
                    vm.status(title + ": " + p.error());
                    table.refresh();
                    return;
                }
                vm.set(JsonPath.join(JsonPath.index(listPath, e.getRowValue().index()), rel), p.value());
            });
        } else {
            c.setEditable(false);
        }
        table.getColumns().add(c);
    }

    int selected() {
        return table.getSelectionModel().getSelectedIndex();
    }

    void select(int index) {
        table.getSelectionModel().clearAndSelect(index);
        table.scrollTo(index);
    }

    /** Re-reads the list; keeps the selection where it was (clamped). */
    void refresh() {
        List<Object> items = Edits.list(vm.scenario(), listPath);
        if (!items.equals(shown)) {
            int sel = selected();
            shown = items;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                rows.add(new Row(i, items.get(i)));
            }
            table.getItems().setAll(rows);
            // As tall as its rows (a few at least), up to twelve; then it scrolls.
            table.setPrefHeight(40 + 28 * Math.max(3, Math.min(12, rows.size())));
            if (!rows.isEmpty()) {
                table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(sel, rows.size() - 1)));
            }
        }
        showDetail();
    }

    private void showDetail() {
        int sel = selected();
        boolean has = sel >= 0 && shown != null && sel < shown.size();
        detail.root().setDisable(!has);
        detailTitle.setText(has ? noun + " " + (sel + 1) + " of " + shown.size() + " — " + rowName.apply(shown.get(sel))
                : "Select a " + noun.toLowerCase(java.util.Locale.ROOT) + " to edit it");
        if (has) {
            detail.refresh();
        }
    }

    /** Whether a problem's path is in element {@code index} of the list. */
    boolean hasProblem(int index) {
        String row = JsonPath.index(listPath, index);
        for (firedrill.engine.scenario.Problem p : vm.problems()) {
            if (p.path() != null && JsonPath.isPrefix(row, p.path())) {
                return true;
            }
        }
        return false;
    }

    /** Focuses the control for a path under the list: selects the row, then the field in the detail form. */
    Node focus(String path) {
        String rest = path.substring(listPath.length());
        if (!rest.startsWith("[")) {
            table.requestFocus();
            return table;
        }
        int close = rest.indexOf(']');
        int index = Integer.parseInt(rest.substring(1, close));
        if (shown == null || index >= shown.size()) {
            table.requestFocus();
            return table;
        }
        select(index);
        showDetail();
        String rel = rest.substring(close + 1);
        return detail.focus(rel.startsWith(".") ? rel.substring(1) : rel);
    }

    private void add(Object element) {
        List<Object> items = Edits.list(vm.scenario(), listPath);
        int at = selected() < 0 ? items.size() : selected() + 1;
        if (ScenarioLens.get(vm.scenario(), listPath) == null) {
            // The list's parent is absent (e.g. no reference playbook yet): create it with the element.
            vm.set(listPath, List.of(element));
            at = 0;
        } else {
            vm.execute(new Edits.Insert(listPath, at, element, "Add " + noun.toLowerCase(java.util.Locale.ROOT)));
        }
        refresh();
        select(at);
        vm.focusLater(JsonPath.index(listPath, at));
    }

    private void duplicate() {
        int sel = selected();
        if (sel < 0 || shown == null || sel >= shown.size()) {
            return;
        }
        Object copy = shown.get(sel);
        if (copy instanceof Record r && ScenarioLens.component(r.getClass(), "id") != null
                && ScenarioLens.get(r, "$.id") instanceof String id) {
            copy = ScenarioLens.with(r, "$.id", id + "-copy");
        }
        vm.execute(new Edits.Insert(listPath, sel + 1, copy, "Duplicate " + noun.toLowerCase(java.util.Locale.ROOT)));
        refresh();
        select(sel + 1);
    }

    private void remove() {
        int sel = selected();
        if (sel < 0 || shown == null || sel >= shown.size()) {
            return;
        }
        vm.execute(new Edits.Remove(listPath, sel, shown.get(sel), "Remove " + noun.toLowerCase(java.util.Locale.ROOT)
                + " " + rowName.apply(shown.get(sel))));
    }

    private void move(int delta) {
        int sel = selected();
        int to = sel + delta;
        if (sel < 0 || shown == null || to < 0 || to >= shown.size()) {
            return;
        }
        vm.execute(new Edits.Move(listPath, sel, to, "Move " + noun.toLowerCase(java.util.Locale.ROOT) + " "
                + rowName.apply(shown.get(sel))));
        refresh();
        select(to);
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
