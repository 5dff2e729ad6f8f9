package firedrill.app.drill;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.drill.DrillReport;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The drills kept in {@code DATA/drills/}: ended ones ({@code drill-*.json}), set-aside ones
 * ({@code interrupted-*.json}) and the one under way or interrupted ({@code autosave.json}), each with
 * its reports in {@code reports/}. Re-exports a report, puts a set-aside drill back for resuming, and
 * compares two drills of the same scenario and seed. No toolkit; the methods that score run for a
 * second or two and belong off the FX thread.
 */
public final class DrillHistory {
    /** What kind of file a drill is kept in. */
    public enum Kind {
        ENDED("ended"), SET_ASIDE("set aside"), INTERRUPTED("interrupted"), UNREADABLE("unreadable");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One drill file: its record (null when unreadable, with why), and the reports written for it. */
    public record Entry(Path file, Kind kind, DrillRecord record, String problem, List<Path> reports) {
        /** Scenario and seed, for pairing drills that can be compared fairly. */
        public String pairKey() {
            return record == null ? null : record.scenario() + "#" + record.seed();
        }
    }

    /** Two drills side by side: the measures of each, and of the real team over the span of each. */
    public record Comparison(Entry a, Entry b, AfterActionReport reportA, AfterActionReport reportB) {}

    private final DrillStore store;
    private final Function<String, Scenario> scenarios;

    /** @param scenarios a scenario by id — shipped or the user's own (null when unknown) */
    public DrillHistory(DrillStore store, Function<String, Scenario> scenarios) {
        this.store = store;
        this.scenarios = scenarios;
    }

