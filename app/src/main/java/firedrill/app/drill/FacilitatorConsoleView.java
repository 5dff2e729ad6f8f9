package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Screen;
import firedrill.app.practice.ConsoleParts;
import firedrill.app.practice.Speed;
import firedrill.engine.drill.DrillRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The facilitator console (the instructor station): the clock (pause, speed, jump to the next
 * scripted event), ground truth per cluster and what the team is missing, the team's decisions
 * (who decided, the action and target; recorded as commands) with a live log, the inject library
 * (the scenario's injects again, ready-made and free-text ones), timestamped observations, the
 * autosave status, the participant window and the after-action report. Ground-truth nodes carry
 * the style class {@value #TRUTH}; none of them is ever part of the participant view.
 */
public final class FacilitatorConsoleView implements Screen {
    /** Style class of every node that shows ground truth or facilitator-only material. */
    public static final String TRUTH = "truth";
    /** Key of the drill in the root's properties (tests). */
    public static final String DRILL_KEY = "firedrill.drill";
    /** Key of this view in the root's properties (tests). */
    public static final String VIEW_KEY = "firedrill.drill.console";

    private final DrillViewModel vm;
    private final DrillContext ctx;
    private final StackPane root = new StackPane();
    private final ParticipantView participant;
    private final int screenIndex;
    private final boolean fullScreen;
    private final ToggleGroup speeds = new ToggleGroup();
    private final TextField injectText = new TextField();
    private final ComboBox<String> injectChannel = new ComboBox<>();
    private final TextArea observationText = new TextArea();
    private Scene scene;
    private boolean disposed;
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.pull();
        }
    };

    public FacilitatorConsoleView(DrillViewModel vm, DrillContext ctx, int screenIndex, boolean fullScreen) {
        this.vm = vm;
        this.ctx = ctx;
        this.screenIndex = screenIndex;
        this.fullScreen = fullScreen;
        vm.setExecutors(ctx.tasks().background(), ctx.tasks().fx());
        this.participant = new ParticipantView(vm, ctx.soundOn().getAsBoolean(), ctx.tasks().background());
        root.setId("facilitator-console");
        root.getStyleClass().add("facilitator");
        root.getProperties().put(DRILL_KEY, vm.drill());
        root.getProperties().put(VIEW_KEY, this);

        ConsoleParts parts = new ConsoleParts(vm.observed());
        Region truth = truthPanel();
        Region decisions = decisionsPanel(parts);
        SplitPane right = new SplitPane(injectPanel(), observationPanel());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        SplitPane main = new SplitPane(truth, decisions, right);
        main.setDividerPositions(0.40, 0.69);
        main.getStyleClass().add("console-main");

        Label notice = new Label();
        notice.setId("drill-notice");
        notice.getStyleClass().add("drill-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(Bindings.createStringBinding(() -> !vm.exportedProperty().get().isEmpty()
                ? vm.exportedProperty().get() : vm.noticeProperty().get(), vm.exportedProperty(), vm.noticeProperty()));
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        BorderPane layout = new BorderPane(main);
        layout.setTop(new VBox(header(), notice));
        root.getChildren().addAll(layout, endedOverlay());
    }

    // ---- header -----------------------------------------------------------------------------------

    private HBox header() {
        Label clock = new Label();
        clock.setId("facilitator-clock");
        clock.getStyleClass().add("facilitator-clock");
        clock.textProperty().bind(vm.observed().clockProperty()); // the same clock text as the room's
        clock.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.setId("clock-state");
        state.textProperty().bind(Bindings.when(vm.endedProperty()).then("ENDED")
                .otherwise(Bindings.when(vm.pausedProperty()).then("PAUSED").otherwise("RUNNING")));
        vm.pausedProperty().addListener((o, a, b) -> state.getStyleClass().setAll("label", "clock-state", b ? "paused" : "running"));
        state.getStyleClass().setAll("label", "clock-state", vm.pausedProperty().get() ? "paused" : "running");
        state.setMinWidth(Region.USE_PREF_SIZE);

        Button pause = new Button();
        pause.setId("drill-pause");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("▶  Resume").otherwise("❚❚  Pause"));
        pause.setOnAction(e -> vm.togglePause());
        pause.setFocusTraversable(false);
        pause.setTooltip(new Tooltip("Pause or resume the clock for everyone (Space)"));
        pause.setMinWidth(Region.USE_PREF_SIZE);
        pause.disableProperty().bind(vm.endedProperty());

        HBox speedRow = new HBox();
        speedRow.getStyleClass().add("segmented");
        Speed[] all = Speed.values();
        for (int i = 0; i < all.length; i++) {
            Speed s = all[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("drill-speed-" + s.factor());
            b.setUserData(s);
            b.setToggleGroup(speeds);
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setOnAction(e -> {
                vm.setSpeed(s);
                syncSpeed(vm.speedProperty().get());
            });
            speedRow.getChildren().add(b);
        }
        vm.speedProperty().addListener((o, a, b) -> syncSpeed(b));
        syncSpeed(vm.speedProperty().get());

        Button jump = new Button("Jump to next event");
        jump.setId("drill-jump");
        jump.setFocusTraversable(false);
        jump.setMinWidth(Region.USE_PREF_SIZE);
        jump.disableProperty().bind(vm.canJumpProperty().not());
        jump.setOnAction(e -> vm.jumpToNextEvent());
        Label next = new Label();
        next.setId("next-event");
        next.getStyleClass().add("next-event");
        next.textProperty().bind(vm.nextEventProperty().map(s -> "Next: " + s));
        next.setMinWidth(0);
        next.setMaxWidth(360);
        jump.setTooltip(new Tooltip("Fast-forward to the next scripted event and hold the clock there"));
        VBox nextBox = new VBox(2, jump, next);
        HBox.setHgrow(nextBox, Priority.SOMETIMES);
        nextBox.setMinWidth(0);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        ToggleButton show = new ToggleButton("Participant view");
        show.setId("participant-toggle");
        show.setFocusTraversable(false);
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> {
            if (show.isSelected()) {
                showParticipant();
            } else {
                participant.hide();
            }
        });
        participantShowing = show;

        Label saved = new Label();
        saved.setId("drill-saved");
        saved.getStyleClass().add("saved-status");
        saved.textProperty().bind(vm.savedProperty());
        saved.setMinWidth(0);

        Button export = new Button("Export report");
        export.setId("drill-export");
        export.setFocusTraversable(false);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> export());
        export.setTooltip(new Tooltip("Score the drill so far and write the after-action report (HTML and JSON)"));

        Button end = new Button("End drill");
        end.setId("drill-end");
        end.setFocusTraversable(false);
        end.setMinWidth(Region.USE_PREF_SIZE);
        end.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        end.disableProperty().bind(vm.endedProperty());
        end.setOnAction(e -> vm.end());

        VBox clockBox = new VBox(0, caption("Drill clock"), clock);
        clockBox.setMinWidth(Region.USE_PREF_SIZE);
        VBox statusBox = new VBox(4, saved, new HBox(8, show, export, end));
        statusBox.setAlignment(Pos.CENTER_RIGHT);
        HBox h = new HBox(clockBox, new VBox(4, state, pause), new VBox(2, caption("Speed"), speedRow), nextBox, grow,
                statusBox);
        h.setId("facilitator-header");
        h.getStyleClass().add("facilitator-header");
        return h;
    }

    private ToggleButton participantShowing;
    private boolean participantListened;

    private void syncSpeed(Speed s) {
        speeds.getToggles().forEach(t -> t.setSelected(t.getUserData() == s));
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("header-caption");
        return l;
    }

    private static Label panelTitle(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private static HBox panelHeader(javafx.scene.Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.getStyleClass().add("panel-header");
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    // ---- ground truth -----------------------------------------------------------------------------

    private Region truthPanel() {
        Label badge = new Label("facilitator only");
        badge.getStyleClass().add("truth-badge");
        CheckBox only = new CheckBox("only trouble & misread");
        only.setId("truth-only-trouble");
        only.getStyleClass().add("panel-check");
        only.setFocusTraversable(false);
        only.selectedProperty().bindBidirectional(vm.onlyTroubleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = panelHeader(panelTitle("Ground truth"), badge, grow, only);

        Label summary = new Label();
        summary.setId("truth-summary");
        summary.getStyleClass().addAll("truth-summary", TRUTH);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.truthSummaryProperty());
        Label services = new Label();
        services.setId("truth-services");
        services.getStyleClass().addAll("truth-services", TRUTH);
        services.setWrapText(true);
        services.textProperty().bind(vm.servicesTruthProperty());

        TableView<GroundTruth.Row> table = new TableView<>(vm.truth());
        table.setId("truth-table");
        table.getStyleClass().addAll("truth-table", Styles.DENSE, TRUTH);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn("Cluster", 112, GroundTruth.Row::id));
        table.getColumns().add(textColumn("Nodes", 60, r -> String.valueOf(r.nodes())));
        table.getColumns().add(pctColumn("API", r -> r.health(), true));
        table.getColumns().add(pctColumn("DNS", r -> r.dns(), true));
        table.getColumns().add(pctColumn("Agent", r -> r.agent(), false));
        table.getColumns().add(pctColumn("Admit", r -> r.admitted(), true));
        table.getColumns().add(pctColumn("Served", r -> r.served(), true));
        TableColumn<GroundTruth.Row, String> seen = textColumn("Seen as", 70,
                r -> firedrill.app.fx.HealthScale.label(r.seenSeverity()));
        table.getColumns().add(seen);
        TableColumn<GroundTruth.Row, String> miss = textColumn("Missing", 90, GroundTruth.Row::missingShort);
        miss.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s);
                getStyleClass().removeAll("truth-missing");
                if (!empty && s != null && !s.isEmpty()) {
                    getStyleClass().add("truth-missing");
                }
            }
        });
        table.getColumns().add(miss);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<GroundTruth.Row> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(GroundTruth.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    setTooltip(empty || r == null ? null : new Tooltip(r.summary() + " · region " + r.region()));
                }
            };
            return row;
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<GroundTruth.Row>) c -> {
            List<String> ids = new ArrayList<>();
            for (GroundTruth.Row r : table.getSelectionModel().getSelectedItems()) {
                if (r != null) {
                    ids.add(r.id());
                }
            }
            vm.observed().setSelection(ids);
        });
        Label empty = new Label("Every cluster is healthy and the team sees it so.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label missTitle = panelTitle("What the team is missing");
        Label missCount = new Label();
        missCount.getStyleClass().add("count-badge");
        missCount.textProperty().bind(Bindings.size(vm.missing()).asString());
        ListView<GroundTruth.Row> missing = new ListView<>(vm.missing());
        missing.setId("missing-list");
        missing.getStyleClass().addAll("missing-list", Styles.DENSE, TRUTH);
        missing.setPrefHeight(120);
        missing.setMinHeight(60);
        missing.setFocusTraversable(false);
        missing.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GroundTruth.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.id() + " (" + String.format(Locale.ROOT, "%,d", r.nodes())
                        + " nodes) — " + r.missing());
            }
        });
        Label none = new Label("Nothing: the dashboards agree with the truth.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        missing.setPlaceholder(none);

        VBox box = new VBox(header, summary, services, table, panelHeader(missTitle, missCount), missing);
        box.setId("truth-panel");
        box.getStyleClass().addAll("panel", "truth-panel", TRUTH);
        box.setMinWidth(380);
        return box;
    }

    private static TableColumn<GroundTruth.Row, String> textColumn(String title, double width,
                                                                   Function<GroundTruth.Row, String> f) {
        TableColumn<GroundTruth.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setSortable(false);
        return c;
    }

    /** A percentage column coloured by how healthy the value is ({@code highGood}: 100% is healthy). */
    private static TableColumn<GroundTruth.Row, Double> pctColumn(String title, Function<GroundTruth.Row, Double> f,
                                                                  boolean highGood) {
        TableColumn<GroundTruth.Row, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(title.length() > 4 ? 64 : title.length() > 3 ? 58 : 48);
        c.setMinWidth(c.getPrefWidth());
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("truth-cell", "bad", "warn", "ok");
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                setText(GroundTruth.pct(v));
                double good = highGood ? v : 1 - v;
                getStyleClass().addAll("truth-cell", good < 0.5 ? "bad" : good < 0.95 ? "warn" : "ok");
            }
        });
        return c;
    }

    // ---- decisions --------------------------------------------------------------------------------

    private Region decisionsPanel(ConsoleParts parts) {
        ComboBox<DrillViewModel.Decider> who = new ComboBox<>();
        who.setId("decider");
        who.getItems().setAll(vm.deciders());
        who.valueProperty().bindBidirectional(vm.deciderProperty());
        who.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(who, Priority.ALWAYS);
        Label whoLabel = new Label("Decided by");
        whoLabel.getStyleClass().add("field-label");
        whoLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox decider = new HBox(whoLabel, who);
        decider.getStyleClass().add("decider-row");
        Region actions = parts.actionPanel(vm.actions(), "Record decision");
        VBox.setVgrow(actions, Priority.ALWAYS);
        VBox entry = new VBox(panelHeader(panelTitle("Team decision")), decider, actions);
        entry.getStyleClass().add("panel");

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
        VBox logBox = new VBox(panelHeader(panelTitle("Decision log")), log);
        logBox.getStyleClass().add("panel");

        SplitPane split = new SplitPane(entry, logBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        split.setMinWidth(330);
        return split;
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

    // ---- injects ----------------------------------------------------------------------------------

    /** An entry of the inject library: a scripted inject (with whether it fired) or a ready-made one. */
    private record LibraryItem(DrillViewModel.ScriptedRow scripted, DrillViewModel.AdHoc adHoc) {
        String channel() {
            return scripted != null ? scripted.event().channel() : adHoc.channel();
        }

        String text() {
            return scripted != null ? scripted.event().text() : adHoc.text();
        }
    }

    private Region injectPanel() {
        ListView<LibraryItem> library = new ListView<>();
        library.setId("inject-library");
        library.getStyleClass().addAll("inject-library", Styles.DENSE);
        Runnable fill = () -> {
            List<LibraryItem> items = new ArrayList<>();
            for (DrillViewModel.ScriptedRow r : vm.scripted()) {
                items.add(new LibraryItem(r, null));
            }
            for (DrillViewModel.AdHoc a : DrillViewModel.AD_HOC) {
                items.add(new LibraryItem(null, a));
            }
            LibraryItem sel = library.getSelectionModel().getSelectedItem();
            library.getItems().setAll(items);
            if (sel != null) {
                for (LibraryItem i : items) {
                    if (i.text().equals(sel.text())) {
                        library.getSelectionModel().select(i);
                    }
                }
            }
        };
        vm.scripted().addListener((javafx.collections.ListChangeListener<DrillViewModel.ScriptedRow>) c -> fill.run());
        fill.run();
        library.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // ellipsis instead of a horizontal scroll bar
            }

            @Override
            protected void updateItem(LibraryItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inject-fired");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.scripted() == null ? "ad hoc · " + item.text()
                        : item.scripted().event().time() + (item.scripted().fired() ? " ✓ " : " ") + "· "
                        + item.channel() + ": " + item.text());
                setTooltip(new Tooltip(item.text()));
                if (item.scripted() != null && item.scripted().fired()) {
                    getStyleClass().add("inject-fired");
                }
            }
        });
        library.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                injectChannel.setValue(b.channel());
                injectText.setText(b.text());
            }
        });
        library.setTooltip(new Tooltip("Scripted injects (✓ = already in the channel) and ready-made ones: pick one, "
                + "edit it if you like, then Send"));
        VBox.setVgrow(library, Priority.ALWAYS);

        LinkedHashSetBuilder channels = new LinkedHashSetBuilder();
        for (Drill.ScriptedEvent e : vm.drill().events()) {
            channels.add(e.channel());
        }
        for (DrillViewModel.AdHoc a : DrillViewModel.AD_HOC) {
            channels.add(a.channel());
        }
        channels.add("facilitator");
        injectChannel.setId("inject-channel");
        injectChannel.setEditable(true);
        injectChannel.getItems().setAll(channels.list());
        injectChannel.setValue("facilitator");
        injectChannel.setPrefWidth(120);
        injectText.setId("inject-text");
        injectText.setPromptText("Type an inject, or pick one above");
        HBox.setHgrow(injectText, Priority.ALWAYS);
        injectText.setOnAction(e -> sendInject());
        Button send = new Button("Send");
        send.setId("send-inject");
        send.getStyleClass().add(Styles.ACCENT);
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setOnAction(e -> sendInject());
        send.disableProperty().bind(injectText.textProperty().isEmpty().or(vm.endedProperty()));
        HBox form = new HBox(6, injectChannel, injectText, send);
        form.getStyleClass().add("inject-form");
        form.setAlignment(Pos.CENTER_LEFT);
        Label sub = new Label("the room sees it at once");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(panelHeader(panelTitle("Injects"), sub), library, form);
        box.setId("inject-panel");
        box.getStyleClass().add("panel");
        box.setMinWidth(300);
        return box;
    }

    /** Insertion-ordered distinct non-blank strings. */
    private static final class LinkedHashSetBuilder {
        private final java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();

        void add(String s) {
            if (s != null && !s.isBlank()) {
                set.add(s);
            }
        }

        List<String> list() {
            return List.copyOf(set);
        }
    }

    private void sendInject() {
        String text = injectText.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        String channel = injectChannel.getEditor() != null && injectChannel.isEditable()
                ? injectChannel.getEditor().getText() : injectChannel.getValue();
        vm.sendInject(channel == null || channel.isBlank() ? "facilitator" : channel.trim(), text);
        injectText.clear();
    }

    // ---- observations -----------------------------------------------------------------------------

    private Region observationPanel() {
        ToggleGroup tags = new ToggleGroup();
        HBox tagRow = new HBox();
        tagRow.getStyleClass().add("segmented");
        DrillRecord.Tag[] all = DrillRecord.Tag.values();
        for (int i = 0; i < all.length; i++) {
            DrillRecord.Tag t = all[i];
            ToggleButton b = new ToggleButton(t == DrillRecord.Tag.IMPROVEMENT ? "Improvement" : t.label());
            b.setId("tag-" + t.id());
            b.setUserData(t);
            b.setToggleGroup(tags);
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().addAll(Styles.SMALL,
                    i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            tagRow.getChildren().add(b);
        }
        tags.selectToggle(tags.getToggles().get(0));
        tags.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                tags.selectToggle(a);
            }
        });
        ChoiceBox<String> role = new ChoiceBox<>();
        role.setId("observation-role");
        List<String> roles = new ArrayList<>();
        roles.add(WHOLE_TEAM);
        roles.addAll(vm.roles());
        role.getItems().setAll(roles);
        role.setValue(WHOLE_TEAM);
        observationText.setId("observation-text");
        observationText.setPromptText("What did you see? (Ctrl+Enter adds it with the current time)");
        observationText.setPrefRowCount(2);
        observationText.setWrapText(true);
        Button add = new Button("Add");
        add.setId("add-observation");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable addIt = () -> {
            DrillRecord.Tag t = (DrillRecord.Tag) tags.getSelectedToggle().getUserData();
            String r = WHOLE_TEAM.equals(role.getValue()) ? null : role.getValue();
            if (vm.observe(t, r, observationText.getText())) {
                observationText.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        add.disableProperty().bind(observationText.textProperty().isEmpty());
        observationText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                addIt.run();
                e.consume();
            }
        });
        Label about = new Label("about");
        about.getStyleClass().add("field-label");
        about.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, tagRow, about, role);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(observationText, Priority.ALWAYS);
        HBox textRow = new HBox(6, observationText, add);
        textRow.setAlignment(Pos.BOTTOM_LEFT);
        VBox form = new VBox(6, row, textRow);
        form.getStyleClass().add("observation-form");

        ListView<DrillRecord.Observation> list = new ListView<>(vm.observations());
        list.setId("observation-list");
        list.getStyleClass().addAll("observation-list", Styles.DENSE, TRUTH);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ObservationCell());
        Label empty = new Label("Observations appear here with their time, for the debrief.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(panelHeader(panelTitle("Observations")), form, list);
        box.setId("observation-panel");
        box.getStyleClass().addAll("panel", TRUTH);
        return box;
    }

    static final String WHOLE_TEAM = "Whole team";

    private final class ObservationCell extends ListCell<DrillRecord.Observation> {
        private final Label time = new Label();
        private final Label tag = new Label();
        private final Label text = new Label();
        private final VBox box;

        ObservationCell() {
            time.getStyleClass().add("obs-time");
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
            HBox top = new HBox(6, time, tag);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, text);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(DrillRecord.Observation o, boolean empty) {
            super.updateItem(o, empty);
            setText(null);
            if (empty || o == null) {
                setGraphic(null);
                return;
            }
            time.setText(vm.time(o.tick()));
            tag.setText(o.tagValue().label() + (o.role() == null ? "" : " · " + o.role()));
            tag.getStyleClass().setAll("label", "obs-tag", o.tagValue().id());
            text.setText(o.text());
            if (getListView() != null) {
                double w = Math.max(60, getListView().getWidth() - 30);
                text.setPrefWidth(w);
                text.setMaxWidth(w);
            }
            setGraphic(box);
        }
    }

    // ---- the end ----------------------------------------------------------------------------------

    private StackPane endedOverlay() {
        Label title = new Label("Drill over");
        title.getStyleClass().add(Styles.TITLE_3);
        Label why = new Label();
        why.setId("drill-end-reason");
        why.textProperty().bind(Bindings.createStringBinding(() -> vm.endReasonProperty().get() + " at "
                + vm.clockProperty().get() + ".", vm.endReasonProperty(), vm.clockProperty()));
        Label what = new Label("The after-action report adds the team, decisions by role, injects and your "
                + "observations to the scored debrief, with the scenario's discussion questions and space for answers.");
        what.setWrapText(true);
        Button export = new Button("Export after-action report");
        export.setId("export-report");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> export());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.exportedProperty());
        Button home = new Button("Back to the library");
        home.setId("drill-home");
        home.setOnAction(e -> ctx.navigator().home());
        VBox card = new VBox(title, why, what, new HBox(10, export, home), status);
        card.getStyleClass().add("drill-card");
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("drill-ended");
        overlay.getStyleClass().add("drill-overlay");
        overlay.visibleProperty().bind(vm.endedProperty());
        return overlay;
    }

    private void export() {
        vm.export(vm.defaultReportFile(ctx.store()));
    }

    // ---- participant window -----------------------------------------------------------------------

    private void showParticipant() {
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        javafx.stage.Screen target = screenIndex >= 0 && screenIndex < screens.size() ? screens.get(screenIndex)
                : screens.get(screens.size() - 1);
        participant.show(scene == null ? null : scene.getWindow(), target, fullScreen, ctx.styler());
        participantShowing.setSelected(true);
        if (!participantListened) {
            participantListened = true;
            participant.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                    e -> participantShowing.setSelected(false));
        }
    }

    public ParticipantView participant() {
        return participant;
    }

    public DrillViewModel viewModel() {
        return vm;
    }

    // ---- keys -------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()
                || scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            vm.togglePause();
            e.consume();
        }
    }

    // ---- Screen -----------------------------------------------------------------------------------

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        var meta = vm.spec().scenario().meta();
        return "Facilitated drill · " + (meta == null ? vm.spec().scenario().id() : meta.title());
    }

    @Override
    public void shown() {
        scene = root.getScene();
        if (scene != null) {
            DrillContext.addStylesheet(scene);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        timer.start();
        showParticipant();
    }

    @Override
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        timer.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        participant.hide();
        // Closing saves a last time and may wait for the simulation (up to 20 s): never on the FX thread.
        Drill drill = vm.drill();
        ctx.tasks().background().execute(drill::close);
    }
}
