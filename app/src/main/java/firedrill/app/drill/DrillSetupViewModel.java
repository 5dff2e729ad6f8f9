package firedrill.app.drill;

import firedrill.app.fx.TaskExecutor;
import firedrill.app.practice.Difficulty;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drill set-up: scenario, seed, difficulty, whether the team sees the clock speed, roles (the
 * standard four plus custom ones), the roster (who plays which role), and the participant display.
 * Offers to resume a drill whose autosave is still there (it was interrupted). The shipped scenarios
 * and the autosave are read, and a drill is started or resumed (the command log replayed), on the
 * {@link TaskExecutor}'s workers; the FX thread only binds the results. No toolkit needed.
 */
public final class DrillSetupViewModel {
    /** A line of the roster being edited. */
    public static final class Person {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObjectProperty<String> role = new SimpleObjectProperty<>(this, "role");

        public Person(String name, String role) {
            this.name.set(name == null ? "" : name);
            this.role.set(role);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<String> roleProperty() {
            return role;
        }
    }

    private final DrillStore store;
    private final TaskExecutor tasks;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final StringProperty seedText = new SimpleStringProperty(this, "seedText", "1");
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>(this, "difficulty", Difficulty.STANDARD);
    private final BooleanProperty showSpeed = new SimpleBooleanProperty(this, "showSpeed", true);
    private final ObservableList<String> roles = FXCollections.observableArrayList(DrillRecord.STANDARD_ROLES);
    private final ObservableList<Person> roster = FXCollections.observableArrayList();
    private final IntegerProperty screenIndex = new SimpleIntegerProperty(this, "screenIndex", -1);
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen", true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<DrillStore.Interrupted> interrupted = new ReadOnlyObjectWrapper<>(this, "interrupted");
    private final BooleanBinding canStart;

    /** What the set-up reads before it can be used: the shipped scenarios, why some failed, the autosave. */
    private record Loaded(List<Scenario> scenarios, List<String> problems, DrillStore.Interrupted interrupted) {}

    public DrillSetupViewModel(DrillStore store, TaskExecutor tasks) {
        this.store = store;
        this.tasks = tasks;
        for (String r : DrillRecord.STANDARD_ROLES) {
            roster.add(new Person("", r));
        }
        canStart = Bindings.createBooleanBinding(() -> scenario.get() != null && parseSeed(seedText.get()) != null
                && !busy.get(), scenario, seedText, busy);
        working("Loading the scenarios…");
        tasks.submit("loading the drill set-up", p -> load(store), this::bind, e -> {
            busy.set(false);
            problem.set("Could not load the scenarios: " + e.getMessage());
        });
    }

    private static Loaded load(DrillStore store) {
        List<Scenario> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : ScenarioLoader.shippedIds()) {
            try {
                out.add(ScenarioLoader.loadShipped(id));
            } catch (InvalidInputException | RuntimeException e) {
                problems.add(id + ": " + e.getMessage());
            }
        }
        return new Loaded(out, problems, store == null ? null : store.interrupted());
    }

    private void bind(Loaded l) {
        scenarios.setAll(l.scenarios());
        problem.set(String.join("\n", l.problems()));
        scenario.set(scenarios.stream().filter(s -> "openai-2024-12-11".equals(s.id())).findFirst()
                .orElse(scenarios.isEmpty() ? null : scenarios.get(0)));
        interrupted.set(l.interrupted());
        busy.set(false);
    }

    private void working(String text) {
        busyText.set(text);
        busy.set(true);
    }