    /** Every drill kept, newest first (by the wall-clock time it started). */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        Path dir = store.dir();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            out.add(new Entry(dir, Kind.UNREADABLE, null, "cannot list the folder: " + e.getMessage(), List.of()));
            return out;
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Kind kind = name.startsWith("drill-") ? Kind.ENDED : name.startsWith("interrupted-") ? Kind.SET_ASIDE
                    : name.equals(DrillStore.AUTOSAVE) ? Kind.INTERRUPTED : null;
            if (kind == null) {
                continue; // teams.json and anything else that is not a drill
            }
            try {
                DrillRecord r = DrillRecord.read(f);
                out.add(new Entry(f, kind, r, null, reportsOf(r)));
            } catch (InvalidInputException e) {
                out.add(new Entry(f, Kind.UNREADABLE, null, e.problems().isEmpty() ? "cannot be read"
                        : e.problems().get(0).toString(), List.of()));
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.record() == null || e.record().startedAt() == null ? ""
                : e.record().startedAt()).reversed());
        return out;
    }

    /** Reports written for a drill (HTML), newest last: their names start with the scenario and start stamp. */
    List<Path> reportsOf(DrillRecord r) {
        Path dir = store.reportsDir();
        if (r.startedAt() == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = r.scenario() + "-" + DrillStore.stamp(r.startedAt()) + "-at-";
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.html")) {
            for (Path p : ds) {
                if (p.getFileName().toString().startsWith(prefix)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    /** Why a drill cannot be scored or resumed now (its scenario missing or changed), or empty. */
    public Optional<String> problem(Entry e) {
        if (e.record() == null) {
            return Optional.of(e.problem());
        }
        Scenario s = scenario(e.record().scenario());
        if (s == null) {
            return Optional.of("Scenario \"" + e.record().scenario() + "\" is neither shipped nor one of your scenarios.");
        }
        return e.record().mismatch(new ModelSpec(s));
    }

    private Scenario scenario(String id) {
        try {
            return scenarios.apply(id);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** Scores the drill again and writes its report (HTML and JSON) to the reports folder; returns the HTML. */
    public Path export(Entry e) throws IOException {
        AfterActionReport report = report(e);
        DrillRecord r = e.record();
        String at = new ModelSpec(scenario(r.scenario())).timeOf(r.tick() == null ? 0 : r.tick()).replace(":", "")
                .replace("+", "d");
        Path html = store.reportsDir().resolve(r.scenario() + "-" + DrillStore.stamp(r.startedAt()) + "-at-" + at + ".html");
        AtomicWrite.write(html, report.toHtml().getBytes(StandardCharsets.UTF_8));
        AtomicWrite.write(DrillViewModel.jsonOf(html), report.toJson().getBytes(StandardCharsets.UTF_8));
        return html;
    }

    /** The drill's after-action report (scored up to its end). */
    public AfterActionReport report(Entry e) {
        Optional<String> p = problem(e);
        if (p.isPresent()) {
            throw new IllegalArgumentException(p.get());
        }
        return DrillReport.report(new ModelSpec(scenario(e.record().scenario())), e.record());
    }

    /**
     * Puts a set-aside drill back as the interrupted one, so the set-up offers to resume it. Refused
     * while another drill is interrupted (resume or set that one aside first).
     */
    public void restore(Entry e) throws IOException {
        if (e.kind() != Kind.SET_ASIDE) {
            throw new IOException("only a drill that was set aside can be put back");
        }
        if (Files.exists(store.autosaveFile())) {
            throw new IOException("another drill is waiting to be resumed; resume it or set it aside first");
        }
        firedrill.app.session.AtomicWrite.move(e.file(), store.autosaveFile());
    }

    /** Whether two drills can be compared fairly: same scenario (same content) and the same seed. */
    public static boolean comparable(Entry a, Entry b) {
        return a != null && b != null && a != b && a.record() != null && b.record() != null
                && a.pairKey().equals(b.pairKey()) && a.record().scenarioHash().equals(b.record().scenarioHash());
    }

    /** Scores both drills (each up to its own end) for a side-by-side comparison. */
    public Comparison compare(Entry a, Entry b) {
        if (!comparable(a, b)) {
            throw new IllegalArgumentException("only two drills of the same scenario and seed can be compared");
        }
        return new Comparison(a, b, report(a), report(b));
    }

    /** The comparison's rows: measure, drill A, drill B. */
    public static List<String[]> rows(Comparison c) {
        List<String[]> out = new ArrayList<>();
        Scorecard x = c.reportA().card();
        Scorecard y = c.reportB().card();
        out.add(new String[] {"Team", team(c.a().record()), team(c.b().record())});
        out.add(new String[] {"Started (wall clock)", c.a().record().startedAt(), c.b().record().startedAt()});
        out.add(new String[] {"Scored up to (drill clock)", x.spec().timeOf(x.scoredTo()), y.spec().timeOf(y.scoredTo())});
        out.add(new String[] {"Grade", x.grade().value() + " · " + x.grade().label(), y.grade().value() + " · " + y.grade().label()});
        out.add(new String[] {"Impact-minutes (real team over the same span)",
                String.format(Locale.ROOT, "%.1f (%.1f)", x.impactMinutes(), x.referenceImpactMinutes()),
                String.format(Locale.ROOT, "%.1f (%.1f)", y.impactMinutes(), y.referenceImpactMinutes())});
        out.add(new String[] {"First effective mitigation", mitigation(x), mitigation(y)});
        out.add(new String[] {"Decisions (harmful)", x.decisions().size() + " (" + x.harmful().size() + ")",
                y.decisions().size() + " (" + y.harmful().size() + ")"});
        out.add(new String[] {"Half-hours with a status update", x.cadence().slotsCovered() + " of " + x.cadence().slots(),
                y.cadence().slotsCovered() + " of " + y.cadence().slots()});
        out.add(new String[] {"Responders idle while customers were affected",
                String.format(Locale.ROOT, "%.0f%%", 100 * x.idle().share()), String.format(Locale.ROOT, "%.0f%%", 100 * y.idle().share())});
        for (int k = 0; k < x.services().size() && k < y.services().size(); k++) {
            Scorecard.ServiceResult s = x.services().get(k);
            Scorecard.ServiceResult t = y.services().get(k);
            out.add(new String[] {s.name() + " fully recovered", recovered(x, s), recovered(y, t)});
        }
        out.add(new String[] {"Observations", String.valueOf(c.a().record().currentObservations().size()),
                String.valueOf(c.b().record().currentObservations().size())});
        return out;
    }

    private static String team(DrillRecord r) {
        List<String> names = new ArrayList<>();
        for (DrillRecord.Member m : r.roster()) {
            names.add(m.name());
        }
        return names.isEmpty() ? "(no names)" : String.join(", ", names);
    }

    private static String mitigation(Scorecard c) {
        Scorecard.Mitigation m = c.firstMitigation();
        return m == null ? "none" : c.spec().timeOf(m.issuedTick()) + " " + m.action();
    }

    private static String recovered(Scorecard c, Scorecard.ServiceResult s) {
        if (s.run().fullRecovery() >= 0) {
            return c.spec().timeOf(s.run().fullRecovery());
        }
        return c.endedEarly() ? "not by " + c.spec().timeOf(c.scoredTo()) : "never";
    }
}
