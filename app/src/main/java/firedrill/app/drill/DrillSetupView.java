package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Screen;
import firedrill.app.practice.Difficulty;
import firedrill.engine.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Setting up a facilitated drill: scenario, seed, difficulty, clock-speed visibility, roles and who
 * plays them, and which screen the participant view goes to. When the last drill was interrupted (its
 * autosave is still there), a card at the top offers to resume it exactly where it stopped.
 */
public final class DrillSetupView implements Screen {
    private final DrillSetupViewModel vm;
    private final DrillContext ctx;
    private final ScrollPane root;
    private final VBox rosterBox = new VBox(6);
    private final FlowPane roleChips = new FlowPane(6, 6);

    public DrillSetupView(DrillSetupViewModel vm, DrillContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        Label title = new Label("Facilitate a team drill");
        title.getStyleClass().add(Styles.TITLE_2);
        Label sub = new Label("You run the clock, the injects and the notes on this screen; the team watches the "
                + "participant view on the projector and tells you its decisions.");
        sub.setWrapText(true);
        sub.getStyleClass().add(Styles.TEXT_MUTED);

        VBox page = new VBox(title, sub, resumeCard(), form());
        page.getStyleClass().add("drill-setup");
        page.setId("drill-setup");
        page.setMaxWidth(980);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    private VBox resumeCard() {
        Label head = new Label("A drill was interrupted");
        head.getStyleClass().add(Styles.TITLE_4);
        Label what = new Label();
        what.setId("interrupted-drill");
        what.setWrapText(true);
        Label note = new Label("Resuming replays its decisions and injects to where it stopped — the same state, "
                + "checked bit for bit — with the team, roles and observations. The clock starts paused.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button resume = new Button("Resume drill");
        resume.setId("resume-drill");
        resume.getStyleClass().add(Styles.ACCENT);
        resume.setOnAction(e -> vm.resume(this::open));
        resume.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.busyProperty().get() || vm.interruptedProperty().get() == null
                        || vm.interruptedProperty().get().record() == null,
                vm.interruptedProperty(), vm.busyProperty()));
        Button discard = new Button("Set it aside");
        discard.setId("discard-drill");
        discard.setOnAction(e -> vm.discard());
        discard.disableProperty().bind(vm.busyProperty());
        VBox card = new VBox(head, what, note, new HBox(10, resume, discard));
        card.getStyleClass().add("resume-card");
        card.setId("resume-card");
        Runnable sync = () -> {
            what.setText(vm.describeInterrupted());
            card.setVisible(vm.interruptedProperty().get() != null);
            card.setManaged(card.isVisible());
        };
        vm.interruptedProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        return card;
    }

    private VBox form() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(12);
        int row = 0;

