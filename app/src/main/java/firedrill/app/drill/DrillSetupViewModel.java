package firedrill.app.drill;

import firedrill.app.fx.TaskExecutor;
import firedrill.app.practice.Difficulty;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.IOException;
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
    /** The role of someone in the room who watches and takes no part (never a decider). */
    public static final String OBSERVER = "Observer";

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
    private final ReadOnlyStringWrapper rosterProblem = new ReadOnlyStringWrapper(this, "rosterProblem", "");
    private final ObservableList<TeamStore.Team> teams = FXCollections.observableArrayList();
    private final java.util.Set<String> userScenarioIds = new java.util.HashSet<>();
    private final TeamStore teamStore;
    private final BooleanBinding canStart;

    /** What the set-up reads before it can be used: the shipped scenarios, why some failed, the autosave. */
    private record Loaded(List<Scenario> scenarios, List<String> problems, DrillStore.Interrupted interrupted) {}

    public DrillSetupViewModel(DrillStore store, TaskExecutor tasks) {
        this.store = store;
        this.tasks = tasks;
        this.teamStore = store == null ? null : new TeamStore(store.dir());
        for (String r : DrillRecord.STANDARD_ROLES) {
            roster.add(new Person("", r));
        }
        roster.addListener((javafx.collections.ListChangeListener<Person>) c -> {
            while (c.next()) {
                for (Person p : c.getAddedSubList()) {
                    p.nameProperty().addListener((o, a, b) -> checkRoster());
                    p.roleProperty().addListener((o, a, b) -> checkRoster());
                }
            }
            checkRoster();
        });
        for (Person p : roster) {
            p.nameProperty().addListener((o, a, b) -> checkRoster());
            p.roleProperty().addListener((o, a, b) -> checkRoster());
        }
        roles.addListener((javafx.collections.ListChangeListener<String>) c -> checkRoster());
        canStart = Bindings.createBooleanBinding(() -> scenario.get() != null && parseSeed(seedText.get()) != null
                && !busy.get() && rosterProblem.get().isEmpty(), scenario, seedText, busy, rosterProblem);
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
        // The user's own scenarios, loaded and validated exactly like the library does (strict, every problem named).
        for (firedrill.app.author.UserScenarios.Entry e : firedrill.app.author.UserScenarios.list(problems)) {
            out.add(e.scenario());
        }
        return new Loaded(out, problems, store == null ? null : store.interrupted());
    }

    private void bind(Loaded l) {
        scenarios.setAll(l.scenarios());
        problem.set(String.join("\n", l.problems()));
        scenario.set(scenarios.stream().filter(s -> "openai-2024-12-11".equals(s.id())).findFirst()
                .orElse(scenarios.isEmpty() ? null : scenarios.get(0)));
        userScenarioIds.clear();
        for (Scenario x : l.scenarios()) {
            if (!ScenarioLoader.shippedIds().contains(x.id())) {
                userScenarioIds.add(x.id());
            }
        }
        interrupted.set(l.interrupted());
        loadTeams();
        teams.stream().filter(t -> TeamStore.LAST.equals(t.name())).findFirst().ifPresent(this::useTeam);
        busy.set(false);
    }

    private void working(String text) {
        busyText.set(text);
        busy.set(true);
    }

    /** Why the team cannot start yet (a named person without a role), or "". */
    private void checkRoster() {
        List<String> missing = new ArrayList<>();
        for (Person p : roster) {
            String name = p.nameProperty().get() == null ? "" : p.nameProperty().get().trim();
            String role = p.roleProperty().get();
            if (!name.isEmpty() && (role == null || !(roles.contains(role) || OBSERVER.equals(role)))) {
                missing.add(name);
            }
        }
        rosterProblem.set(missing.isEmpty() ? "" : String.join(", ", missing) + (missing.size() == 1 ? " has" : " have")
                + " no role: choose one, or " + OBSERVER + " for someone who only watches.");
    }

    /** Whether a person's role is missing (the set-up marks the row). */
    public boolean roleMissing(Person p) {
        String name = p.nameProperty().get() == null ? "" : p.nameProperty().get().trim();
        String role = p.roleProperty().get();
        return !name.isEmpty() && (role == null || !(roles.contains(role) || OBSERVER.equals(role)));
    }

    /** The roles a person can be given: the drill's roles, then {@value #OBSERVER}. */
    public List<String> roleChoices() {
        List<String> out = new ArrayList<>(roles);
        out.add(OBSERVER);
        return out;
    }

    /** Whether the scenario is one of the user's own (not shipped). */
    public boolean isUserScenario(Scenario s) {
        return s != null && userScenarioIds.contains(s.id());
    }

    // ---- saved teams ------------------------------------------------------------------------------

    private void loadTeams() {
        if (teamStore == null) {
            return;
        }
        try {
            teams.setAll(teamStore.load());
        } catch (InvalidInputException e) {
            problem.set("Saved teams cannot be read (" + (e.problems().isEmpty() ? e.getMessage()
                    : e.problems().get(0).toString()) + "); the file is left as it is.");
        }
    }

    /** Fills roles and roster from a saved team. */
    public void useTeam(TeamStore.Team t) {
        if (t == null) {
            return;
        }
        List<String> rs = new ArrayList<>(t.roles().isEmpty() ? DrillRecord.STANDARD_ROLES : t.roles());
        roles.setAll(rs);
        List<Person> people = new ArrayList<>();
        for (DrillRecord.Member m : t.roster()) {
            people.add(new Person(m.name(), m.role()));
        }
        roster.setAll(people);
        checkRoster();
    }

    /** Saves the roles and named people as a team (false with the problem set when it cannot). */
    public boolean saveTeam(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || teamStore == null) {
            problem.set("Give the team a name to save it.");
            return false;
        }
        try {
            teamStore.save(new TeamStore.Team(n, List.copyOf(roles), members()));
            loadTeams();
            problem.set("");
            return true;
        } catch (IOException | InvalidInputException e) {
            problem.set("Could not save the team: " + e.getMessage());
            return false;
        }
    }

    public ObservableList<TeamStore.Team> teams() {
        return teams;
    }

    public ReadOnlyStringProperty rosterProblemProperty() {
        return rosterProblem.getReadOnlyProperty();
    }

    private List<DrillRecord.Member> members() {
        List<DrillRecord.Member> members = new ArrayList<>();
        for (Person p : roster) {
            String name = p.nameProperty().get() == null ? "" : p.nameProperty().get().trim();
            if (!name.isEmpty()) {
                members.add(new DrillRecord.Member(name, p.roleProperty().get()));
            }
        }
        return members;
    }

    static Long parseSeed(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The set-up as entered; null when the seed is not a whole number or no scenario is chosen. */
    public DrillSetup build() {
        Long seed = parseSeed(seedText.get());
        Scenario s = scenario.get();
        if (seed == null || s == null) {
            problem.set(s == null ? "Choose a scenario." : "The seed must be a whole number.");
            return null;
        }
        checkRoster();
        if (!rosterProblem.get().isEmpty()) {
            problem.set(rosterProblem.get());
            return null;
        }
        return new DrillSetup(s, new ModelSpec(s), seed, difficulty.get(), showSpeed.get(), List.copyOf(roles), members(),
                null, null);
    }

    /**
     * Starts the drill (and its first autosave) in the background and hands it to {@code then} on the FX
     * thread; with {@link #problemProperty()} saying why when it cannot. The team is remembered as the last one.
     */
    public void start(Consumer<Drill> then) {
        if (busy.get()) {
            return;
        }
        DrillSetup setup = build();
        if (setup == null) {
            return;
        }
        TeamStore teamsFile = teamStore;
        working("Starting the drill…");
        run("starting the drill", () -> {
            if (teamsFile != null) {
                try {
                    teamsFile.save(new TeamStore.Team(TeamStore.LAST, setup.roles(), setup.roster()));
                } catch (IOException | InvalidInputException e) {
                    // Remembering the team is a convenience: the drill starts anyway, and the log says why not.
                    org.slf4j.LoggerFactory.getLogger(DrillSetupViewModel.class).warn("Could not remember the team", e);
                }
            }
            return Drill.start(setup, store);
        }, then, "Could not start the drill: ");
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
            problem.set("The interrupted drill used scenario \"" + r.scenario() + "\", which is neither shipped nor one of "
                    + "your scenarios.");
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

    /**
     * Removes a role. Whoever had it has no role now — the set-up says so and the drill cannot start
     * until they get another role (or {@value #OBSERVER}).
     */
    public void removeRole(String role) {
        roles.remove(role);
        for (Person p : roster) {
            if (role.equals(p.roleProperty().get())) {
                p.roleProperty().set(null);
            }
        }
        checkRoster();
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
