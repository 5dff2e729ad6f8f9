package firedrill.engine.cohort;

import firedrill.engine.csv.Csv;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.Par;
import firedrill.engine.score.Scorecard;
import firedrill.engine.session.SessionRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A training programme's attempts, scored alike (ADR 0049): every attempt is replayed and re-scored
 * by this engine (not its recorded grade, which depends on the engine and par runs it was saved
 * with), against par for its scenario (the median impact of the reference playbook over
 * {@code parRuns} seeds, or the real team's decisions with the attempt's own seed when 0). Per
 * attempt: grade, impact-minutes against par, when the first effective mitigation was issued, and
 * the lessons the after-action report says were missed (the learning objective a finding links to,
 * or its lesson). Summaries per trainee and scenario, and the lessons missed most often.
 */
public final class Cohort {
    public static final String FORMAT = "firedrill/cohort@1";

    /** One scored attempt. {@code firstMitigation} is the scenario clock (null: none), {@code minutes} since its start. */
    public record Attempt(String trainee, String scenario, String file, String savedAt, int number, int grade,
                          String label, double impactMinutes, double parMinutes, String firstMitigation,
                          Double firstMitigationMinutes, List<String> missed) {
        public double vsPar() {
            return impactMinutes - parMinutes;
        }
    }

    /** A trainee's attempts at one scenario, in order. */
    public record Summary(String trainee, String scenario, List<Attempt> attempts) {
        public int first() {
            return attempts.get(0).grade();
        }

        public int last() {
            return attempts.get(attempts.size() - 1).grade();
        }

        public int best() {
            return attempts.stream().mapToInt(Attempt::grade).max().orElse(0);
        }

        public double meanVsPar() {
            return attempts.stream().mapToDouble(Attempt::vsPar).average().orElse(0);
        }

        /** Median minutes to the first effective mitigation over the attempts that had one, or null. */
        public Double medianFirstMitigation() {
            double[] m = attempts.stream().map(Attempt::firstMitigationMinutes).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            return m.length == 0 ? null : m.length % 2 == 1 ? m[m.length / 2] : (m[m.length / 2 - 1] + m[m.length / 2]) / 2;
        }
    }

    /** A lesson and how many attempts missed it. */
    public record Missed(String lesson, int count) {}

    private final List<Attempt> attempts;
    private final List<Problem> problems;
    private final int parRuns;

    public Cohort(List<Attempt> attempts, List<Problem> problems, int parRuns) {
        List<Attempt> sorted = new ArrayList<>(attempts);
        sorted.sort(Comparator.comparing(Attempt::trainee).thenComparing(Attempt::scenario).thenComparingInt(Attempt::number));
        this.attempts = List.copyOf(sorted);
        this.problems = List.copyOf(problems);
        this.parRuns = parRuns;
    }

    public List<Attempt> attempts() {
        return attempts;
    }

    /** Files, or parts of files, that were refused or could not be scored; the rest is still here. */
    public List<Problem> problems() {
        return problems;
    }

    public int parRuns() {
        return parRuns;
    }

    /** The attempts that pass {@code filter}, as a cohort of their own (same problems). */
    public Cohort filter(Predicate<Attempt> filter) {
        return new Cohort(attempts.stream().filter(filter).toList(), problems, parRuns);
    }

    public List<String> trainees() {
        return attempts.stream().map(Attempt::trainee).distinct().sorted().toList();
    }

    public List<String> scenarios() {
        return attempts.stream().map(Attempt::scenario).distinct().sorted().toList();
    }

