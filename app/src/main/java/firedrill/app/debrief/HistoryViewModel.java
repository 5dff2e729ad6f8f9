package firedrill.app.debrief;

import firedrill.app.session.SessionStore;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Past attempts per scenario from the {@link SessionStore}: date, mode, grade, impact minutes and the
 * grade trend; opens an attempt by replaying its record, or says why it cannot (other scenario content).
 */
public final class HistoryViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HistoryViewModel.class);
    /** One attempt as listed. */
    public record Row(String scenario, int number, String date, String mode, String grade, String impact,
                      SessionStore.Attempt attempt) {
        public String text() {
            return "#" + number + "  " + date + "  " + mode + "  grade " + grade + "  impact " + impact + " min";
        }
    }

    /** A scenario's attempts and grade trend (grades 0–100 as 0..1 for the sparkline). */
    public record Group(String scenario, List<Row> rows, double[] trend, String trendText, List<String> unreadable,
                        String title) {}

    private final SessionStore store;
    private final Function<String, Scenario> scenarios;

    /** @param scenarios loads a scenario by id (null when not installed; an exception, saying why, when damaged) */
    public HistoryViewModel(SessionStore store, Function<String, Scenario> scenarios) {
        this.store = store;
        this.scenarios = scenarios;
    }

    /**
     * The saved attempts, grouped by scenario.
     *
     * @throws java.io.IOException when the store cannot be listed (shown as such, never as "no attempts")
     */
    public List<Group> groups() throws java.io.IOException {
        List<Group> out = new ArrayList<>();
        for (String id : store.scenarios()) {
            SessionStore.History h = store.history(id);
            if (h.attempts().isEmpty() && h.unreadable().isEmpty()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (SessionStore.Attempt a : h.attempts()) {
                SessionRecord r = a.record();
                String date = r.savedAt() == null ? "" : r.savedAt().replace('T', ' ').replace("Z", " UTC");
                rows.add(new Row(id, a.number(), date, r.mode() == null ? "" : r.mode(),
                        a.grade() == null ? "–" : a.grade().toString(),
                        Double.isNaN(a.impactMinutes()) ? "–" : String.format(Locale.ROOT, "%.0f", a.impactMinutes()), a));
            }
            SessionStore.Trend t = h.trend();
            double[] trend = t.grades().stream().mapToDouble(g -> g / 100.0).toArray();
            String text = t.best() == null ? t.direction()
                    : "best " + t.best() + " · latest " + t.latest() + " · " + t.direction();
            List<String> bad = h.unreadable().stream().map(u -> u.file().getFileName() + ": " + u.problem()).toList();
            String title = id;
            try {
                Scenario sc = scenarios.apply(id);
                title = sc == null ? id : sc.meta().title() + " (" + id + ")";
            } catch (RuntimeException e) {
                // The id is title enough; opening an attempt says why its scenario cannot be loaded.
                LOG.warn("Cannot load scenario {} for the history's title", id, e);
            }
            out.add(new Group(id, List.copyOf(rows), trend, text, bad, title));
        }
        return out;
    }

    /** Why an attempt cannot be replayed now, in words, or empty when it can. */
    public Optional<String> problem(Row row) {
        Scenario s;
        try {
            s = scenarios.apply(row.scenario());
        } catch (RuntimeException e) {
            LOG.warn("Cannot load scenario {} to replay attempt #{}", row.scenario(), row.number(), e);
            return Optional.of("Scenario \"" + row.scenario() + "\" cannot be loaded, so this attempt cannot be replayed: "
                    + e.getMessage());
        }
        if (s == null) {
            return Optional.of("Scenario \"" + row.scenario() + "\" is not installed, so this attempt cannot be replayed.");
        }
        return row.attempt().record().mismatch(new ModelSpec(s)).map(m -> "Cannot replay: " + m + ".");
    }

    /** Replays an attempt and scores it like a fresh run (off the FX thread). */
    public RunResult replay(Row row) {
        Scenario s = scenarios.apply(row.scenario());
        ModelSpec spec = new ModelSpec(s);
        SessionRecord r = row.attempt().record();
        Simulation sim = r.replay(spec);
        return RunResults.compute(new FinishedRun(spec, r.seed(), sim, sim.tick(), "Saved attempt #" + row.number(),
                r.mode() == null ? "" : r.mode()));
    }
}
