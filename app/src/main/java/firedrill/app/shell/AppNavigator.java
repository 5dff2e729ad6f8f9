package firedrill.app.shell;

import firedrill.app.debrief.DebriefFactory;
import firedrill.app.debrief.ResultsView;
import firedrill.app.debrief.ResultsViewModel;
import firedrill.app.debrief.RunResult;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.home.HomeView;
import firedrill.app.home.HomeViewModel;
import firedrill.app.home.PersonalBests;
import firedrill.app.practice.BriefingView;
import firedrill.app.practice.BriefingViewModel;
import firedrill.app.practice.ConsoleContext;
import firedrill.engine.scenario.Scenario;
import java.time.LocalDate;

/** The shell's navigation: builds the library and briefing screens, records bests, picks the debrief. */
public final class AppNavigator implements Navigator {
    private final MainWindow window;
    private final SettingsStore settings;
    private final PersonalBests bests;
    private DebriefFactory debrief;
    private final firedrill.app.debrief.Debriefs debriefs =
            new firedrill.app.debrief.Debriefs(new firedrill.app.session.SessionStore(firedrill.app.fx.DataDir.resolve()));

    public AppNavigator(MainWindow window, SettingsStore settings, PersonalBests bests) {
        this.window = window;
        this.settings = settings;
        this.bests = bests;
        this.debrief = this::standardResults;
    }

    /** Replaces the results screen (the later debrief feature plugs in here). */
    public void setDebriefFactory(DebriefFactory factory) {
        this.debrief = factory;
    }

    @Override
    public void home() {
        SettingsView side = new SettingsView(new SettingsViewModel(settings));
        window.show(new HomeView(new HomeViewModel(bests), this, side.root()));
    }

    @Override
    public void briefing(Scenario scenario) {
        ConsoleContext ctx = new ConsoleContext(this, (r, n) -> debrief.create(r, n), () -> settings.get().sound());
        window.show(new BriefingView(new BriefingViewModel(scenario), ctx));
    }

    /** The facilitated drill's set-up (offers to resume an interrupted drill). */
    public void drill() {
        firedrill.app.drill.DrillContext ctx = new firedrill.app.drill.DrillContext(this,
                new firedrill.app.drill.DrillStore(firedrill.app.fx.DataDir.resolve()),
                scene -> Styles.applyAll(scene, settings.get()), () -> settings.get().sound());
        window.show(new firedrill.app.drill.DrillSetupView(
                new firedrill.app.drill.DrillSetupViewModel(ctx.store()), ctx));
    }

    /** At start-up: when a drill was interrupted (crash, power loss), open the drill screen, which offers to resume it. */
    public void offerDrillResume() {
        if (new firedrill.app.drill.DrillStore(firedrill.app.fx.DataDir.resolve()).interrupted() != null) {
            drill();
        }
    }

    @Override
    public void show(Screen screen) {
        window.show(screen);
    }

    /** The scenario editor (a copy of a shipped scenario, a user scenario's file, or the template when null). */
    @Override
    public void author(Scenario scenario) {
        window.show(firedrill.app.author.AuthorView.forLibrary(scenario, this));
    }

    /** The app bar's "Author a scenario": a new scenario from the template. */
    public void author() {
        author(null);
    }

    /** History: saved attempts per scenario, and the facilitated drills (app bar and home screen). */
    public void history() {
        Screen screen = debriefs.history(this);
        if (screen instanceof firedrill.app.debrief.HistoryView h) {
            firedrill.app.drill.DrillStore store = new firedrill.app.drill.DrillStore(firedrill.app.fx.DataDir.resolve());
            h.addSection(new firedrill.app.drill.DrillHistoryPane(new firedrill.app.drill.DrillHistory(store,
                    AppNavigator::scenarioById), r -> {
                        Thread t = new Thread(r, "firedrill-drill-history");
                        t.setDaemon(true);
                        t.start();
                    }, javafx.application.Platform::runLater, this::drill));
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

    private Screen standardResults(RunResult r, Navigator nav) {
        PersonalBests.Update u = bests.record(new PersonalBests.Best(r.scenarioId(), r.score().impactMinutes(),
                r.outcome().service("api") == null || r.outcome().service("api").fullRecovery() < 0 ? null
                        : r.spec().timeOf(r.outcome().service("api").fullRecovery()),
                r.score().milestonesWithinTolerance(), r.score().milestones().size(), r.mode(), r.seed(),
                LocalDate.now().toString()));
        Double previous = u.previous() == null ? null : u.previous().impactMinutes();
        return debriefs.debrief(r, new ResultsViewModel(r, previous, u.improved()), nav);
    }
}