    public List<Summary> summaries() {
        Map<String, List<Attempt>> by = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            by.computeIfAbsent(a.trainee() + "\u0000" + a.scenario(), k -> new ArrayList<>()).add(a);
        }
        return by.values().stream().map(l -> new Summary(l.get(0).trainee(), l.get(0).scenario(), List.copyOf(l))).toList();
    }

    /** Lessons by how many attempts missed them, most first (ties by text). */
    public List<Missed> mostMissed() {
        Map<String, Integer> counts = new HashMap<>();
        for (Attempt a : attempts) {
            for (String l : new java.util.LinkedHashSet<>(a.missed())) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Missed(e.getKey(), e.getValue())).toList();
    }

    // ---- scoring --------------------------------------------------------------------------------

    /** A session to score and whose it is. */
    public record Source(String trainee, String file, SessionRecord session) {}

    /** Reports progress and notices cancellation (the app's background task; null: neither). */
    public interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    /**
     * Scores {@code sources}; {@code scenarios} resolves a scenario id (null: unknown). Par is computed
     * once per scenario, the real team's baseline once per scenario and seed. An attempt that cannot be
     * replayed (unknown scenario, another version of it) becomes a problem naming its file.
     */
    public static Cohort score(List<Source> sources, java.util.function.Function<String, Optional<Scenario>> scenarios,
                               int parRuns, List<Problem> readProblems, Progress progress) {
        List<Problem> problems = new ArrayList<>(readProblems);
        Map<String, ModelSpec> specs = new HashMap<>();
        Map<String, Par.Result> pars = new HashMap<>();
        Map<String, Scorecard.Baseline> baselines = new HashMap<>();
        List<Attempt> scored = new ArrayList<>();
        Map<String, List<Source>> groups = new LinkedHashMap<>();
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing((Source s) -> s.session().savedAt() == null ? "" : s.session().savedAt())
                .thenComparing(Source::file));
        for (Source s : ordered) {
            groups.computeIfAbsent(s.trainee() + "\u0000" + s.session().scenario(), k -> new ArrayList<>()).add(s);
        }
        long done = 0;
        for (List<Source> group : groups.values()) {
            int number = 0;
            for (Source s : group) {
                if (progress != null && progress.isCancelled()) {
                    return new Cohort(scored, problems, parRuns);
                }
                String id = s.session().scenario();
                ModelSpec spec = specs.computeIfAbsent(id, k -> scenarios.apply(k).map(ModelSpec::new).orElse(null));
                if (spec == null) {
                    problems.add(new Problem(s.file(), "$.scenario", "unknown scenario \"" + clip(id)
                            + "\" (not shipped and not among the scenarios given)"));
                } else {
                    Optional<String> mismatch = s.session().mismatch(spec);
                    if (mismatch.isPresent()) {
                        problems.add(new Problem(s.file(), "$.scenarioHash", mismatch.get()));
                    } else {
                        try {
                            Par.Result par = parRuns <= 0 ? null : pars.computeIfAbsent(id, k -> Par.reference(spec, parRuns));
                            long seed = s.session().seed() == null ? 0 : s.session().seed();
                            Scorecard.Baseline base = baselines.computeIfAbsent(id + "/" + seed,
                                    k -> Scorecard.Baseline.of(spec, seed));
                            scored.add(attempt(s, ++number, spec, Scorecard.of(spec, s.session().runRecord(), par, base)));
                        } catch (RuntimeException e) {
                            problems.add(new Problem(s.file(), "$", "could not be scored: " + e.getMessage()));
                        }
                    }
                }
                done++;
                if (progress != null) {
                    progress.update(done, sources.size());
                }
            }
        }
        return new Cohort(scored, problems, parRuns);
    }

    private static Attempt attempt(Source s, int number, ModelSpec spec, Scorecard card) {
        Scorecard.Grade g = card.grade();
        double par = card.par() != null ? card.par().impact().p50() : card.referenceImpactMinutes();
        Scorecard.Mitigation m = card.firstMitigation();
        List<String> missed = new ArrayList<>();
        for (AfterActionReport.Improvement i : AfterActionReport.of(card, s.session()).improvements()) {
            String l = i.objective() != null ? i.objective() : i.lesson() != null ? i.lesson() : i.text();
            if (l != null && !missed.contains(l)) {
                missed.add(l);
            }
        }
        return new Attempt(s.trainee(), spec.scenario().id(), s.file(), s.session().savedAt(), number, g.value(), g.label(),
                round(card.impactMinutes()), round(par), m == null ? null : spec.timeOf(m.issuedTick()),
                m == null ? null : round(m.issuedTick() / 60.0), List.copyOf(missed));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String clip(String s) {
        return s == null ? "nothing" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    // ---- output ---------------------------------------------------------------------------------

    public static final List<String> CSV_COLUMNS = List.of("trainee", "scenario", "attempt", "saved at", "grade",
            "label", "impact minutes", "par minutes", "impact vs par", "first effective mitigation",
            "minutes to first effective mitigation", "missed lessons", "file");

    /** One row per attempt (RFC 4180); text from the files is defused against spreadsheet formulas. */
    public String toCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(CSV_COLUMNS);
        for (Attempt a : attempts) {
            rows.add(List.of(cell(a.trainee()), cell(a.scenario()), String.valueOf(a.number()), cell(a.savedAt()),
                    String.valueOf(a.grade()), cell(a.label()), num(a.impactMinutes()), num(a.parMinutes()), num(a.vsPar()),
                    cell(a.firstMitigation()), a.firstMitigationMinutes() == null ? "" : num(a.firstMitigationMinutes()),
                    cell(String.join("; ", a.missed())), cell(a.file())));
        }
        return Csv.write(rows);
    }

    /**
     * A text cell a spreadsheet will not run: text starting with = + - @ (or a tab or CR) gets a leading
     * apostrophe, the usual defence against formula injection from untrusted names.
     */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The {@code cohort --json} document. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("parRuns", parRuns);
        m.put("trainees", trainees().size());
        m.put("scenarios", scenarios());
        List<Object> sums = new ArrayList<>();
        for (Summary s : summaries()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("trainee", s.trainee());
            sm.put("scenario", s.scenario());
            sm.put("attempts", s.attempts().size());
            sm.put("firstGrade", s.first());
            sm.put("lastGrade", s.last());
            sm.put("bestGrade", s.best());
            sm.put("meanImpactVsPar", round(s.meanVsPar()));
            sm.put("medianMinutesToFirstMitigation", s.medianFirstMitigation());
            List<Object> over = new ArrayList<>();
            for (Attempt a : s.attempts()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("attempt", a.number());
                am.put("savedAt", a.savedAt());
                am.put("grade", a.grade());
                am.put("label", a.label());
                am.put("impactMinutes", a.impactMinutes());
                am.put("parMinutes", a.parMinutes());
                am.put("impactVsPar", round(a.vsPar()));
                am.put("firstEffectiveMitigation", a.firstMitigation());
                am.put("minutesToFirstMitigation", a.firstMitigationMinutes());
                am.put("missed", a.missed());
                am.put("file", a.file());
                over.add(am);
            }
            sm.put("overTime", over);
            sums.add(sm);
        }
        m.put("summaries", sums);
        List<Object> missed = new ArrayList<>();
        for (Missed x : mostMissed()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("lesson", x.lesson());
            mm.put("attempts", x.count());
            missed.add(mm);
        }
        m.put("mostMissed", missed);
        List<Object> ps = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("file", p.file());
            pm.put("path", p.path());
            pm.put("message", p.message());
            ps.add(pm);
        }
        m.put("problems", ps);
        return m;
    }

    public String toJson() {
        return StrictJson.write(toMap());
    }
}