    static Long parseSeed(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The named people of the roster with their roles. */
    private List<DrillRecord.Member> members() {
        List<DrillRecord.Member> members = new ArrayList<>();
        for (Person p : roster) {
            String name = p.nameProperty().get() == null ? "" : p.nameProperty().get().trim();
            if (!name.isEmpty()) {
                members.add(new DrillRecord.Member(name, p.roleProperty().get()));
            }
        }
        return List.copyOf(members);
    }

    /**
     * Starts the drill (and its first autosave) in the background and hands it to {@code then} on the FX
     * thread; with {@link #problemProperty()} saying why when it cannot.
     */
    public void start(Consumer<Drill> then) {
        Long seed = parseSeed(seedText.get());
        Scenario s = scenario.get();
        if (seed == null || s == null || busy.get()) {
            problem.set(s == null ? "Choose a scenario." : seed == null ? "The seed must be a whole number." : problem.get());
            return;
        }
        Difficulty d = difficulty.get();
        boolean speed = showSpeed.get();
        List<String> roleList = List.copyOf(roles);
        List<DrillRecord.Member> members = members();
        working("Starting the drill…");
        run("starting the drill", () -> Drill.start(new DrillSetup(s, new ModelSpec(s), seed, d, speed, roleList, members,
                null, null), store), then, "Could not start the drill: ");
    }

    /**
     * Resumes the interrupted drill in the background (its command log is replayed to where it stopped)
     * and hands it to {@code then} on the FX thread; with {@link #problemProperty()} saying why when it cannot.
     */
    public void resume(Consumer<Drill> then) {
        DrillStore.Interrupted i = interrupted.get();
        if (busy.get()) {
            return;
        }
        if (i == null || i.record() == null) {
            problem.set("There is no interrupted drill to resume.");
            return;
        }
        DrillRecord r = i.record();
        Scenario s = scenarios.stream().filter(x -> x.id().equals(r.scenario())).findFirst().orElse(null);
        if (s == null) {
            problem.set("The interrupted drill used scenario \"" + r.scenario() + "\", which is not installed.");
            return;
        }
        working("Replaying the drill to where it stopped…");
        run("resuming the drill", () -> Drill.resume(r, s, store), then, "Cannot resume the interrupted drill: ");
    }

    private void run(String what, java.util.concurrent.Callable<Drill> work, Consumer<Drill> then, String failure) {
        tasks.submit(what, p -> work.call(), d -> {
            busy.set(false);
            problem.set("");
            then.accept(d);
        }, e -> {
            busy.set(false);
            problem.set(failure + e.getMessage());
        });
    }

    /** Sets the interrupted drill aside (kept on disk, not offered again); the file is moved in the background. */
    public void discard() {
        tasks.submit("setting the interrupted drill aside", p -> {
            store.discard();
            return true;
        }, ok -> interrupted.set(null), e -> problem.set("Could not set the interrupted drill aside: " + e.getMessage()));
    }

    /** "Telemetry agent … — stopped at 15:42:10 (saved 2026-…), 3 decisions, 5 observations". */
    public String describeInterrupted() {
        DrillStore.Interrupted i = interrupted.get();
        if (i == null) {
            return "";
        }
        if (i.record() == null) {
            return "An interrupted drill was found but cannot be read: " + i.problem();
        }
        DrillRecord r = i.record();
        Scenario s = scenarios.stream().filter(x -> x.id().equals(r.scenario())).findFirst().orElse(null);
        String title = s == null || s.meta() == null ? r.scenario() : s.meta().title();
        String at = s == null ? "tick " + r.tick() : new ModelSpec(s).clockOf(r.tick());
        int people = r.roster().size();
        String saved = r.savedAt() == null ? "?" : DrillViewModel.localTime(r.savedAt(), "yyyy-MM-dd HH:mm");
        return title + " — stopped at " + at + " (saved " + saved
                + "); " + people + (people == 1 ? " person, " : " people, ") + r.decisions().size()
                + (r.decisions().size() == 1 ? " decision, " : " decisions, ") + r.observations().size()
                + (r.observations().size() == 1 ? " observation." : " observations.");
    }

    public void addRole(String role) {
        String r = role == null ? "" : role.trim();
        if (!r.isEmpty() && !roles.contains(r)) {
            roles.add(r);
        }
    }

    public void removeRole(String role) {
        roles.remove(role);
        for (Person p : roster) {
            if (role.equals(p.roleProperty().get())) {
                p.roleProperty().set(null);
            }
        }
    }

    public Person addPerson() {
        Person p = new Person("", roles.isEmpty() ? null : roles.get(0));
        roster.add(p);
        return p;
    }

    /** The shipped scenarios (empty until loaded). */
    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    /** True while the set-up loads, or a drill is being started or resumed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the set-up is busy with ("Replaying the drill to where it stopped…"). */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public ObjectProperty<Difficulty> difficultyProperty() {
        return difficulty;
    }

    public BooleanProperty showSpeedProperty() {
        return showSpeed;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public ObservableList<Person> roster() {
        return roster;
    }

    public IntegerProperty screenIndexProperty() {
        return screenIndex;
    }

    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillStore.Interrupted> interruptedProperty() {
        return interrupted.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public DrillStore store() {
        return store;
    }
}