        ChoiceBox<Scenario> scenario = new ChoiceBox<>();
        scenario.setId("drill-scenario");
        scenario.setItems(vm.scenarios());
        scenario.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario s) {
                return s == null ? "" : s.meta().title() + " (" + s.meta().date() + ")"
                        + (vm.isUserScenario(s) ? " · your scenario" : "");
            }

            @Override
            public Scenario fromString(String s) {
                return null;
            }
        });
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        summary.setId("drill-scenario-briefing");
        summary.textProperty().bind(Bindings.createStringBinding(() -> briefing(vm.scenarioProperty().get()),
                vm.scenarioProperty()));
        summary.setMaxWidth(640);
        g.addRow(row++, label("Scenario"), new VBox(4, scenario, summary));

        TextField seed = new TextField();
        seed.setId("drill-seed");
        seed.setPrefColumnCount(8);
        seed.textProperty().bindBidirectional(vm.seedTextProperty());
        Label seedHelp = new Label("Same seed, same decisions → the same incident (and a fair comparison between teams).");
        seedHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        g.addRow(row++, label("Seed"), new HBox(10, seed, seedHelp));

        ToggleGroup diff = new ToggleGroup();
        HBox diffRow = new HBox();
        diffRow.getStyleClass().add("segmented");
        Difficulty[] all = Difficulty.values();
        for (int i = 0; i < all.length; i++) {
            Difficulty d = all[i];
            ToggleButton b = new ToggleButton(d.label());
            b.setId("drill-difficulty-" + d.name().toLowerCase(Locale.ROOT));
            b.setUserData(d);
            b.setToggleGroup(diff);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(d == vm.difficultyProperty().get());
            diffRow.getChildren().add(b);
        }
        diff.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                diff.selectToggle(a);
            } else {
                vm.difficultyProperty().set((Difficulty) b.getUserData());
            }
        });
        Label diffHelp = new Label();
        diffHelp.setWrapText(true);
        diffHelp.setMaxWidth(640);
        diffHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        diffHelp.textProperty().bind(Bindings.createStringBinding(() -> drillDescription(vm.difficultyProperty().get()),
                vm.difficultyProperty()));
        g.addRow(row++, label("Difficulty"), new VBox(4, diffRow, diffHelp));

        CheckBox speed = new CheckBox("The team can see the clock speed");
        speed.setId("drill-show-speed");
        speed.selectedProperty().bindBidirectional(vm.showSpeedProperty());
        g.addRow(row++, label("Clock"), speed);

        TextField newRole = new TextField();
        newRole.setId("new-role");
        newRole.setPromptText("Add a role (e.g. Customer liaison)");
        Button addRole = new Button("Add role");
        addRole.setId("add-role");
        Runnable add = () -> {
            vm.addRole(newRole.getText());
            newRole.clear();
        };
        addRole.setOnAction(e -> add.run());
        newRole.setOnAction(e -> add.run());
        vm.roles().addListener((ListChangeListener<String>) c -> rebuildRoles());
        rebuildRoles();
        g.addRow(row++, label("Roles"), new VBox(6, roleChips, new HBox(8, newRole, addRole)));

        Button addPerson = new Button("Add person");
        addPerson.setId("add-person");
        addPerson.setOnAction(e -> vm.addPerson());
        vm.roster().addListener((ListChangeListener<DrillSetupViewModel.Person>) c -> rebuildRoster());
        rebuildRoster();
        Label rosterHelp = new Label("Names are optional: a decision can be recorded for a role alone. Everyone named "
                + "needs a role — " + DrillSetupViewModel.OBSERVER + " for someone who only watches.");
        rosterHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rosterHelp.setWrapText(true);
        Label rosterProblem = new Label();
        rosterProblem.setId("roster-problem");
        rosterProblem.setWrapText(true);
        rosterProblem.getStyleClass().add(Styles.DANGER);
        rosterProblem.textProperty().bind(vm.rosterProblemProperty());
        rosterProblem.visibleProperty().bind(vm.rosterProblemProperty().isNotEmpty());
        rosterProblem.managedProperty().bind(rosterProblem.visibleProperty());
        ComboBox<TeamStore.Team> saved = new ComboBox<>(vm.teams());
        saved.setId("saved-teams");
        saved.setPromptText(vm.teams().isEmpty() ? "No saved teams yet" : "Saved teams");
        Button use = new Button("Use team");
        use.setId("use-team");
        use.disableProperty().bind(saved.valueProperty().isNull());
        use.setOnAction(e -> vm.useTeam(saved.getValue()));
        TextField teamName = new TextField();
        teamName.setId("team-name");
        teamName.setPromptText("Team name (e.g. SRE blue)");
        teamName.setPrefColumnCount(14);
        Button save = new Button("Save team");
        save.setId("save-team");
        save.disableProperty().bind(teamName.textProperty().isEmpty());
        save.setOnAction(e -> {
            if (vm.saveTeam(teamName.getText())) {
                teamName.clear();
            }
        });
        FlowPane teamsRow = new FlowPane(8, 6, saved, use, teamName, save);
        g.addRow(row++, label("Team"), new VBox(6, teamsRow, rosterBox, new HBox(10, addPerson), rosterHelp, rosterProblem));

        ChoiceBox<String> screen = new ChoiceBox<>();
        screen.setId("participant-screen");
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        for (int i = 0; i < screens.size(); i++) {
            var b = screens.get(i).getBounds();
            screen.getItems().add("Screen " + (i + 1) + " — " + (int) b.getWidth() + "×" + (int) b.getHeight()
                    + (screens.get(i).equals(javafx.stage.Screen.getPrimary()) ? " (this one)" : " (projector?)"));
        }
        int initial = vm.screenIndexProperty().get() >= 0 ? vm.screenIndexProperty().get() : screens.size() - 1;
        screen.getSelectionModel().select(initial);
        vm.screenIndexProperty().set(initial);
        screen.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.screenIndexProperty().set(b.intValue()));
        CheckBox full = new CheckBox("Full screen");
        full.setId("participant-fullscreen");
        full.selectedProperty().bindBidirectional(vm.fullScreenProperty());
        Label screenHelp = new Label(screens.size() > 1 ? "The participant view opens full screen on the chosen screen."
                : "One screen: the participant view opens as a normal window (drag it to the projector).");
        screenHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        g.addRow(row++, label("Participant view"), new VBox(4, new HBox(10, screen, full), screenHelp));

        Button start = new Button("Start drill");
        start.setId("start-drill");
        start.getStyleClass().addAll(Styles.ACCENT, "practice-button");
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setOnAction(e -> vm.start(this::open));
        Button back = new Button("Back");
        back.setOnAction(e -> ctx.navigator().home());
        Label problem = new Label();
        problem.setId("drill-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        Label workingText = new Label();
        workingText.setId("drill-busy");
        workingText.textProperty().bind(vm.busyTextProperty());
        workingText.getStyleClass().add(Styles.TEXT_MUTED);
        HBox busy = new HBox(8, working, workingText);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox buttons = new HBox(10, start, back, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(16, g, buttons, problem);
        box.getStyleClass().add("setup-card");
        return box;
    }

    /** The scenario's briefing for the facilitator: summary and learning objectives (shipped or the user's own). */
    static String briefing(Scenario s) {
        if (s == null || s.meta() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.meta().summary() == null ? "" : s.meta().summary());
        List<String> objectives = s.meta().learningObjectives();
        if (objectives != null && !objectives.isEmpty()) {
            sb.append("\n\nLearning objectives:");
            for (String o : objectives) {
                sb.append("\n• ").append(o);
            }
        }
        return sb.toString();
    }

    static String drillDescription(Difficulty d) {
        switch (d) {
            case GUIDED:
                return "Hints on the projector as the incident unfolds; the clock stops when the first alert fires so "
                        + "you can brief the team.";
            case PRESSURE:
                return "No hints; the clock drops to real time (1×) at the first alert. You can still pause.";
            default:
                return "No hints. You pause, speed up and jump ahead whenever the drill needs it.";
        }
    }

    private void rebuildRoles() {
        roleChips.getChildren().clear();
        for (String r : vm.roles()) {
            Label name = new Label(r);
            // A standard incident command role says what it does; a drill's own role is just its name.
            firedrill.engine.drill.IncidentRole.of(r).ifPresent(ir -> name.setTooltip(new javafx.scene.control.Tooltip(ir.duty())));
            Button x = new Button("×");
            x.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            x.setOnAction(e -> vm.removeRole(r));
            HBox chip = new HBox(2, name, x);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag");
            roleChips.getChildren().add(chip);
        }
        rebuildRoster();
    }

    private void rebuildRoster() {
        rosterBox.getChildren().clear();
        int i = 0;
        for (DrillSetupViewModel.Person p : vm.roster()) {
            TextField name = new TextField();
            name.setId("person-name-" + i);
            name.setPromptText("Name");
            name.setPrefColumnCount(16);
            name.textProperty().bindBidirectional(p.nameProperty());
            ComboBox<String> role = new ComboBox<>();
            role.setId("person-role-" + i);
            role.getItems().setAll(vm.roleChoices());
            role.valueProperty().bindBidirectional(p.roleProperty());
            role.setPromptText("Choose a role");
            role.setPrefWidth(220);
            Runnable mark = () -> role.pseudoClassStateChanged(Styles.STATE_DANGER, vm.roleMissing(p));
            p.roleProperty().addListener((o, a, b) -> mark.run());
            p.nameProperty().addListener((o, a, b) -> mark.run());
            mark.run();
            Button remove = new Button("Remove");
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setOnAction(e -> vm.roster().remove(p));
            HBox row = new HBox(name, role, remove);
            row.getStyleClass().add("roster-row");
            rosterBox.getChildren().add(row);
            i++;
        }
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-label");
        l.setMinWidth(110);
        return l;
    }

    private void open(Drill d) {
        DrillViewModel dvm = new DrillViewModel(d);
        ctx.navigator().show(new FacilitatorConsoleView(dvm, ctx, vm.screenIndexProperty().get(),
                vm.fullScreenProperty().get()));
    }

    public DrillSetupViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return "Facilitated drill";
    }

    @Override
    public void shown() {
        if (root.getScene() != null) {
            DrillContext.addStylesheet(root.getScene());
        }
    }
}
