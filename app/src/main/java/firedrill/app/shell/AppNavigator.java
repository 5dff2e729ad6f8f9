package firedrill.app.shell;

import firedrill.app.debrief.DebriefFactory;
import firedrill.app.debrief.ResultsViewModel;
import firedrill.app.debrief.RunResult;
import firedrill.app.fx.DataDir;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.fx.TaskExecutor;
import firedrill.app.home.HomeView;
import firedrill.app.home.HomeViewModel;
import firedrill.app.home.Library;
import firedrill.app.home.PersonalBests;
import firedrill.app.practice.BriefingView;
import firedrill.app.practice.BriefingViewModel;
import firedrill.app.practice.ConsoleContext;
import firedrill.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.concurrent.Executor;

/** The shell's navigation: builds the library and briefing screens, records bests, picks the debrief. */
public final class AppNavigator implements Navigator {
    private final MainWindow window;
    private final SettingsStore settings;
    private final PersonalBests bests;
    private final TaskExecutor tasks;
    private final Executor settingsSaves;
    private final Executor bestsSaves;
    private final Library library = new Library(firedrill.app.author.ScenarioFiles.userDir());
    private DebriefFactory debrief;
    private final firedrill.app.debrief.Debriefs debriefs;

    public AppNavigator(MainWindow window, SettingsStore settings, PersonalBests bests, TaskExecutor tasks) {
        this.window = window;
        this.settings = settings;
        this.bests = bests;
        this.tasks = tasks;
        this.settingsSaves = tasks.serial("saving the settings");
        this.bestsSaves = tasks.serial("saving the personal bests");
        this.debriefs = new firedrill.app.debrief.Debriefs(new firedrill.app.session.SessionStore(DataDir.resolve()), tasks);
        this.debrief = this::standardResults;
    }

    private java.util.function.Consumer<String> documents = uri -> { };

    /** How documents are opened (the application's HostServices). */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        this.documents = opener;
    }

    @Override
    public void openDocument(String uri) {
        documents.accept(uri);
    }

    /** Replaces the results screen (the later debrief feature plugs in here). */
    public void setDebriefFactory(DebriefFactory factory) {
        this.debrief = factory;
    }

    /** The app's background work (tests). */
    public TaskExecutor tasks() {
        return tasks;
    }

    @Override
    public void home() {
        SettingsView side = new SettingsView(new SettingsViewModel(settings, settingsSaves));
        window.show(new HomeView(new HomeViewModel(bests, library, tasks), this, side.root()));
    }

    @Override
    public void briefing(Scenario scenario) {
        ConsoleContext ctx = new ConsoleContext(this, (r, n) -> debrief.create(r, n), () -> settings.get().sound(),
                debriefs.saver(), tasks);
        window.show(new BriefingView(new BriefingViewModel(scenario), ctx));
    }

    /** The facilitated drill's set-up (offers to resume an interrupted drill). */
    public void drill() {
        firedrill.app.drill.DrillContext ctx = new firedrill.app.drill.DrillContext(this,
                new firedrill.app.drill.DrillStore(DataDir.resolve()),
                scene -> Styles.applyAll(scene, settings.get()), () -> settings.get().sound(), tasks);
        window.show(new firedrill.app.drill.DrillSetupView(
                new firedrill.app.drill.DrillSetupViewModel(ctx.store(), tasks), ctx));
    }

    /** At start-up: when a drill was interrupted (crash, power loss), open the drill screen, which offers to resume it. */
    public void offerDrillResume() {
        firedrill.app.drill.DrillStore store = new firedrill.app.drill.DrillStore(DataDir.resolve());
        tasks.submit("looking for an interrupted drill", p -> store.interrupted() != null, found -> {
            if (found) {
                drill();
            }
        }, e -> failed("Could not look for an interrupted drill", e));
    }

    @Override
    public void show(Screen screen) {
        window.show(screen);
    }

    /**
     * The scenario editor (a copy of a shipped scenario, a user scenario's file, or the template when
     * null). Finding a user scenario's file reads the folder, so the document is made in the background.
     */
    @Override
    public void author(Scenario scenario) {
        tasks.submit("opening the editor", p -> firedrill.app.author.AuthorView.document(scenario),
                doc -> window.show(firedrill.app.author.AuthorView.of(doc, this, tasks)),
                e -> failed("Could not open the editor", e));
    }

    /** Background work the user asked for failed (it is logged already): say so. */
    private void failed(String what, Throwable e) {
        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, what + ": " + e.getMessage()).show();
    }

    /** The app bar's "Author a scenario": a new scenario from the template. */
    public void author() {
        author(null);
    }

    /** For trainers: many trainees' attempts (app bar, from the home screen on). */
    public void cohort() {
        window.show(new firedrill.app.cohort.CohortView(new firedrill.app.cohort.CohortViewModel(tasks,
                id -> java.util.Optional.ofNullable(scenarioById(id)))));
    }

    /** History: saved attempts per scenario, and the facilitated drills (app bar and home screen). */
    public void history() {
        Screen screen = debriefs.history(this);
        if (screen instanceof firedrill.app.debrief.HistoryView h) {
            firedrill.app.drill.DrillStore store = new firedrill.app.drill.DrillStore(firedrill.app.fx.DataDir.resolve());
            h.addSection(new firedrill.app.drill.DrillHistoryPane(new firedrill.app.drill.DrillHistory(store,
                    AppNavigator::scenarioById), tasks.background(), tasks.fx(), this::drill));
        }
        window.show(screen);
    }

    /** A scenario by id: shipped, or the user's own; null when neither. */
    static Scenario scenarioById(String id) {
        try {
            return firedrill.engine.scenario.ScenarioLoader.loadShipped(id);
        } catch (Exception e) {
            java.nio.file.Path f = firedrill.app.author.UserScenarios.fileOf(id);
            try {
                return f == null ? null : firedrill.engine.scenario.ScenarioLoader.load(f);
            } catch (Exception e2) {
                return null;
            }
        }
    }

    /**
     * The run's debrief. Whether it beats the personal best is decided here from the bests in memory;
     * the bests file is written on its lane (the write forces the disk), which sets the bests there.
     */
    private Screen standardResults(RunResult r, Navigator nav) {
        PersonalBests.Best run = new PersonalBests.Best(r.scenarioId(), r.score().impactMinutes(),
                r.outcome().service("api") == null || r.outcome().service("api").fullRecovery() < 0 ? null
                        : r.spec().timeOf(r.outcome().service("api").fullRecovery()),
                r.score().milestonesWithinTolerance(), r.score().milestones().size(), r.mode(), r.seed(),
                LocalDate.now().toString());
        PersonalBests.Best previous = bests.best(r.scenarioId()).orElse(null);
        boolean improved = run.beats(previous);
        bestsSaves.execute(() -> bests.record(run));
        return debriefs.debrief(r, new ResultsViewModel(r, previous == null ? null : previous.impactMinutes(), improved), nav);
    }
}
