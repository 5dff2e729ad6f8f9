package firedrill.engine.msel;

import firedrill.engine.command.Command;
import firedrill.engine.csv.Csv;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.ScenarioValidator;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.scenario.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Master Scenario Events List: a scenario's injects (and a drill's ad-hoc ones) as a CSV sheet with
 * the columns exercise planners use, and a sheet read back into a scenario's timeline (ADR 0048).
 *
 * <p>Columns: Number (the inject's id, or its position when it has none), Scenario time (the story's
 * local clock, as in the scenario), Real time (elapsed since the scenario's start, T+HH:MM:SS),
 * From (the channel it arrives on), To, Delivery method, Inject (the text), Expected action,
 * Objective, Notes. Scenario time, From and Inject are what a scenario keeps; Number links a row to
 * an existing inject so its condition ({@code when}/{@code until}) survives; Real time, To, Delivery
 * method and Notes of scenario injects are derived, so importing ignores them. A scenario has no place
 * for Expected action and Objective: importing a row that has them says so (a warning), rather than
 * silently dropping them.
 */
public final class Msel {
    public static final List<String> COLUMNS = List.of("Number", "Scenario time", "Real time", "From", "To",
            "Delivery method", "Inject", "Expected action", "Objective", "Notes");
    static final String TO_TEAM = "Response team";
    static final String DELIVERY = "Firedrill channel";
    static final String DELIVERY_FACILITATOR = "Facilitator, Firedrill channel";
    static final int MAX_TEXT = ScenarioValidator.MAX_STEP_TEXT;

    private Msel() {}

    /** A sheet read into a scenario: the new scenario and what the sheet said that it cannot keep. */
    public record Imported(Scenario scenario, List<String> warnings, int injects) {}

    /** The scenario's injects as a MSEL sheet (RFC 4180, CRLF). */
    public static String export(Scenario scenario) {
        ModelSpec spec = new ModelSpec(scenario);
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        int k = 0;
        for (TimelineEvent e : scenario.timeline()) {
            if (e == null || !TimelineEvent.INJECT.equals(e.kind())) {
                continue;
            }
            k++;
            rows.add(List.of(e.id() != null ? e.id() : String.valueOf(k), nz(e.at()), elapsed(spec.tickOf(e.at())),
                    nz(e.channel()), TO_TEAM, DELIVERY, nz(e.text()), "", "", condition(e)));
        }
        return Csv.write(rows);
    }

    /**
     * A drill's facilitator injects (ad hoc, typed in the room) as a MSEL sheet: numbered in order,
     * at the drill clock they applied; To is the role they were addressed to when the text says so.
     */
    public static String exportAdHoc(ModelSpec spec, DrillRecord drill) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        int k = 0;
        for (Command c : drill.allCommands()) {
            if (!Command.INJECT.equals(c.type())) {
                continue;
            }
            k++;
            String text = nz(c.text());
            String to = TO_TEAM;
            if (text.startsWith("To ") && text.indexOf(':') > 3) {
                to = text.substring(3, text.indexOf(':'));
            }
            rows.add(List.of(String.valueOf(k), spec.timeOf(c.tick()), elapsed(c.tick()), nz(c.target()), to,
                    DELIVERY_FACILITATOR, text, "", "", c.by() == null ? "ad hoc" : "ad hoc, by " + c.by()));
        }
        return Csv.write(rows);
    }

    /**
     * Reads a MSEL sheet into {@code scenario}'s timeline: its injects are replaced by the sheet's rows
     * (in time order, rows at the same time in row order, each placed before the first other event that
     * comes later), other events stay.
     * Every problem names the sheet's row (as a spreadsheet numbers it: the header is row 1) and column, or the row and
     * the scenario's JSON path when the resulting scenario does not validate.
     */
    public static Imported importInto(Scenario scenario, String file, String csv) throws InvalidInputException {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(csv);
        } catch (Csv.CsvException e) {
            throw new InvalidInputException(new Problem(file, "line " + e.line(), e.getMessage().replaceFirst("^line \\d+: ", "")));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(new Problem(file, "row 1", "expected a header row: " + String.join(", ", COLUMNS)));
        }
        int[] col = header(file, rows.get(0));
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, TimelineEvent> byId = new java.util.HashMap<>();
        for (TimelineEvent e : scenario.timeline()) {
            if (e != null && TimelineEvent.INJECT.equals(e.kind()) && e.id() != null) {
                byId.put(e.id(), e);
            }
        }
        List<TimelineEvent> injects = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            String where = "row " + (r + 1);
            if (row.fields().size() == 1 && row.field(0).isBlank()) {
                continue; // an empty line, as spreadsheets leave at the end
            }
            String number = row.field(col[0]).trim();
            String at = row.field(col[1]).trim();
            String from = row.field(col[3]).trim();
            String text = row.field(col[6]);
            if (!ScenarioTime.isTime(at)) {
                problems.add(new Problem(file, where + ", Scenario time", "expected the scenario's local time (HH:MM,"
                        + " or HH:MM+1 on the next day), got \"" + clip(at) + "\""));
            }
            if (from.isEmpty()) {
                problems.add(new Problem(file, where + ", From", "expected the channel the inject arrives on (e.g. support)"));
            } else if (from.length() > 200) {
                problems.add(new Problem(file, where + ", From", "expected at most 200 characters"));
            }
            if (text.isBlank()) {
                problems.add(new Problem(file, where + ", Inject", "expected the inject's text"));
            } else if (text.length() > MAX_TEXT) {
                problems.add(new Problem(file, where + ", Inject", "expected at most " + MAX_TEXT + " characters, got "
                        + text.length()));
            }
            if (!number.isEmpty() && !seen.add(number)) {
                problems.add(new Problem(file, where + ", Number", "expected a number used once, \"" + clip(number)
                        + "\" is used by an earlier row"));
            }
            for (int c : new int[] {7, 8}) {
                if (!row.field(col[c]).isBlank()) {
                    warnings.add(file + ": " + where + ", " + COLUMNS.get(c) + ": not kept (a scenario has no place for it)");
                }
            }
            TimelineEvent old = byId.get(number);
            String id = old != null ? old.id() : number.isEmpty() || number.matches("\\d+") ? null : number;
            injects.add(new TimelineEvent(at, TimelineEvent.INJECT, id, from, text, old == null ? null : old.until(),
                    old == null ? null : old.when(), null, null, null, null, null, null));
            lines.add(r + 1);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A sheet may be sorted any way; a scenario's events are in time order (stable: ties keep row order).
        Integer[] order = new Integer[injects.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> ScenarioTime.secondsOfDay(injects.get(i).at())));
        List<TimelineEvent> sortedInjects = new ArrayList<>();
        List<Integer> sortedLines = new ArrayList<>();
        for (int i : order) {
            sortedInjects.add(injects.get(i));
            sortedLines.add(lines.get(i));
        }
        injects.clear();
        injects.addAll(sortedInjects);
        lines.clear();
        lines.addAll(sortedLines);
        List<TimelineEvent> timeline = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (TimelineEvent e : scenario.timeline()) {
            if (e != null && !TimelineEvent.INJECT.equals(e.kind())) {
                timeline.add(e);
                lineOf.add(-1);
            }
        }
        for (int i = 0; i < injects.size(); i++) {
            TimelineEvent in = injects.get(i);
            int s = ScenarioTime.secondsOfDay(in.at());
            int pos = timeline.size();
            for (int j = 0; j < timeline.size(); j++) {
                TimelineEvent e = timeline.get(j);
                if (lineOf.get(j) < 0 && e.at() != null && ScenarioTime.isTime(e.at())
                        && ScenarioTime.secondsOfDay(e.at()) > s) {
                    pos = j;
                    break;
                }
            }
            timeline.add(pos, in);
            lineOf.add(pos, lines.get(i));
        }
        Scenario out = new Scenario(scenario.format(), scenario.meta(), scenario.fleet(), scenario.mechanisms(), timeline,
                scenario.alerts(), scenario.actions(), scenario.team(), scenario.realTimeline(),
                scenario.referencePlaybook(), scenario.discussion(), scenario.assumptions());
        List<Problem> invalid = new ArrayList<>();
        for (Problem p : ScenarioValidator.validate(file, out)) {
            String path = p.path() == null ? "" : p.path();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\$\\.timeline\\[(\\d+)]").matcher(path);
            if (m.find() && Integer.parseInt(m.group(1)) < lineOf.size() && lineOf.get(Integer.parseInt(m.group(1))) > 0) {
                invalid.add(new Problem(file, "row " + lineOf.get(Integer.parseInt(m.group(1))) + " (" + path + ")",
                        p.message()));
            } else {
                invalid.add(p);
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        return new Imported(out, List.copyOf(warnings), injects.size());
    }

    private static int[] header(String file, Csv.Row head) throws InvalidInputException {
        int[] col = new int[COLUMNS.size()];
        List<Problem> p = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            col[c] = -1;
            for (int i = 0; i < head.fields().size(); i++) {
                if (norm(head.fields().get(i)).equals(norm(COLUMNS.get(c)))) {
                    col[c] = i;
                }
            }
            if (col[c] < 0) {
                p.add(new Problem(file, "row 1", "expected a column \"" + COLUMNS.get(c)
                        + "\" in the header (columns: " + String.join(", ", COLUMNS) + ")"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return col;
    }

    private static String norm(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Elapsed time since the scenario's start, T+HH:MM:SS (T-… before it). */
    static String elapsed(int tick) {
        int t = Math.abs(tick);
        return String.format(Locale.ROOT, "T%s%02d:%02d:%02d", tick < 0 ? "-" : "+", t / 3600, t / 60 % 60, t % 60);
    }

    /** The condition of a conditional inject in words and JSON, e.g. "only if {"impact":"ongoing"}, up to 06:30". */
    static String condition(TimelineEvent e) {
        if (e.when() == null && e.until() == null) {
            return "";
        }
        String when = e.when() == null ? "" : "only if " + StrictJson.write(e.when()).replaceAll("\\s+", " ").trim();
        String until = e.until() == null ? "" : "up to " + e.until();
        return when.isEmpty() ? until : until.isEmpty() ? when : when + ", " + until;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
