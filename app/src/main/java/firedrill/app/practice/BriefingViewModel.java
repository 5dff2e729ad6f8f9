package firedrill.app.practice;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.Team;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The briefing: who you are, what changed today, and how you want to play (mode, clock, seed). */
public final class BriefingViewModel {
    /** How the quiet minutes before the first alert pass. */
    public enum PreAlert {
        X60("60×", Speed.X60, false),
        X300("300×", Speed.X300, false),
        SKIP("Skip to the first alert", Speed.X300, true);

        private final String label;
        private final Speed speed;
        private final boolean skip;

        PreAlert(String label, Speed speed, boolean skip) {
            this.label = label;
            this.speed = speed;
            this.skip = skip;
        }

        public String label() {
            return label;
        }

        public Speed speed() {
            return speed;
        }

        public boolean skip() {
            return skip;
        }
    }

    private final Scenario scenario;
    private ModelSpec spec;
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>(this, "difficulty", Difficulty.STANDARD);
    private final ObjectProperty<PreAlert> preAlert = new SimpleObjectProperty<>(this, "preAlert", PreAlert.X300);
    private final ObjectProperty<Speed> incidentSpeed = new SimpleObjectProperty<>(this, "incidentSpeed", Speed.X10);
    private final StringProperty seedText = new SimpleStringProperty(this, "seedText", "1");
    private final ReadOnlyBooleanWrapper seedValid = new ReadOnlyBooleanWrapper(this, "seedValid", true);
    private final ReadOnlyBooleanWrapper incidentSpeedLocked = new ReadOnlyBooleanWrapper(this, "incidentSpeedLocked");
    private final ReadOnlyStringWrapper modeDescription = new ReadOnlyStringWrapper(this, "modeDescription");
    private final BooleanBinding canStart;

    public BriefingViewModel(Scenario scenario) {
        this.scenario = scenario;
        seedText.addListener((o, a, b) -> seedValid.set(parseSeed(b) != null));
        difficulty.addListener((o, a, b) -> onDifficulty(b));
        onDifficulty(difficulty.get());
        canStart = Bindings.createBooleanBinding(seedValid::get, seedValid);
    }

    private void onDifficulty(Difficulty d) {
        incidentSpeedLocked.set(d.realtimeAfterAlert());
        if (d.realtimeAfterAlert()) {
            incidentSpeed.set(Speed.X1);
        } else if (incidentSpeed.get() == Speed.X1) {
            incidentSpeed.set(Speed.X10);
        }
        modeDescription.set(d.description());
    }

    static Long parseSeed(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The session to start; null when the seed is not a whole number. */
    public PracticeSession session() {
        Long seed = parseSeed(seedText.get());
        if (seed == null) {
            return null;
        }
        return new PracticeSession(scenario, spec(), difficulty.get(), seed, preAlert.get().speed(),
                preAlert.get().skip(), incidentSpeed.get());
    }

    public ModelSpec spec() {
        if (spec == null) {
            spec = new ModelSpec(scenario);
        }
        return spec;
    }

    public Scenario scenario() {
        return scenario;
    }

    public String title() {
        return scenario.meta().title();
    }

    public String dateLine() {
        Meta m = scenario.meta();
        String horizon = m.horizon() == null ? ModelSpec.DEFAULT_HORIZON : m.horizon();
        return firedrill.app.fx.Formats.date(m.date()) + " · starts " + m.start() + " local time"
                + (m.timezone() == null ? "" : " (" + m.timezone() + ")") + " · ends by " + horizon;
    }

    public String role() {
        return nz(scenario.meta().role());
    }

    public String summary() {
        return nz(scenario.meta().summary());
    }

    public String briefing() {
        return nz(scenario.meta().briefing());
    }

    public String team() {
        Team t = scenario.team();
        int n = t == null || t.responders() == null ? 1 : t.responders();
        String s = n + (n == 1 ? " responder" : " responders") + " on call, you included";
        if (t != null && t.escalationAdds() != null && t.escalationAdds() > 0) {
            s += "; escalating pages " + t.escalationAdds() + " more";
            if (t.escalationDelay() != null) {
                s += ", who join after " + ScenarioTime.seconds(t.escalationDelay()) / 60 + " min";
            }
        }
        return s + ". Each action occupies one responder for its duration.";
    }

    public int responders() {
        Team t = scenario.team();
        return t == null || t.responders() == null ? 1 : t.responders();
    }

    /**
     * The learning objectives for the chosen difficulty: the specific measures in Guided practice (when
     * the scenario spells them out), otherwise the skills, which do not give the answer away.
     */
    public List<String> objectives() {
        return scenario.meta().objectives(difficulty.get() == Difficulty.GUIDED);
    }

    public String difficultyTag() {
        return nz(scenario.meta().difficulty());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObjectProperty<Difficulty> difficultyProperty() {
        return difficulty;
    }

    public ObjectProperty<PreAlert> preAlertProperty() {
        return preAlert;
    }

    public ObjectProperty<Speed> incidentSpeedProperty() {
        return incidentSpeed;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public ReadOnlyBooleanProperty seedValidProperty() {
        return seedValid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty incidentSpeedLockedProperty() {
        return incidentSpeedLocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modeDescriptionProperty() {
        return modeDescription.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }
}
