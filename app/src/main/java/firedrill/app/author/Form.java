package firedrill.app.author;

import atlantafx.base.theme.Styles;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A grid of fields bound to JSON paths under a base path. Each field shows the value at its path
 * and, when the author commits (Enter or leaving the field), turns the text into one undoable
 * {@link EditCommand}. The base may move (a list editor's detail form follows the selected row);
 * {@link #refresh} re-reads every field. Field types come from the record components
 * ({@link ScenarioLens#typeAt}), resolved once against {@code typeBase}, a path with the same shape.
 */
final class Form {
    /** Node property holding the absolute JSON path a control edits (tests and focus use it). */
    static final String PATH = "firedrill.author.path";
    static final String FIELD_CLASS = "author-field";
    static final String INVALID_CLASS = "invalid";

    private final AuthorViewModel vm;
    private final Supplier<String> base;
    private final String typeBase;
    private final GridPane grid = new GridPane();
    private final List<Binding> bindings = new ArrayList<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private int row;

    Form(AuthorViewModel vm, Supplier<String> base, String typeBase) {
        this.vm = vm;
        this.base = base;
        this.typeBase = typeBase;
        grid.getStyleClass().add("author-form");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setPrefWidth(Region.USE_COMPUTED_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        vm.problems().addListener((javafx.collections.ListChangeListener<firedrill.engine.scenario.Problem>) c -> {
            showProblems();
            markProblems();
        });
    }

    /** A field with a problem at or under its path: marked until the problem goes (see author.css). */
    static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    /** Marks the fields that have a problem (the problem list says what; the field shows where). */
    void markProblems() {
        for (Binding b : bindings) {
            String p = abs(b.rel);
            boolean bad = false;
            for (firedrill.engine.scenario.Problem x : vm.problems()) {
                bad |= x.path() != null && JsonPath.isPrefix(p, x.path());
            }
            b.control.pseudoClassStateChanged(INVALID, bad);
        }
    }

    Node root() {
        return grid;
    }

    String base() {
        return base.get();
    }

    String abs(String rel) {
        return JsonPath.join(base.get(), rel);
    }

    Class<?> typeOf(String rel) {
        return ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, JsonPath.join(typeBase, rel)));
    }

    // ---- Building ----------------------------------------------------------------------------

    /** A one-line text field for a string or number; {@code hint} is shown under it. */
    TextField text(String rel, String label, String hint) {
        return text(rel, label, hint, null);
    }

    /** A text field with its unit written after it (mechanism parameters). */
    TextField text(String rel, String label, String hint, String unit) {
        TextField f = new TextField();
        TextBinding b = new TextBinding(rel, f, Codec.of(typeOf(rel)));
        f.setOnAction(e -> b.commit());
        if (unit == null || unit.isEmpty()) {
            add(label, f, hint, b);
        } else {
            Label u = new Label(unit);
            u.getStyleClass().addAll(Styles.TEXT_MUTED, "author-unit");
            u.setMinWidth(Math.max(110, u.prefWidth(-1)));
            HBox row = new HBox(8, f, u);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(f, Priority.ALWAYS);
            addRow(label, row, hint, b);
        }
        return f;
    }

    TextArea area(String rel, String label, String hint) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        TextBinding b = new TextBinding(rel, a, Codec.TEXT);
        add(label, a, hint, b);
        return a;
    }

    /** A choice among fixed values; {@code optional} adds an empty entry meaning "absent". */
    ComboBox<String> choice(String rel, String label, Supplier<Collection<String>> options, boolean optional, String hint) {
        ComboBox<String> c = new ComboBox<>();
        ChoiceBinding b = new ChoiceBinding(rel, c, options, optional);
        c.setOnAction(e -> b.commit());
        c.setMaxWidth(Double.MAX_VALUE);
        add(label, c, hint, b);
        return c;
    }

    /** An editable combo box: free text with suggestions (selectors, measures). */
    ComboBox<String> suggest(String rel, String label, Supplier<Collection<String>> options, String hint) {
        ComboBox<String> c = new ComboBox<>();
        c.setEditable(true);
        c.setMaxWidth(Double.MAX_VALUE);
        SuggestBinding b = new SuggestBinding(rel, c, options);
        add(label, c, hint, b);
        return c;
    }

    /** A check box; {@code falseIsAbsent} writes nothing instead of {@code false} (optional flags). */
    CheckBox check(String rel, String label, boolean falseIsAbsent, String hint) {
        CheckBox c = new CheckBox();
        CheckBinding b = new CheckBinding(rel, c, falseIsAbsent);
        c.setOnAction(e -> b.commit());
        add(label, c, hint, b);
        return c;
    }

    /** One number field per key (traffic shares per service, drain rates, a step's params). */
    void numbers(String rel, String label, Supplier<Collection<String>> keys, String unit, String hint) {
        numbers(rel, label, keys, k -> unit, hint);
    }

    /** Number fields per key, each with its own unit (a playbook step's parameters). */
    void numbers(String rel, String label, Supplier<Collection<String>> keys, java.util.function.Function<String, String> unitOf,
                 String hint) {
        VBox box = new VBox(4);
        box.getStyleClass().add("author-map");
        List<Binding> own = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Runnable rebuild = () -> {
            Object map = ScenarioLens.get(vm.scenario(), abs(rel));
            LinkedHashSet<String> all = new LinkedHashSet<>(keys.get());
            if (map instanceof Map<?, ?> m) {
                m.keySet().forEach(k -> all.add((String) k));
            }
            if (shown.equals(new ArrayList<>(all))) {
                return;
            }
            shown.clear();
            shown.addAll(all);
            bindings.removeAll(own);
            own.clear();
            box.getChildren().clear();
            if (all.isEmpty()) {
                Label none = new Label("—");
                none.getStyleClass().add(Styles.TEXT_MUTED);
                box.getChildren().add(none);
            }
            for (String key : all) {
                String r = rel + JsonPath.child("", key);
                TextField f = new TextField();
                f.setPrefColumnCount(8);
                TextBinding b = new TextBinding(r, f, Codec.NUMBER);
                f.setOnAction(e -> b.commit());
                Label k = new Label(key);
                k.setMinWidth(110);
                String unit = unitOf.apply(key);
                Label u = new Label(unit == null ? "" : unit);
                u.getStyleClass().add(Styles.TEXT_MUTED);
                HBox line = new HBox(8, k, f, u);
                line.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(line);
                own.add(b);
                bindings.add(b);
            }
        };
        refreshers.add(rebuild);
        add(label, box, hint, null);
    }

    /** A sub-list edited as rows of fields: {@code columns} are (relative path, prompt, width). */
    record Column(String rel, String prompt, double width) {}

    void rows(String listRel, String label, String noun, List<Column> columns, Supplier<Object> newItem, String hint) {
        VBox box = new VBox(4);
        box.getStyleClass().add("author-rows");
        List<Binding> own = new ArrayList<>();
        int[] shownSize = {-1};
        Button add = new Button("+ " + noun);
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setOnAction(e -> {
            String listPath = abs(listRel);
            int size = Edits.list(vm.scenario(), listPath).size();
            vm.execute(new Edits.Insert(listPath, size, newItem.get(), "Add " + noun));
            vm.focusLater(JsonPath.join(JsonPath.index(listPath, size), columns.get(0).rel()));
        });
        Runnable rebuild = () -> {
            String listPath = abs(listRel);
            List<Object> items = Edits.list(vm.scenario(), listPath);
            if (items.size() == shownSize[0]) {
                return;
            }
            shownSize[0] = items.size();
            bindings.removeAll(own);
            own.clear();
            box.getChildren().clear();
            for (int i = 0; i < items.size(); i++) {
                HBox line = new HBox(6);
                line.setAlignment(Pos.CENTER_LEFT);
                for (Column c : columns) {
                    String r = listRel + "[" + i + "]" + (c.rel().isEmpty() ? "" : "." + c.rel());
                    TextField f = new TextField();
                    f.setPromptText(c.prompt());
                    if (c.width() > 0) {
                        f.setPrefWidth(c.width());
                    } else {
                        HBox.setHgrow(f, Priority.ALWAYS);
                    }
                    TextBinding b = new TextBinding(r, f, Codec.of(typeOf(r)));
                    f.setOnAction(e -> b.commit());
                    line.getChildren().add(f);
                    own.add(b);
                    bindings.add(b);
                }
                int index = i;
                Button remove = new Button("×");
                remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "author-remove");
                remove.setTooltip(new Tooltip("Remove this " + noun.toLowerCase(java.util.Locale.ROOT)));
                remove.setOnAction(e -> {
                    List<Object> now = Edits.list(vm.scenario(), abs(listRel));
                    if (index < now.size()) {
                        vm.execute(new Edits.Remove(abs(listRel), index, now.get(index), "Remove " + noun));
                    }
                });
                line.getChildren().add(remove);
                box.getChildren().add(line);
            }
            box.getChildren().add(add);
        };
        refreshers.add(rebuild);
        add(label, box, hint, null);
    }

    /**
     * An action's parameters (a map of name to {default, min, max, unit, help}): one row per
     * parameter; renaming replaces the map in one command so the entry keeps its place.
     */
    void params(String rel, String label, String hint) {
        VBox box = new VBox(4);
        box.getStyleClass().add("author-rows");
        List<Binding> own = new ArrayList<>();
        List<String> shownKeys = new ArrayList<>();
        String[] fields = {"default", "min", "max", "unit", "help"};
        double[] widths = {70, 60, 60, 110, 0};
        Button add = new Button("+ Parameter");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setOnAction(e -> {
            Object map = ScenarioLens.get(vm.scenario(), abs(rel));
            java.util.Set<String> used = map instanceof Map<?, ?> m ? new java.util.HashSet<>(
                    m.keySet().stream().map(Object::toString).toList()) : java.util.Set.of();
            String name = "param";
            for (int n = 2; used.contains(name); n++) {
                name = "param" + n;
            }
            vm.set(JsonPath.join(abs(rel), name), new firedrill.engine.scenario.ActionSpec.Param(1.0, null, null, "unit", null));
        });
        Runnable rebuild = () -> {
            Object map = ScenarioLens.get(vm.scenario(), abs(rel));
            List<String> keys = map instanceof Map<?, ?> m ? m.keySet().stream().map(Object::toString).toList() : List.of();
            if (keys.equals(shownKeys)) {
                return;
            }
            shownKeys.clear();
            shownKeys.addAll(keys);
            bindings.removeAll(own);
            own.clear();
            box.getChildren().clear();
            if (!keys.isEmpty()) {
                HBox head = new HBox(6);
                Label n = new Label("name");
                n.setPrefWidth(110);
                head.getChildren().add(n);
                for (int i = 0; i < fields.length; i++) {
                    Label l = new Label(fields[i]);
                    if (widths[i] > 0) {
                        l.setPrefWidth(widths[i]);
                    }
                    head.getChildren().add(l);
                }
                head.getChildren().forEach(x -> x.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL));
                box.getChildren().add(head);
            }
            for (String key : keys) {
                HBox line = new HBox(6);
                line.setAlignment(Pos.CENTER_LEFT);
                TextField name = new TextField(key);
                name.setPrefWidth(110);
                name.setOnAction(e -> rename(rel, key, name.getText()));
                name.focusedProperty().addListener((o, was, now) -> {
                    if (!now && !name.getText().equals(key)) {
                        rename(rel, key, name.getText());
                    }
                });
                line.getChildren().add(name);
                for (int i = 0; i < fields.length; i++) {
                    String r = rel + JsonPath.child("", key) + "." + fields[i];
                    TextField f = new TextField();
                    if (widths[i] > 0) {
                        f.setPrefWidth(widths[i]);
                    } else {
                        HBox.setHgrow(f, Priority.ALWAYS);
                    }
                    TextBinding b = new TextBinding(r, f, Codec.of(typeOf(rel + ".x." + fields[i])));
                    f.setOnAction(e -> b.commit());
                    line.getChildren().add(f);
                    own.add(b);
                    bindings.add(b);
                }
                Button remove = new Button("×");
                remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "author-remove");
                remove.setOnAction(e -> vm.set(JsonPath.join(abs(rel), key), null));
                line.getChildren().add(remove);
                box.getChildren().add(line);
            }
            box.getChildren().add(add);
        };
        refreshers.add(rebuild);
        add(label, box, hint, null);
    }

    private void rename(String rel, String from, String to) {
        String mapPath = abs(rel);
        Object map = ScenarioLens.get(vm.scenario(), mapPath);
        if (!(map instanceof Map<?, ?> m) || to == null || to.isBlank() || m.containsKey(to)) {
            vm.status("A parameter needs a new, unused name");
            return;
        }
        Map<String, Object> renamed = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> renamed.put(k.equals(from) ? to.strip() : (String) k, v));
        vm.execute(new Edits.SetValue(mapPath, map, java.util.Collections.unmodifiableMap(renamed),
                "Rename parameter " + from + " to " + to.strip(), JsonPath.join(mapPath, to.strip())));
    }

    /** Any other node in the field column (charts, buttons). */
    void node(String label, Node node) {
        add(label, node, null, null);
    }

    /** A heading row spanning both columns. */
    Label heading(String text, String description) {
        Label h = new Label(text);
        h.getStyleClass().addAll(Styles.TITLE_4, "author-form-heading");
        VBox box = new VBox(2, h);
        if (description != null) {
            Label d = new Label(description);
            d.getStyleClass().add(Styles.TEXT_MUTED);
            d.setWrapText(true);
            box.getChildren().add(d);
        }
        grid.add(box, 0, row++, 2, 1);
        return h;
    }

    /** Re-renders this form's fields whenever {@code refresh} runs (e.g. enable/disable rules). */
    void onRefresh(Runnable r) {
        refreshers.add(r);
    }

    private void add(String label, Node field, String hint, Binding b) {
        addRow(label, field, hint, b);
    }

    private void addRow(String label, Node field, String hint, Binding b) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("author-label");
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        Node cell = field;
        if (hint != null && !hint.isBlank()) {
            Label h = new Label(hint);
            h.setWrapText(true);
            h.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "author-hint");
            cell = new VBox(2, field, h);
        }

        grid.add(l, 0, row);
        grid.add(cell, 1, row);
        row++;
        if (b != null) {
            bindings.add(b);
        }
    }

    // ---- Refresh and focus ---------------------------------------------------------------------

    void refresh() {
        for (Runnable r : refreshers) {
            r.run();
        }
        Scenario s = vm.scenario();
        for (Binding b : List.copyOf(bindings)) {
            String p = abs(b.rel);
            b.control.getProperties().put(PATH, p);
            b.show(ScenarioLens.get(s, p));
        }
        showProblems();
        markProblems();
    }

    /**
     * Marks each field that a current problem leads to (the field {@link #focus} would go to), with
     * the messages of all its problems. Problems outside this form's base are someone else's.
     */
    private void showProblems() {
        String base = base();
        Map<Binding, List<String>> messages = new HashMap<>();
        for (Problem p : vm.problems()) {
            if (p.path().equals("$") || !JsonPath.isPrefix(base, p.path())) {
                continue;
            }
            Binding b = fieldFor(SectionViews.relative(base, p.path()));
            if (b != null) {
                messages.computeIfAbsent(b, k -> new ArrayList<>()).add(p.message());
            }
        }
        for (Binding b : bindings) {
            List<String> m = messages.get(b);
            b.setProblem(m == null ? null : String.join("\n", m));
        }
    }

    /**
     * The field for a path relative to the base: the exact field, else the first field under it (a
     * list element), else the nearest field above it (a map); null when none.
     */
    private Binding fieldFor(String rel) {
        for (Binding b : bindings) {
            if (b.rel.equals(rel)) {
                return b;
            }
        }
        for (Binding b : bindings) {
            if (JsonPath.isPrefix(JsonPath.join("$", rel), JsonPath.join("$", b.rel))) {
                return b;
            }
        }
        Binding target = null;
        for (Binding b : bindings) {
            if (JsonPath.isPrefix(JsonPath.join("$", b.rel), JsonPath.join("$", rel))
                    && (target == null || b.rel.length() > target.rel.length())) {
                target = b;
            }
        }
        return target;
    }

    /** Focuses the field for a path relative to the base ({@link #fieldFor}), else the first field. */
    Node focus(String rel) {
        Binding target = fieldFor(rel);
        if (target == null && !bindings.isEmpty()) {
            target = bindings.get(0);
        }
        if (target == null) {
            return null;
        }
        target.control.requestFocus();
        if (target.control instanceof TextInputControl t) {
            t.selectAll();
        }
        return target.control;
    }

    /** Whether a focused field holds text the author has not committed yet (Ctrl+Z then reverts it). */
    boolean revertPending(Node focused) {
        for (Binding b : bindings) {
            if (b.control == focused && b instanceof TextBinding t && t.pending()) {
                t.revert();
                return true;
            }
        }
        return false;
    }

    /** Commits the focused field's pending text (before save, undo or navigation). */
    void commitPending() {
        for (Binding b : bindings) {
            if (b instanceof TextBinding t && t.pending()) {
                t.commit();
            }
        }
    }

    List<Node> controls() {
        return bindings.stream().map(b -> (Node) b.control).toList();
    }

    // ---- Bindings ------------------------------------------------------------------------------

    private abstract class Binding {
        final String rel;
        final Control control;

        /** The problems shown on this field (null: none), and what is shown right now. */
        private String problem;
        private String decorated;

        Binding(String rel, Control control) {
            this.rel = rel;
            this.control = control;
            control.getStyleClass().add(FIELD_CLASS);
            // After the pulse that gave the field its skin or scene: decorating may re-root the scene.
            control.skinProperty().addListener(o -> javafx.application.Platform.runLater(this::decorate));
            control.sceneProperty().addListener(o -> javafx.application.Platform.runLater(this::decorate));
        }

        abstract void show(Object value);

        void setProblem(String message) {
            problem = message;
            decorate();
        }

        private void decorate() {
            if (!Objects.equals(problem, decorated) && ProblemDecoration.canDecorate(control)) {
                ProblemDecoration.show(control, problem);
                decorated = problem;
            }
        }
    }

    private final class TextBinding extends Binding {
        private final TextInputControl input;
        private final Codec codec;
        private String shown = "";

        TextBinding(String rel, TextInputControl input, Codec codec) {
            super(rel, input);
            this.input = input;
            this.codec = codec;
            input.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit();
                }
            });
        }

        boolean pending() {
            return !Objects.equals(input.getText(), shown);
        }

        @Override
        void show(Object value) {
            String text = codec.format(value);
            if (pending() && input.isFocused()) {
                shown = text;
                return;
            }
            shown = text;
            input.setText(text);
            clearError();
        }

        void revert() {
            input.setText(shown);
            clearError();
        }

        void commit() {
            if (!pending()) {
                return;
            }
            Codec.Parsed p = codec.parse(input.getText());
            if (!p.ok()) {
                input.getStyleClass().add(INVALID_CLASS);
                input.setTooltip(new Tooltip(p.error()));
                vm.status(Edits.shortPath(abs(rel)) + ": " + p.error());
                return;
            }
            clearError();
            String path = abs(rel);
            if (p.value() == null && path.endsWith("]")) {
                // A list element cannot be absent: blank text stays text, and the validator says what is expected.
                p = new Codec.Parsed(input.getText(), null);
            }
            if (ScenarioLens.get(vm.scenario(), JsonPath.parent(path)) == null && !JsonPath.parent(path).equals("$")
                    && p.value() == null) {
                shown = input.getText();
                return;
            }
            shown = input.getText();
            vm.set(path, p.value());
        }

        private void clearError() {
            input.getStyleClass().remove(INVALID_CLASS);
        }
    }

    private final class ChoiceBinding extends Binding {
        private final ComboBox<String> combo;
        private final Supplier<Collection<String>> options;
        private final boolean optional;
        private boolean updating;

        ChoiceBinding(String rel, ComboBox<String> combo, Supplier<Collection<String>> options, boolean optional) {
            super(rel, combo);
            this.combo = combo;
            this.options = options;
            this.optional = optional;
        }

        @Override
        void show(Object value) {
            updating = true;
            try {
                List<String> items = new ArrayList<>();
                if (optional) {
                    items.add("");
                }
                items.addAll(options.get());
                String v = value == null ? "" : value.toString();
                if (!items.contains(v)) {
                    items.add(v);
                }
                if (!combo.getItems().equals(items)) {
                    combo.getItems().setAll(items);
                }
                combo.setValue(v);
            } finally {
                updating = false;
            }
        }

        void commit() {
            if (updating) {
                return;
            }
            String v = combo.getValue();
            vm.set(abs(rel), v == null || v.isEmpty() ? null : v);
        }
    }

    private final class SuggestBinding extends Binding {
        private final ComboBox<String> combo;
        private final Supplier<Collection<String>> options;
        private final TextBinding text;

        SuggestBinding(String rel, ComboBox<String> combo, Supplier<Collection<String>> options) {
            super(rel, combo);
            this.combo = combo;
            this.options = options;
            this.text = new TextBinding(rel, combo.getEditor(), Codec.TEXT);
            combo.getEditor().setOnAction(e -> text.commit());
            combo.setOnAction(e -> {
                if (combo.getValue() != null && !combo.getValue().equals(combo.getEditor().getText())) {
                    combo.getEditor().setText(combo.getValue());
                }
                text.commit();
            });
            combo.setOnShowing(e -> combo.getItems().setAll(options.get()));
        }

        @Override
        void show(Object value) {
            text.show(value);
        }
    }

    private final class CheckBinding extends Binding {
        private final CheckBox box;
        private final boolean falseIsAbsent;

        CheckBinding(String rel, CheckBox box, boolean falseIsAbsent) {
            super(rel, box);
            this.box = box;
            this.falseIsAbsent = falseIsAbsent;
        }

        @Override
        void show(Object value) {
            box.setSelected(Boolean.TRUE.equals(value));
        }

        void commit() {
            vm.set(abs(rel), box.isSelected() ? Boolean.TRUE : falseIsAbsent ? null : Boolean.FALSE);
        }
    }

    /** Text of a value for tables: the codec of its type, maps as "k=v, …". */
    static String display(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Codec.formatNumber(d);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + "=" + (x instanceof Double d ? Codec.formatNumber(d)
                    : x instanceof Record ? "…" : String.valueOf(x))));
            return String.join(", ", parts);
        }
        if (v instanceof Collection<?> c) {
            return c.size() + " items";
        }
        return String.valueOf(v);
    }
}
