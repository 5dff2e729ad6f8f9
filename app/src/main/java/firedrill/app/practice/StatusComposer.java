package firedrill.app.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Writes a status update the way a status page reads (docs/scoring.md, status updates): where things
 * stand, which products are affected, what users see, what is being done, and when the next update
 * comes — composed into one text, which is what gets posted, recorded and scored. No toolkit needed.
 * <p>Example: Identified · ChatGPT, API · "most requests fail" · "we are shedding load" · 30 min →
 * "Identified: ChatGPT and API — most requests fail. We are shedding load. Next update by 15:55."
 */
public final class StatusComposer {
    /** Longest text a status update may carry (as a playbook step's). */
    public static final int MAX_TEXT = 2000;
    /** The phases of a status page. */
    public static final List<String> PHASES = List.of("Investigating", "Identified", "Monitoring", "Resolved");

    /** A product that can be named, with what the probes show now ("18%", "no data"). */
    public record Product(String id, String name, String seen) {}

    private final ObjectProperty<String> phase = new SimpleObjectProperty<>(this, "phase", PHASES.get(0));
    private final ObservableList<String> named = FXCollections.observableArrayList();
    private final StringProperty impact = new SimpleStringProperty(this, "impact", "");
    private final StringProperty doing = new SimpleStringProperty(this, "doing", "");
    private final IntegerProperty nextMinutes = new SimpleIntegerProperty(this, "nextMinutes", 30);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final List<String> ids;
    private final List<String> names;
    private final IntSupplier now;
    private final IntFunction<String> clock;

    /**
     * @param ids   product ids, in the scenario's order
     * @param names their names
     * @param now   the simulated tick now (for the next update's time)
     * @param clock tick → local time "HH:MM"
     */
    public StatusComposer(List<String> ids, List<String> names, IntSupplier now, IntFunction<String> clock) {
        this.ids = List.copyOf(ids);
        this.names = List.copyOf(names);
        this.now = now;
        this.clock = clock;
        for (Observable o : List.<Observable>of(phase, named, impact, doing, nextMinutes)) {
            o.addListener(x -> recompose());
        }
        recompose();
    }

    /** Recomposes with the clock as it is now (the next update's time moves with it). */
    public void refresh() {
        recompose();
    }

    /** Clears what was written for the next update (the phase and products stay). */
    public void clearWords() {
        impact.set("");
        doing.set("");
    }

    private void recompose() {
        StringBuilder sb = new StringBuilder();
        sb.append(phase.get() == null ? PHASES.get(0) : phase.get()).append(':');
        List<String> products = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (named.contains(ids.get(i))) {
                products.add(names.get(i));
            }
        }
        String what = trim(impact.get());
        if (!products.isEmpty()) {
            sb.append(' ').append(join(products));
            sb.append(what.isEmpty() ? "." : " — " + what + sentenceEnd(what));
        } else if (!what.isEmpty()) {
            sb.append(' ').append(capitalise(what)).append(sentenceEnd(what));
        }
        String act = trim(doing.get());
        if (!act.isEmpty()) {
            sb.append(' ').append(capitalise(act)).append(sentenceEnd(act));
        }
        if (nextMinutes.get() > 0 && !"Resolved".equals(phase.get())) {
            sb.append(" Next update by ").append(clock.apply(now.getAsInt() + nextMinutes.get() * 60)).append('.');
        }
        String t = sb.toString().trim();
        text.set(t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
        problem.set(what.isEmpty() && act.isEmpty() ? "Write what users see or what is being done." : "");
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    private static String sentenceEnd(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? "" : ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The products with what the probes show now ({@code seen} gives an id's observed availability, NaN unknown). */
    public List<Product> products(java.util.function.ToDoubleFunction<String> seen) {
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double v = seen.applyAsDouble(ids.get(i));
            out.add(new Product(ids.get(i), names.get(i), Double.isNaN(v) ? "no data"
                    : String.format(Locale.ROOT, "%.0f%%", 100 * v)));
        }
        return out;
    }

    public ObjectProperty<String> phaseProperty() {
        return phase;
    }

    /** Ids of the products the update names. */
    public ObservableList<String> named() {
        return named;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public StringProperty doingProperty() {
        return doing;
    }

    public IntegerProperty nextMinutesProperty() {
        return nextMinutes;
    }

    /** The update as it will be posted. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    /** Why it cannot be posted yet, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
