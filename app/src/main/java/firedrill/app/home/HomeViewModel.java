package firedrill.app.home;

import firedrill.app.fx.Formats;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The scenario library: one card per shipped scenario, with the trainee's personal best. */
public final class HomeViewModel {
    /** What a library card shows. {@code best} is a one-line summary or empty. */
    public record Card(String id, Scenario scenario, String title, String date, String difficulty, String duration,
                       String summary, List<String> objectives, String best) {}

    private final PersonalBests bests;
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<Card> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final List<Scenario> scenarios = new ArrayList<>();

    public HomeViewModel(PersonalBests bests) {
        this.bests = bests;
        load();
        bests.bestsProperty().addListener((o, a, b) -> rebuild());
    }

    private void load() {
        List<String> problems = new ArrayList<>();
        for (String id : ScenarioLoader.shippedIds()) {
            try {
                scenarios.add(ScenarioLoader.loadShipped(id));
            } catch (InvalidInputException | RuntimeException e) {
                problems.add(id + ": " + e.getMessage());
            }
        }
        // The user's own scenarios (DataDir/scenarios), made in the editor: they play like shipped ones.
        scenarios.addAll(firedrill.app.author.UserScenarios.load(problems));
        problem.set(String.join("\n", problems));
        rebuild();
    }

    private void rebuild() {
        List<Card> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            out.add(card(s, bests.bestsProperty().get()));
        }
        cards.setAll(out);
    }

    static Card card(Scenario s, Map<String, PersonalBests.Best> bests) {
        Meta m = s.meta();
        String duration = m.estimatedMinutes() == null ? "" : "about " + m.estimatedMinutes() + " min";
        return new Card(s.id(), s, m.title(), Formats.date(m.date()), m.difficulty() == null ? "" : m.difficulty(),
                duration, m.summary() == null ? "" : m.summary(), m.learningObjectives(), bestLine(bests.get(s.id())));
    }

    static String bestLine(PersonalBests.Best b) {
        if (b == null) {
            return "No personal best yet";
        }
        return String.format(Locale.ROOT, "Personal best: %.0f impact-minutes · API recovered %s · %d/%d milestones (%s)",
                b.impactMinutes(), b.apiFullRecovery() == null ? "never" : "at " + b.apiFullRecovery(),
                b.milestonesWithin(), b.milestones(), b.mode() == null ? "" : b.mode().toLowerCase(Locale.ROOT));
    }

    /** Opens a scenario file; returns it, or null with {@link #problemProperty()} saying why. */
    public Scenario open(Path file) {
        try {
            Scenario s = ScenarioLoader.load(file);
            problem.set("");
            return s;
        } catch (InvalidInputException e) {
            problem.set(String.join("\n", e.problems().stream().map(Object::toString).limit(5).toList()));
        } catch (RuntimeException e) {
            problem.set(file + ": " + e.getMessage());
        }
        return null;
    }

    public ObservableList<Card> cards() {
        return cardsView;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
