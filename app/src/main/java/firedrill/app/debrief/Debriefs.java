package firedrill.app.debrief;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.fx.TaskExecutor;
import firedrill.app.session.SessionStore;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.session.SessionRecord;
import javafx.scene.control.Button;

/**
 * Builds the debrief and history screens for the shell: saves every finished solo run through the
 * {@link SessionStore}, scores it off the FX thread and opens past attempts by replaying them.
 */
public final class Debriefs {
    private final SessionStore store;
    private final TaskExecutor tasks;

    /** @param tasks where scoring, saving, replays and history reading run */
    public Debriefs(SessionStore store, TaskExecutor tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    public SessionStore store() {
        return store;
    }

    /** The debrief of a finished run (saved once scored). */
    public Screen debrief(RunResult r, ResultsViewModel results, Navigator nav) {
        return open(r, results, null, nav);
    }

    private Screen open(RunResult r, ResultsViewModel results, SessionRecord replayed, Navigator nav) {
        DebriefViewModel vm = new DebriefViewModel(r, store, replayed, tasks.background(), tasks.fx());
        DebriefView view = new DebriefView(vm, results, nav, () -> nav.show(history(nav)));
        vm.start();
        return view;
    }

    /** The history of saved attempts. */
    public Screen history(Navigator nav) {
        HistoryViewModel vm = new HistoryViewModel(store, Debriefs::scenario);
        return new HistoryView(vm, nav, tasks, (r, rec) -> nav.show(open(r, new ResultsViewModel(r, null, false), rec, nav)));
    }

    /** The app bar's "History" button. */
    public static Button button(Runnable open) {
        Button b = new Button("History");
        b.setId("app-history");
        b.setOnAction(e -> open.run());
        return b;
    }

    static Scenario scenario(String id) {
        try {
            return ScenarioLoader.load(id);
        } catch (Exception e) {
            java.nio.file.Path user = firedrill.app.author.UserScenarios.fileOf(id);
            try {
                return user != null && java.nio.file.Files.isRegularFile(user) ? ScenarioLoader.load(user) : null;
            } catch (Exception e2) {
                return null;
            }
        }
    }
}
