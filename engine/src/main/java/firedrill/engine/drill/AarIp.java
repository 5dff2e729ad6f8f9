package firedrill.engine.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.report.Html;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.StrictJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HSEEP-style after-action report and improvement plan for a drill, {@code firedrill/aar-ip@1}
 * (ADR 0049): the exercise overview, an analysis per objective with a P/S/M/U rating, its strengths
 * and areas for improvement (from the facilitator's observations and the scored report), and the
 * improvement plan (issue, corrective action, owner, due date). {@link #draft} proposes it; the
 * facilitator edits ratings and plan before exporting; read back strictly, written stably. The
 * ratings follow the U.S. Homeland Security Exercise and Evaluation Program's four levels.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "overview", "objectives", "plan"})
public record AarIp(String format, Overview overview, List<ObjectiveAnalysis> objectives, List<PlanItem> plan) {
    public static final String FORMAT = "firedrill/aar-ip@1";
    /** Findings that match no objective go under this heading. */
    public static final String OVERALL = "Overall response";
    static final int MAX_ITEMS = 500;
    static final int MAX_TEXT = 10_000;

    /** HSEEP's performance ratings. */
    public enum Rating {
        P("Performed without challenges"),
        S("Performed with some challenges"),
        M("Performed with major challenges"),
        U("Unable to be performed");

        private final String meaning;

        Rating(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }

        /** The rating for a letter, or null. */
        public static Rating of(String letter) {
            for (Rating r : values()) {
                if (r.name().equals(letter)) {
                    return r;
                }
            }
            return null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "scenario", "scenarioTitle", "incidentDate", "startedAt", "endedAt", "drilledMinutes",
            "scope", "grade", "objectives", "participants"})
    public record Overview(String name, String scenario, String scenarioTitle, String incidentDate, String startedAt,
                           String endedAt, Integer drilledMinutes, String scope, Integer grade, List<String> objectives,
                           List<DrillRecord.Member> participants) {
        public Overview {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            participants = participants == null ? List.of() : List.copyOf(participants);
        }
    }

    @JsonPropertyOrder({"objective", "rating", "strengths", "areasForImprovement"})
    public record ObjectiveAnalysis(String objective, String rating, List<String> strengths,
                                    List<String> areasForImprovement) {
        public ObjectiveAnalysis {
            strengths = strengths == null ? List.of() : List.copyOf(strengths);
            areasForImprovement = areasForImprovement == null ? List.of() : List.copyOf(areasForImprovement);
        }

        public ObjectiveAnalysis withRating(String r) {
            return new ObjectiveAnalysis(objective, r, strengths, areasForImprovement);
        }
    }

    /** A row of the improvement plan; every field is the facilitator's to edit. */
    @JsonPropertyOrder({"objective", "issue", "correctiveAction", "owner", "due"})
    public record PlanItem(String objective, String issue, String correctiveAction, String owner, String due) {}

    public AarIp {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        plan = plan == null ? List.of() : List.copyOf(plan);
    }

    // ---- the draft ------------------------------------------------------------------------------

    /**
     * The proposal for a drill scored as {@code report}: objectives are the scenario's learning
     * objectives; a finding goes to the objective the report linked it to or, for an observation, the
     * one sharing most words with it ({@link #OVERALL} when none does); the suggested rating is P with no
     * area for improvement, S with one or two, M with more, U when the team made no decision at all.
     */
    public static AarIp draft(ModelSpec spec, DrillRecord record, AfterActionReport report) {
        List<String> objectives = new ArrayList<>(spec.scenario().meta().learningObjectives().stream()
                .filter(o -> o != null && !o.isBlank()).toList());
        Map<String, List<String>> strengths = new LinkedHashMap<>();
        Map<String, List<String>> improvements = new LinkedHashMap<>();
        for (String o : objectives) {
            strengths.put(o, new ArrayList<>());
            improvements.put(o, new ArrayList<>());
        }
        List<PlanItem> plan = new ArrayList<>();
        for (DrillRecord.Observation o : record.currentObservations()) {
            String about = o.about();
            String text = o.text() + (about == null ? "" : " (" + about + ")");
            String objective = match(objectives, o.text());
            if (o.tagValue() == DrillRecord.Tag.STRENGTH) {
                strengths.computeIfAbsent(objective, k -> new ArrayList<>()).add(text);
            } else if (o.tagValue() == DrillRecord.Tag.IMPROVEMENT) {
                improvements.computeIfAbsent(objective, k -> new ArrayList<>()).add(text);
                plan.add(new PlanItem(objective, o.text(), "", about == null ? "" : about, ""));
            }
        }
        for (String s : report.strengths()) {
            strengths.computeIfAbsent(match(objectives, s), k -> new ArrayList<>()).add(s);
        }
        for (AfterActionReport.Improvement i : report.improvements()) {
            String objective = i.objective() != null && objectives.contains(i.objective()) ? i.objective()
                    : match(objectives, i.text());
            improvements.computeIfAbsent(objective, k -> new ArrayList<>()).add(i.text());
            plan.add(new PlanItem(objective, i.text(), i.lesson() == null ? "" : i.lesson(), "", ""));
        }
        boolean acted = !record.decisions().isEmpty();
        List<ObjectiveAnalysis> analyses = new ArrayList<>();
        LinkedHashSet<String> keys = new LinkedHashSet<>(objectives);
        keys.addAll(strengths.keySet());
        keys.addAll(improvements.keySet());
        for (String o : keys) {
            List<String> s = strengths.getOrDefault(o, List.of());
            List<String> a = improvements.getOrDefault(o, List.of());
            if (OVERALL.equals(o) && s.isEmpty() && a.isEmpty()) {
                continue;
            }
            Rating r = !acted ? Rating.U : a.isEmpty() ? Rating.P : a.size() <= 2 ? Rating.S : Rating.M;
            analyses.add(new ObjectiveAnalysis(o, r.name(), s, a));
        }
        int end = record.tick() == null ? 0 : record.tick();
        List<DrillRecord.Member> people = record.roster().stream().filter(m -> m != null && m.name() != null).toList();
        Overview overview = new Overview(spec.scenario().meta().title() + " — tabletop drill", spec.scenario().id(),
                spec.scenario().meta().title(), spec.scenario().meta().date(), record.startedAt(),
                record.endedAtWall() != null ? record.endedAtWall() : record.savedAt(), end / 60,
                "Facilitated tabletop drill of a simulated incident, from " + spec.clockOf(0) + " to " + spec.clockOf(end)
                        + " on the drill clock" + (end < spec.horizonTick() ? " (ended before the scenario's end)" : ""),
                report.card().grade().value(), objectives, people);
        return new AarIp(FORMAT, overview, analyses, plan);
    }

    /** The objective sharing most words (five letters or more) with {@code text}; {@link #OVERALL} when none does. */
    static String match(List<String> objectives, String text) {
        java.util.Set<String> words = words(text);
        String best = OVERALL;
        int bestHits = 0;
        for (String o : objectives) {
            int hits = 0;
            for (String w : words(o)) {
                if (words.contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = o;
                bestHits = hits;
            }
        }
        return best;
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 5) {
                out.add(w.substring(0, Math.min(6, w.length())));
            }
        }
        return out;
    }

    public AarIp withObjectives(List<ObjectiveAnalysis> o) {
        return new AarIp(format, overview, o, plan);
    }

    public AarIp withPlan(List<PlanItem> p) {
        return new AarIp(format, overview, objectives, p);
    }

    // ---- reading and writing --------------------------------------------------------------------

    public String toJson() {
        return StrictJson.write(this);
    }

    public static AarIp read(Path file) throws InvalidInputException {
        AarIp a = StrictJson.read(file, AarIp.class, FORMAT);
        List<Problem> p = validate(file.toString(), a);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return a;
    }

    public static AarIp parse(String name, byte[] json) throws InvalidInputException {
        AarIp a = StrictJson.read(name, json, AarIp.class, FORMAT);
        List<Problem> p = validate(name, a);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return a;
    }

    /** Every problem, with its JSON path: ratings P/S/M/U, due dates YYYY-MM-DD (or empty), sizes. */
    public static List<Problem> validate(String file, AarIp a) {
        List<Problem> p = new ArrayList<>();
        if (!FORMAT.equals(a.format())) {
            p.add(new Problem(file, "$.format", "expected \"" + FORMAT + "\""));
        }
        if (a.overview() == null) {
            p.add(new Problem(file, "$.overview", "expected the exercise overview"));
        }
        if (a.objectives().size() > MAX_ITEMS || a.plan().size() > MAX_ITEMS) {
            p.add(new Problem(file, "$", "expected at most " + MAX_ITEMS + " objectives and plan rows"));
            return p;
        }
        for (int i = 0; i < a.objectives().size(); i++) {
            ObjectiveAnalysis o = a.objectives().get(i);
            String at = "$.objectives[" + i + "]";
            if (o == null || o.objective() == null || o.objective().isBlank()) {
                p.add(new Problem(file, at + ".objective", "expected the objective's text"));
                continue;
            }
            if (Rating.of(o.rating()) == null) {
                p.add(new Problem(file, at + ".rating", "expected P, S, M or U"));
            }
            text(p, file, at + ".objective", o.objective());
            for (int j = 0; j < o.strengths().size(); j++) {
                text(p, file, at + ".strengths[" + j + "]", o.strengths().get(j));
            }
            for (int j = 0; j < o.areasForImprovement().size(); j++) {
                text(p, file, at + ".areasForImprovement[" + j + "]", o.areasForImprovement().get(j));
            }
        }
        for (int i = 0; i < a.plan().size(); i++) {
            PlanItem r = a.plan().get(i);
            String at = "$.plan[" + i + "]";
            if (r == null) {
                p.add(new Problem(file, at, "expected a plan row"));
                continue;
            }
            text(p, file, at + ".objective", r.objective());
            text(p, file, at + ".issue", r.issue());
            text(p, file, at + ".correctiveAction", r.correctiveAction());
            text(p, file, at + ".owner", r.owner());
            if (r.due() != null && !r.due().isBlank() && !validDate(r.due())) {
                p.add(new Problem(file, at + ".due", "expected a date YYYY-MM-DD (or nothing), got \"" + clip(r.due()) + "\""));
            }
        }
        return p;
    }

    /** Whether {@code s} is a calendar date YYYY-MM-DD. */
    public static boolean validDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return s.length() == 10;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static void text(List<Problem> p, String file, String path, String v) {
        if (v != null && v.length() > MAX_TEXT) {
            p.add(new Problem(file, path, "expected at most " + MAX_TEXT + " characters, got " + v.length()));
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A printable, self-contained page; every text from the drill, scenario or facilitator escaped. */
    public String toHtml() {
        StringBuilder h = new StringBuilder(8192);
        Overview o = overview;
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>After-Action Report / Improvement Plan — ")
                .append(e(o.name())).append("</title>\n<style>\n")
                .append("body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\n")
                .append("h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #334;padding-bottom:.2rem;margin-top:2rem}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#eef}.rating{font-weight:700;font-size:1.1rem}.muted{color:#555}\n")
                .append("@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,tr{break-inside:avoid}a{color:inherit}}\n")
                .append("</style></head><body>\n");
        h.append("<h1>After-Action Report / Improvement Plan</h1>\n<p class=\"muted\">").append(e(o.name()))
                .append(" · HSEEP-style · made by Firedrill</p>\n");
        h.append("<h2>Exercise overview</h2>\n<table>\n");
        row(h, "Exercise name", o.name());
        row(h, "Exercise dates", (o.startedAt() == null ? "" : o.startedAt()) + (o.endedAt() == null ? "" : " to " + o.endedAt()));
        row(h, "Scope", o.scope());
        row(h, "Scenario", o.scenarioTitle() + (o.incidentDate() == null ? "" : " (real incident of " + o.incidentDate() + ")"));
        row(h, "Drilled", o.drilledMinutes() == null ? "" : o.drilledMinutes() + " minutes of the drill clock");
        row(h, "Team grade", o.grade() == null ? "" : o.grade() + "/100");
        h.append("<tr><th>Objectives</th><td><ol>");
        for (String x : o.objectives()) {
            h.append("<li>").append(e(x)).append("</li>");
        }
        h.append("</ol></td></tr>\n<tr><th>Participants</th><td><ul>");
        for (DrillRecord.Member m : o.participants()) {
            h.append("<li>").append(e(m.name())).append(m.role() == null ? "" : " — " + e(m.role())).append("</li>");
        }
        h.append("</ul></td></tr>\n</table>\n");
        h.append("<h2>Analysis of objectives</h2>\n<p class=\"muted\">Ratings: ");
        for (Rating r : Rating.values()) {
            h.append("<b>").append(r.name()).append("</b> ").append(e(r.meaning())).append(r == Rating.U ? "." : "; ");
        }
        h.append("</p>\n<table><tr><th>Objective</th><th>Rating</th><th>Strengths</th><th>Areas for improvement</th></tr>\n");
        for (ObjectiveAnalysis a : objectives) {
            Rating r = Rating.of(a.rating());
            h.append("<tr><td>").append(e(a.objective())).append("</td><td><span class=\"rating\">").append(e(a.rating()))
                    .append("</span><br><span class=\"muted\">").append(r == null ? "" : e(r.meaning())).append("</span></td><td>");
            list(h, a.strengths());
            h.append("</td><td>");
            list(h, a.areasForImprovement());
            h.append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Improvement plan</h2>\n<table><tr><th>#</th><th>Objective</th><th>Issue / area for improvement</th>"
                + "<th>Corrective action</th><th>Owner</th><th>Due</th></tr>\n");
        for (int i = 0; i < plan.size(); i++) {
            PlanItem p = plan.get(i);
            h.append("<tr><td>").append(i + 1).append("</td><td>").append(e(p.objective())).append("</td><td>")
                    .append(e(p.issue())).append("</td><td>").append(e(p.correctiveAction())).append("</td><td>")
                    .append(e(p.owner())).append("</td><td>").append(e(p.due())).append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    public byte[] toHtmlBytes() {
        return toHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(e(k)).append("</th><td>").append(e(v)).append("</td></tr>\n");
    }

    private static void list(StringBuilder h, List<String> items) {
        if (items.isEmpty()) {
            h.append("<span class=\"muted\">—</span>");
            return;
        }
        h.append("<ul>");
        for (String s : items) {
            h.append("<li>").append(e(s)).append("</li>");
        }
        h.append("</ul>");
    }

    private static String e(String s) {
        return Html.escape(s);
    }
}
