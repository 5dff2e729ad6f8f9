package firedrill.app.author;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.CanvasPane;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The scenario editor (tracker issue 8): a sidebar of sections, the section's fields, the problems
 * of the current scenario (click one to go to its field), and the preview and solvability check on
 * the right. Every edit is an undoable command (Ctrl+Z, Ctrl+Shift+Z); Ctrl+S saves.
 */
public final class AuthorView implements Screen {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuthorView.class);
    /** Root property holding this view (tests reach the view model and registry through it). */
    public static final String VIEW_KEY = "firedrill.author.view";
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AuthorViewModel vm;
    private final FitViewModel fitVm;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final FieldRegistry registry = new FieldRegistry();
    private final Map<Section, SectionView> sections = new EnumMap<>(Section.class);
    private final List<CanvasPane> canvases = new ArrayList<>();
    private final ListView<Section> sidebar = new ListView<>();
    private final ScrollPane content = new ScrollPane();
    private final ListView<Problem> problemList = new ListView<>();
    private final Label problemsTitle = new Label();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final AnimationTimer painter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (CanvasPane c : canvases) {
                c.paintIfDirty();
            }
        }
    };
    private final javafx.beans.value.ChangeListener<String> titleListener = (o, a, b) -> updateStageTitle();
    private boolean discardConfirmed;
    private Section current;
    private Stage stage;
    private String stageTitle;

    public AuthorView(AuthorViewModel vm, Navigator nav) {
        this.vm = vm;
        this.fitVm = new FitViewModel(vm);
        this.nav = nav;
        root.setId("author");
        root.getStyleClass().add("author");
        root.getProperties().put(VIEW_KEY, this);
        URL css = AuthorView.class.getResource("/assets/css/author.css");
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        buildSections();
        root.setTop(toolbar());
        root.setLeft(sidebar());
        SplitPane centre = new SplitPane(content, problemsPanel());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.8);
        content.setFitToWidth(true);
        content.setId("author-content");
        content.getStyleClass().add("edge-to-edge");
        Node side = sidePanel();
        SplitPane main = new SplitPane(centre, side);
        main.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(main);
        root.setBottom(statusBar());
        vm.setFocusHandler(this::navigate);
        vm.document().scenarioProperty().addListener((o, a, b) -> refreshCurrent());
        vm.problems().addListener((ListChangeListener<Problem>) c -> problemsChanged());
        problemsChanged();
        show(Section.META);
    }

    // ---- Layout ------------------------------------------------------------------------------

    private void buildSections() {
        sections.put(Section.META, SectionViews.meta(vm, registry));
        sections.put(Section.FLEET, FleetView.build(vm, registry, canvases));
        sections.put(Section.MECHANISMS, MechanismsView.build(vm, registry));
        sections.put(Section.TIMELINE, TimelineView.build(vm, registry, canvases));
        sections.put(Section.ALERTS, SectionViews.alerts(vm, registry));
        sections.put(Section.ACTIONS, SectionViews.actions(vm, registry));
        sections.put(Section.TEAM, SectionViews.team(vm, registry));
        sections.put(Section.MILESTONES, SectionViews.milestones(vm, registry));
        sections.put(Section.PLAYBOOK, SectionViews.playbook(vm, registry));
        sections.put(Section.DISCUSSION, SectionViews.discussion(vm, registry));
        sections.put(Section.ASSUMPTIONS, SectionViews.assumptions(vm, registry));
    }

    private Node toolbar() {
        Label title = new Label();
        title.setId("author-title");
        title.getStyleClass().addAll(Styles.TITLE_4, "author-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);
        MenuButton create = new MenuButton("New");
        create.setId("author-new");
        MenuItem fromTemplate = new MenuItem("From the template");
        fromTemplate.setId("author-new-template");
        fromTemplate.setOnAction(e -> replace(new AuthorViewModel(AuthorViewModel.template(), vm.tasks())));
        MenuItem fromPostMortem = new MenuItem("From a post-mortem…");
        fromPostMortem.setId("author-new-postmortem");
        fromPostMortem.setOnAction(e -> newFromPostMortem());
        create.getItems().addAll(fromTemplate, fromPostMortem, new SeparatorMenuItem());
        for (String id : ScenarioLoader.shippedIds()) {
            MenuItem copy = new MenuItem("Copy of " + id);
            copy.setOnAction(e -> vm.tasks().submit("copying " + id,
                    p -> AuthorViewModel.copyOf(ScenarioLoader.loadShipped(id)),
                    doc -> replace(new AuthorViewModel(doc, vm.tasks())),
                    ex -> vm.status("Cannot copy " + id + ": " + ex.getMessage())));
            create.getItems().add(copy);
        }
        Button open = button("Open…", "author-open", "Open a scenario file", this::openFile);
        Button save = button("Save", "author-save", "Save (Ctrl+S); a new or shipped scenario goes to your scenario folder",
                this::save);
        Button saveAs = button("Save as…", "author-save-as", "Save to a file of your choice", this::saveAs);
        Button undo = button("Undo", "author-undo", "", this::undo);
        undo.disableProperty().bind(vm.document().canUndoProperty().not());
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip("Undo " + vm.document().undoTextProperty().get() + " (Ctrl+Z)"), vm.document().undoTextProperty()));
        Button redo = button("Redo", "author-redo", "", this::redo);
        redo.disableProperty().bind(vm.document().canRedoProperty().not());
        redo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip("Redo " + vm.document().redoTextProperty().get() + " (Ctrl+Shift+Z)"),
                vm.document().redoTextProperty()));
        Button play = button("Play ▶", "author-play", "Open this scenario's briefing in solo practice", this::play);
        play.getStyleClass().add(Styles.ACCENT);
        Button library = button("Library", "author-library", "Back to the scenario library", this::library);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, create, open, save, saveAs, sep(), undo, redo, sep(), play, library);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("author-toolbar");
        return bar;
    }

    private static Node sep() {
        Region r = new Region();
        r.getStyleClass().add("author-toolbar-sep");
        return r;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (!tip.isEmpty()) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node sidebar() {
        sidebar.setId("author-sections");
        sidebar.getStyleClass().add("author-sidebar");
        sidebar.getItems().setAll(Section.values());
        sidebar.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setId(null);
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setId("section-item-" + s.field());
                long n = vm.problemCount(s);
                Label name = new Label(s.title());
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox box = new HBox(6, name, grow);
                if (n > 0) {
                    Label badge = new Label(Long.toString(n));
                    badge.getStyleClass().add("author-badge");
                    box.getChildren().add(badge);
                }
                box.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(box);
            }
        });
        sidebar.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != current) {
                show(b);
            }
        });
        sidebar.setPrefWidth(175);
        sidebar.setMinWidth(150);
        return sidebar;
    }

    /**
     * Preview, solvability check and fit, switched by toggle buttons. (A TabPane here left the preview's
     * labels un-laid-out after background updates: its content region kept a stale layout flag.)
     */
    private Node sidePanel() {
        Node preview = new PreviewPane(vm, canvases).root();
        Node check = new SolvabilityPane(vm, this::navigate).root();
        Node fit = new FitPane(fitVm).root();
        ToggleGroup group = new ToggleGroup();
        ToggleButton previewTab = new ToggleButton("Preview");
        previewTab.setId("tab-preview");
        ToggleButton checkTab = new ToggleButton("Solvability");
        checkTab.setId("tab-solvability");
        ToggleButton fitTab = new ToggleButton("Fit");
        fitTab.setId("tab-fit");
        previewTab.getStyleClass().add(Styles.LEFT_PILL);
        checkTab.getStyleClass().add(Styles.CENTER_PILL);
        fitTab.getStyleClass().add(Styles.RIGHT_PILL);
        previewTab.setToggleGroup(group);
        checkTab.setToggleGroup(group);
        fitTab.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
                return;
            }
            preview.setVisible(b == previewTab);
            check.setVisible(b == checkTab);
            fit.setVisible(b == fitTab);
        });
        previewTab.setSelected(true);
        preview.managedProperty().bind(preview.visibleProperty());
        check.managedProperty().bind(check.visibleProperty());
        fit.managedProperty().bind(fit.visibleProperty());
        fit.setVisible(false);
        HBox tabs = new HBox(previewTab, checkTab, fitTab);
        tabs.getStyleClass().add("author-side-tabs");
        VBox side = new VBox(tabs, preview, check, fit);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox.setVgrow(check, Priority.ALWAYS);
        VBox.setVgrow(fit, Priority.ALWAYS);
        side.setId("author-side");
        side.getStyleClass().add("author-side");
        side.setMinWidth(320);
        return side;
    }

    private Node problemsPanel() {
        problemsTitle.setId("problems-title");
        problemsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        problemList.setId("problems-list");
        problemList.getStyleClass().add("author-problems");
        problemList.setPlaceholder(new Label("No problems: ./firedrill validate would accept this scenario."));
        problemList.setCellFactory(l -> new ListCell<>() {
            private final Label where = new Label();
            private final Label what = new Label();
            private final Label path = new Label();
            private final VBox box = new VBox(1, where, what, path);

            {
                where.getStyleClass().addAll(Styles.TEXT_BOLD, "problem-where");
                what.setWrapText(true);
                what.getStyleClass().add("problem-what");
                path.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "problem-path");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                // Counted as the form counts ("Event 5"), with the JSON path (counted from 0) as the exact reference.
                where.setText(ProblemLabel.of(p.path()));
                what.setText(p.message());
                path.setText(p.path());
                if (getListView() != null) {
                    double w = Math.max(80, getListView().getWidth() - 30);
                    what.setPrefWidth(w);
                    what.setMaxWidth(w);
                }
                setGraphic(box);
                setTooltip(new Tooltip("Go to " + ProblemLabel.of(p.path()) + " (" + p.path() + ")"));
            }
        });
        problemList.setOnMouseClicked(e -> {
            Problem p = problemList.getSelectionModel().getSelectedItem();
            if (p != null) {
                navigate(p.path());
            }
        });
        problemList.setOnKeyPressed(e -> {
            Problem p = problemList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                navigate(p.path());
            }
        });
        VBox box = new VBox(4, problemsTitle, problemList);
        box.getStyleClass().add("author-problems-panel");
        VBox.setVgrow(problemList, Priority.ALWAYS);
        return box;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("author-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, "author-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        return status;
    }

    private void problemsChanged() {
        int n = vm.problems().size();
        problemsTitle.setText(n == 0 ? "Problems — none" : "Problems (" + n + ") — click one to go to its field");
        problemList.getItems().setAll(vm.problems());
        problemsTitle.getStyleClass().remove(Styles.DANGER);
        if (n > 0) {
            problemsTitle.getStyleClass().add(Styles.DANGER);
        }
        sidebar.refresh();
    }

    // ---- Navigation --------------------------------------------------------------------------

    private void show(Section s) {
        SectionView previous = current == null ? null : sections.get(current);
        if (previous != null) {
            previous.commitPending();
        }
        current = s;
        SectionView v = sections.get(s);
        v.refresh();
        content.setContent(v.root());
        content.setVvalue(0);
        if (sidebar.getSelectionModel().getSelectedItem() != s) {
            sidebar.getSelectionModel().select(s);
        }
    }

    private void refreshCurrent() {
        if (current != null) {
            sections.get(current).refresh();
        }
    }

    /**
     * Goes to the field that edits {@code path}: the section that owns it, the row of a list, the
     * field itself (focused, text selected, scrolled into view). Returns the focused node.
     */
    public Node navigate(String path) {
        FieldRegistry.Entry e = registry.resolve(path);
        Section s = e == null ? Section.of(path) : e.section();
        if (e == null) {
            e = registry.resolve(s.path());
        }
        if (s != current) {
            show(s);
        }
        content.applyCss();
        content.layout();
        Node focused = e == null ? null : e.target().focus(path);
        if (focused != null) {
            content.applyCss();
            content.layout();
            ensureVisible(focused);
        }
        return focused;
    }

    private void ensureVisible(Node n) {
        Node c = content.getContent();
        Bounds nb = n.localToScene(n.getBoundsInLocal());
        Bounds cb = c.localToScene(c.getBoundsInLocal());
        double viewport = content.getViewportBounds().getHeight();
        double scrollable = cb.getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double y = nb.getMinY() - cb.getMinY();
        double top = content.getVvalue() * scrollable;
        if (y < top || y + nb.getHeight() > top + viewport) {
            content.setVvalue(Math.max(0, Math.min(1, (y - 60) / scrollable)));
        }
    }

    // ---- Commands ----------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        if (UNDO.match(e)) {
            e.consume();
            undo();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            e.consume();
            redo();
        } else if (SAVE.match(e)) {
            e.consume();
            save();
        }
    }

    /** Ctrl+Z: first drops text typed but not committed, then undoes commands. */
    void undo() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focused != null && current != null && sections.get(current).revertPending(focused)) {
            vm.status("Typing undone");
            return;
        }
        var c = vm.undo();
        if (c != null && c.path() != null) {
            navigate(c.path());
        }
    }

    void redo() {
        commitPending();
        var c = vm.redo();
        if (c != null && c.path() != null) {
            navigate(c.path());
        }
    }

    private void commitPending() {
        if (current != null) {
            sections.get(current).commitPending();
        }
    }

    void save() {
        commitPending();
        AuthorViewModel.SaveOutcome out = vm.save();
        if (out != AuthorViewModel.SaveOutcome.NEEDS_COPY) {
            return;
        }
        if (vm.document().origin() == ScenarioDocument.Origin.FILE) {
            // A shipped file from the source tree: never overwritten, but a copy is offered.
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "This is a shipped scenario and cannot be overwritten. Save a"
                    + " copy in your scenario folder (" + ScenarioFiles.userDir() + ") instead?",
                    new ButtonType("Save as a copy", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
            a.setHeaderText("Shipped scenario");
            a.initOwner(window());
            Optional<ButtonType> r = a.showAndWait();
            if (r.isEmpty() || r.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                return;
            }
        }
        vm.saveAsCopy();
    }

    private void saveAs() {
        commitPending();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        try {
            Files.createDirectories(ScenarioFiles.userDir());
            chooser.setInitialDirectory(ScenarioFiles.userDir().toFile());
        } catch (java.io.IOException e) {
            // The chooser then starts wherever it likes; saving elsewhere still works.
            LOG.warn("Cannot create the user scenario folder {}", ScenarioFiles.userDir(), e);
        }
        String id = vm.scenario().id();
        chooser.setInitialFileName((id == null ? "scenario" : id) + ".json");
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            vm.saveAs(f.toPath());
        }
    }

    /** Opens the import dialog; the skeleton it creates becomes a new, unsaved document. */
    private void newFromPostMortem() {
        // Leaving this document (unsaved changes) is asked about when the skeleton replaces it, as for "From the template".
        new PostMortemDialog(window(), vm.tasks(), skeleton -> replace(new AuthorViewModel(
                new ScenarioDocument(skeleton.scenario(), ScenarioDocument.Origin.NEW, null), vm.tasks()))).show();
    }

    private void openFile() {
        if (!canLeave()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Firedrill scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json)", "*.json"));
        if (Files.isDirectory(ScenarioFiles.userDir())) {
            chooser.setInitialDirectory(ScenarioFiles.userDir().toFile());
        }
        File f = chooser.showOpenDialog(window());
        if (f == null) {
            discardConfirmed = false;
            return;
        }
        vm.tasks().submit("opening " + f, p -> AuthorViewModel.open(f.toPath()),
                doc -> replace(new AuthorViewModel(doc, vm.tasks())), e -> {
                    discardConfirmed = false;
                    vm.status(!(e instanceof InvalidInputException ex) ? "Cannot open " + f + ": " + e.getMessage()
                            : ex.problems().isEmpty() ? "Cannot open " + f : ex.problems().get(0).toString()
                            + (ex.problems().size() > 1 ? " (and " + (ex.problems().size() - 1) + " more)" : ""));
                });
    }

    private void play() {
        commitPending();
        if (!vm.problems().isEmpty()) {
            vm.status("Fix the " + vm.problems().size() + " problem(s) before playing: the simulation needs a valid scenario.");
            return;
        }
        nav.briefing(vm.scenario());
    }

    private void library() {
        nav.home();
    }

    private void replace(AuthorViewModel next) {
        nav.show(new AuthorView(next, nav));
    }

    /**
     * Leaving the editor (another screen, another document, closing the app) with unsaved changes
     * asks first; once the author agreed to discard, the editor does not ask again.
     */
    @Override
    public boolean canLeave() {
        commitPending();
        if (discardConfirmed || !vm.document().isDirty() || root.getScene() == null || !root.getScene().getWindow().isShowing()) {
            return true;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "\"" + vm.document().nameProperty().get()
                + "\" has unsaved changes. Discard them?", new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(window());
        Optional<ButtonType> r = a.showAndWait();
        discardConfirmed = r.isPresent() && r.get().getButtonData() == ButtonBar.ButtonData.OK_DONE;
        return discardConfirmed;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- Screen ------------------------------------------------------------------------------

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Author";
    }

    @Override
    public void shown() {
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
            if (root.getScene().getWindow() instanceof Stage s) {
                stage = s;
                stageTitle = s.getTitle();
                vm.titleProperty().addListener(titleListener);
                updateStageTitle();
            }
        }
        painter.start();
    }

    @Override
    public void dispose() {
        painter.stop();
        if (root.getScene() != null) {
            root.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        vm.titleProperty().removeListener(titleListener);
        if (stage != null) {
            stage.setTitle(stageTitle);
        }
        fitVm.cancel();
        vm.dispose();
    }

    /** The window title carries the document's name and the unsaved-changes dot: "Firedrill — name.json •". */
    private void updateStageTitle() {
        if (stage != null) {
            stage.setTitle((stageTitle == null || stageTitle.isEmpty() ? "" : stageTitle + " — ") + vm.titleProperty().get());
        }
    }

    // ---- For tests ---------------------------------------------------------------------------

    public AuthorViewModel viewModel() {
        return vm;
    }

    public FitViewModel fitViewModel() {
        return fitVm;
    }

    FieldRegistry registry() {
        return registry;
    }

    Section currentSection() {
        return current;
    }

    /**
     * The document the editor opens for a scenario of the library: a user scenario's own file, a shipped
     * one as a copy, the template for null. Reads the user's folder: call it off the FX thread.
     */
    public static ScenarioDocument document(Scenario s) {
        return s == null ? AuthorViewModel.template() : AuthorViewModel.forLibrary(s);
    }

    /** The editor on a document (FX thread). */
    public static AuthorView of(ScenarioDocument doc, Navigator nav, TaskExecutor tasks) {
        return new AuthorView(new AuthorViewModel(doc, tasks), nav);
    }
}
