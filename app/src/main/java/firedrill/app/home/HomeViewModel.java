package firedrill.app.home;

import firedrill.app.fx.Formats;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario library: one card per shipped and user scenario, with the trainee's personal best.
 * The library is listed in the background ({@link Library}, summaries only) and bound when done;
 * a card's scenario is loaded, also in the background, when it is played or edited. Use on the FX
 * thread, and {@link #dispose()} when the screen goes (the bests listener).
 */
public final class HomeViewModel {
    /** What a library card shows. {@code best} is a one-line summary or empty. */
    public record Card(String id, Library.Entry entry, String title, String date, String difficulty, String duration,
                       String summary, List<String> objectives, String best) {}

    private final PersonalBests bests;
    private final TaskExecutor tasks;
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<Card> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    // Bests change on the save lane (a finished run): rebuild on the FX thread.
    private final ChangeListener<Map<String, PersonalBests.Best>> bestsChanged;
    private final Library library;
    private List<Library.Entry> entries = List.of();
    private TaskExecutor.Job listing;
    private boolean disposed;

    public HomeViewModel(PersonalBests bests, Library library, TaskExecutor tasks) {
        this.bests = bests;
        this.library = library;
        this.tasks = tasks;
        this.bestsChanged = (o, a, b) -> tasks.fx().execute(this::rebuild);
        bests.bestsProperty().addListener(bestsChanged);
        loading.set(true);
    }

    /** Lists the library in the background (once); the cards appear when it is done. */
    public void load() {
        if (listing != null || disposed) {
            return;
        }
        listing = tasks.submit("loading the scenario library", library::list, this::bind, e -> {
            loading.set(false);
            problem.set("The scenario library could not be loaded: " + e.getMessage());
        });
        if (loading.get()) {
            progress.bind(listing.progressProperty());
        }
    }

    private void bind(Library.Listing l) {
        progress.unbind();
        progress.set(1);
        entries = l.entries();
        problem.set(String.join("\n", l.problems()));
        rebuild();
        loading.set(false);
    }

    private void rebuild() {
        List<Card> out = new ArrayList<>();
        Map<String, PersonalBests.Best> b = bests.bestsProperty().get();
        for (Library.Entry e : entries) {
            out.add(card(e, b));
        }
        cards.setAll(out);
    }

    static Card card(Library.Entry e, Map<String, PersonalBests.Best> bests) {
        String duration = e.estimatedMinutes() == null ? "" : "about " + e.estimatedMinutes() + " min";
        return new Card(e.id(), e, e.title(), Formats.date(e.date()), e.difficulty() == null ? "" : e.difficulty(),
                duration, e.summary() == null ? "" : e.summary(), e.objectives(), bestLine(bests.get(e.id())));
    }

    static String bestLine(PersonalBests.Best b) {
        if (b == null) {
            return "No personal best yet";
        }
        return String.format(Locale.ROOT, "Personal best: %.0f impact-minutes · API recovered %s · %d/%d milestones (%s)",
                b.impactMinutes(), b.apiFullRecovery() == null ? "never" : "at " + b.apiFullRecovery(),
                b.milestonesWithin(), b.milestones(), b.mode() == null ? "" : b.mode().toLowerCase(Locale.ROOT));
    }

    /** Loads a card's scenario in the background and hands it to {@code then} (FX thread); a failure is shown. */
    public void open(Card card, Consumer<Scenario> then) {
        load(card.entry().file() == null ? card.id() : card.entry().file().toString(), p -> card.entry().load(), then);
    }

    /** Opens a scenario file in the background; hands it to {@code then}, or says in {@link #problemProperty()} why not. */
    public void open(Path file, Consumer<Scenario> then) {
        load(file.toString(), p -> ScenarioLoader.load(file), then);
    }

    private void load(String what, TaskExecutor.Work<Scenario> work, Consumer<Scenario> then) {
        if (opening.get()) {
            return;
        }
        opening.set(true);
        tasks.submit("opening " + what, work, s -> {
            opening.set(false);
            problem.set("");
            then.accept(s);
        }, e -> {
            opening.set(false);
            if (e instanceof InvalidInputException bad) {
                problem.set(String.join("\n", bad.problems().stream().map(Object::toString).limit(5).toList()));
            } else {
                problem.set(what + ": " + e.getMessage());
            }
        });
    }

    /** Stops listening to the bests and drops a listing still under way (the screen is gone). */
    public void dispose() {
        disposed = true;
        bests.bestsProperty().removeListener(bestsChanged);
        if (listing != null) {
            listing.cancel();
        }
    }

    public ObservableList<Card> cards() {
        return cardsView;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True until the library has been listed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How far the listing got, 0..1 (-1 while unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a card's scenario is being loaded (its buttons wait). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }
}
