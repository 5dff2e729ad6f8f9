package firedrill.engine.postmortem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timeline of a post-mortem written in Markdown: table rows with a time column, or lines
 * that start with a time ({@code 14:51 PST — …}, {@code 2025-10-20 06:48 UTC …}, {@code ~10:45 …}),
 * with day headers ({@code ## 20 Oct}, {@code Day 2}) and {@code +1 day} lines. When the document
 * has a heading with "timeline" in it, only that section is read. Every row of a table and every line
 * with a time that it cannot place becomes an {@link UnparsedRow} with its line number: nothing is
 * dropped silently. Deterministic and free of the wall clock: the date comes from the text.
 */
public final class TimelineParser {
    /** Largest text accepted (characters). */
    public static final int MAX_CHARS = 1 << 20;
    private static final int MAX_TEXT = 500;
    /** A time earlier than the previous one by more than this is read as the next day. */
    private static final int ROLLOVER_HOURS = 12;

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern PLUS_DAYS = Pattern.compile("^\\(?\\+\\s?(\\d{1,2})\\s*days?\\)?\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_DAY = Pattern.compile("^\\(?(next day|the next day|following day)\\)?:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_N = Pattern.compile("\\bday\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]\"'`]+");
    private static final Pattern SOURCE_ID = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{1,2}\\d{0,2})\\s+[—–-]\\s");
    private static final Pattern TEXT_SPLIT = Pattern.compile("\\s+/\\s+");

    private static final Pattern RANGE_TAIL = Pattern.compile("\\s*(?:[–-]|to)\\s*~?\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");
    private static final Pattern ZONE_TAIL = Pattern.compile("\\s*([A-Z]{2,4}|[A-Z][a-z]+/[A-Za-z_]+)(?![A-Za-z/])");
    private static final Pattern PAREN_TAIL = Pattern.compile("\\s*\\([^)]{0,40}\\)");
    private static final Pattern SEPARATOR_TAIL = Pattern.compile("\\s*[—–:|,-]*\\s*");

    private final List<TimelineRow> rows = new ArrayList<>();
    private final List<UnparsedRow> unparsed = new ArrayList<>();
    private ZoneId target;
    private ZoneId docZone;
    private int docYear;
    private LocalDate day;
    /** The first day of the incident: what "Day N" headers count from. */
    private LocalDate firstDay;
    private LocalTime last;

    private TimelineParser(ZoneId requested) {
        this.target = requested;
    }

    /**
     * Parses {@code text}; {@code zone} is the zone the skeleton should use (null: the zone the
     * timeline is written in). Times in another zone are converted to it.
     */
    public static ParsedTimeline parse(String text, ZoneId zone) {
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("expected a post-mortem of at most " + MAX_CHARS + " characters, got "
                    + text.length());
        }
        return new TimelineParser(zone).read(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** A zone as a user types it ("UTC", "PST", "Europe/Berlin"), or null when unknown. */
    public static ZoneId zone(String name) {
        return Zones.parse(name);
    }

    private ParsedTimeline read(String[] lines) {
        int[] section = section(lines);
        String title = title(lines);
        if (section[2] < 0) {
            section[0] = 0;
        }
        // Context before the section (title, "Times UTC", the sources) gives the date and zone.
        StringBuilder context = new StringBuilder(lines[section[0]]).append('\n');
        for (int i = 0; i < section[0]; i++) {
            context.append(lines[i]).append('\n');
        }
        Dates.Found docDate = null;
        for (String line : context.toString().split("\n")) {
            Dates.Found f = Dates.date(line);
            if (f != null && f.year() != 0) {
                docDate = f;
                break;
            }
        }
        docYear = docDate == null ? 2000 : docDate.year();
        day = docDate == null ? null : docDate.resolve(docYear);
        firstDay = day;
        docZone = Zones.find(lines[section[0]]);
        if (docZone == null) {
            docZone = Zones.find(context.toString());
        }
        int i = section[2] < 0 ? 0 : section[0] + 1;
        while (i < section[1]) {
            if (lines[i].trim().startsWith("|")) {
                int end = i;
                while (end < section[1] && lines[end].trim().startsWith("|")) {
                    end++;
                }
                table(lines, i, end);
                i = end;
            } else {
                line(lines[i], i + 1);
                i++;
            }
        }
        if (section[2] >= 0) {
            outside(lines, 0, section[0], section);
            outside(lines, section[1], lines.length, section);
            unparsed.sort(java.util.Comparator.comparingInt(UnparsedRow::line));
        }
        ZoneId zone = target != null ? target : docZone != null ? docZone : ZoneOffset.UTC;
        return new ParsedTimeline(title, zone, rows, unparsed, links(lines), section[0] + 1, section[1]);
    }

    /**
     * Lines outside the timeline section that look like entries (a table row with a time, or a line
     * that starts with one) are listed, not read: the report must not hide them. Prose that mentions
     * a time there is context (mechanism, lessons), not timeline.
     */
    private void outside(String[] lines, int from, int to, int[] section) {
        for (int i = from; i < to; i++) {
            String l = BULLET.matcher(lines[i]).replaceFirst("").replace("**", "").trim();
            List<Dates.Time> times = Dates.times(l);
            if (times.isEmpty() || HEADING.matcher(lines[i]).matches()) {
                continue;
            }
            String prefix = l.substring(0, times.get(0).start());
            Dates.Found d = Dates.date(prefix);
            String rest = d == null ? prefix : prefix.substring(0, d.start()) + prefix.substring(d.end());
            if (l.startsWith("|") || rest.replaceAll("[\\s,~≈\\[\\]()]", "").isEmpty()) {
                unparsed.add(new UnparsedRow(i + 1, lines[i].trim(), "outside the timeline section (lines "
                        + (section[0] + 1) + "–" + section[1] + "); move it there if it is an event"));
            }
        }
    }

    /**
     * [first, end, heading] of the timeline section: from a heading naming "timeline" to the next
     * heading of its level; heading is -1 (and the whole text is read) when there is none.
     */
    private static int[] section(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Matcher h = HEADING.matcher(lines[i]);
            if (h.matches() && h.group(2).toLowerCase(Locale.ROOT).contains("timeline")) {
                int level = h.group(1).length();
                int end = i + 1;
                while (end < lines.length) {
                    Matcher next = HEADING.matcher(lines[end]);
                    if (next.matches() && next.group(1).length() <= level) {
                        break;
                    }
                    end++;
                }
                return new int[] {i, end, i};
            }
        }
        return new int[] {0, lines.length, -1};
    }

    private static String title(String[] lines) {
        for (String line : lines) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                return clean(h.group(2));
            }
        }
        return null;
    }

    private void table(String[] lines, int from, int to) {
        List<String> header = cells(lines[from]);
        int body = from + 1;
        if (body < to && SEPARATOR_ROW.matcher(lines[body]).matches()) {
            body++;
        }
        int timeCol = -1;
        int textCol = -1;
        int srcCol = -1;
        ZoneId timeZone = null;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).toLowerCase(Locale.ROOT);
            ZoneId z = Zones.find(header.get(c));
            boolean isTime = z != null || h.contains("time") || h.contains("when") || h.equals("date") || h.equals("local");
            // The first time column is read even when another column is in the requested zone: it is the
            // one that carries the dates (AWS: "21 Oct 04:05" PDT next to a bare "11:05" UTC); rows are converted.
            if (isTime && timeCol < 0) {
                timeCol = c;
                timeZone = z;
            } else if (h.equals("src") || h.startsWith("source")) {
                srcCol = c;
            } else if (!isTime && (textCol < 0 || h.contains("event") || h.contains("what") || h.contains("description"))) {
                if (textCol < 0 || !header.get(textCol).toLowerCase(Locale.ROOT).contains("event")) {
                    textCol = c;
                }
            }
        }
        if (timeCol < 0) {
            timeCol = 0;
            textCol = header.size() > 1 ? 1 : -1;
        }
        ZoneId zone = timeZone != null ? timeZone : docZone;
        for (int r = body; r < to; r++) {
            List<String> cells = cells(lines[r]);
            String time = timeCol < cells.size() ? cells.get(timeCol) : "";
            String text = textCol >= 0 && textCol < cells.size() ? cells.get(textCol) : "";
            String src = srcCol >= 0 && srcCol < cells.size() ? cells.get(srcCol) : null;
            if (String.join("", cells).isBlank()) {
                continue;
            }
            entry(r + 1, lines[r].trim(), time, text, src, zone, "the time column");
        }
    }

    private void line(String raw, int lineNo) {
        String line = BULLET.matcher(raw).replaceFirst("").replace("**", "").trim();
        if (line.isEmpty()) {
            return;
        }
        Matcher h = HEADING.matcher(raw);
        String body = h.matches() ? clean(h.group(2)) : line;
        List<Dates.Time> times = Dates.times(body);
        Matcher plus = PLUS_DAYS.matcher(body);
        if (plus.matches() || NEXT_DAY.matcher(body).matches()) {
            if (day != null) {
                day = day.plusDays(plus.matches() ? Integer.parseInt(plus.group(1)) : 1);
                last = null;
            }
            return;
        }
        if (times.isEmpty()) {
            if (h.matches() || raw.trim().matches("\\*\\*[^*]+\\*\\*:?") || isBareDate(line)) {
                dayHeader(body);
            }
            return;
        }
        Dates.Time first = times.get(0);
        String prefix = body.substring(0, first.start());
        Dates.Found date = Dates.date(prefix);
        String rest = date == null ? prefix : prefix.substring(0, date.start()) + prefix.substring(date.end());
        if (!rest.replaceAll("[\\s,~≈*\\[\\]()]", "").isEmpty()) {
            unparsed.add(new UnparsedRow(lineNo, raw.trim(),
                    "a time inside running text, not at the start of an entry; add it by hand if it is an event"));
            return;
        }
        // Split "time [–time] [ZONE] [(date)] — text" into the time part and the text.
        int cut = first.end();
        Matcher m = RANGE_TAIL.matcher(body).region(cut, body.length());
        if (m.lookingAt()) {
            cut = m.end();
        }
        m = ZONE_TAIL.matcher(body).region(cut, body.length());
        if (m.lookingAt() && Zones.find(m.group(1)) != null) {
            cut = m.end();
        }
        m = PAREN_TAIL.matcher(body).region(cut, body.length());
        if (m.lookingAt() && (Dates.date(m.group()) != null || m.group().contains("+"))) {
            cut = m.end();
        }
        m = SEPARATOR_TAIL.matcher(body).region(cut, body.length());
        if (m.lookingAt()) {
            cut = m.end();
        }
        String timePart = body.substring(0, cut);
        String text = body.substring(cut);
        entry(lineNo, raw.trim(), timePart, text, null, docZone, "the line");
    }

    /**
     * A line that is a date and little else ("Tuesday, 20 October 2025:", "20 Oct (PDT)", "Day 2"),
     * so prose that mentions a date ("on 7 Mar the patch was published") does not move the day.
     */
    private static boolean isBareDate(String line) {
        Dates.Found d = Dates.date(line);
        String rest = d == null ? line : line.substring(0, d.start()) + line.substring(d.end());
        rest = Zones.strip(rest).replaceAll("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\bday\\s+\\d{1,2}\\b", "")
                .replaceAll("[\\s,:()\\[\\]—–-]+", "");
        return (d != null || DAY_N.matcher(line).find()) && rest.isEmpty();
    }

    /** A heading or short line with a date and no time sets the day; "Day 2" counts from the document date. */
    private void dayHeader(String text) {
        Dates.Found d = Dates.date(text);
        ZoneId z = Zones.find(text);
        if (z != null) {
            docZone = z;
        }
        if (d != null) {
            docYear = d.year() != 0 ? d.year() : docYear;
            LocalDate resolved = d.resolve(docYear);
            if (resolved != null) {
                day = resolved;
                firstDay = firstDay == null ? resolved : firstDay;
                last = null;
            }
            return;
        }
        Matcher n = DAY_N.matcher(text);
        if (n.find() && day != null && Integer.parseInt(n.group(1)) >= 1) {
            day = firstDay.plusDays(Integer.parseInt(n.group(1)) - 1L);
            last = null;
        }
    }

    /** Places one entry whose time is in {@code timeCell}; lists it as unparsed when it cannot. */
    private void entry(int lineNo, String raw, String timeCell, String text, String src, ZoneId columnZone, String where) {
        List<Dates.Time> times = Dates.times(timeCell);
        Dates.Found date = Dates.date(timeCell);
        if (times.isEmpty()) {
            String reason = date != null ? "a date without a time of day in " + where + "; place it by hand"
                    : timeCell.isBlank() ? "no time in " + where : "no time in " + where + " (" + clip(timeCell) + ")";
            unparsed.add(new UnparsedRow(lineNo, raw, reason));
            return;
        }
        String body = clean(text);
        if (body.isEmpty()) {
            unparsed.add(new UnparsedRow(lineNo, raw, "a time with no event text"));
            return;
        }
        // Several times in one cell: "11:31 / 11:32 / 11:35" (a list) or "14:51–15:20" (a range).
        boolean range = times.size() == 2 && timeCell.substring(times.get(0).end(), times.get(1).start()).matches("\\s*(?:[–-]|to)\\s*");
        List<Dates.Time> placed = range ? times.subList(0, 1) : times;
        String[] parts = TEXT_SPLIT.split(body);
        boolean split = placed.size() > 1 && parts.length == placed.size();
        ZoneId cellZone = Zones.find(Zones.strip(timeCell).equals(timeCell) ? "" : timeCell);
        ZoneId from = cellZone != null ? cellZone : columnZone != null ? columnZone : target != null ? target : ZoneOffset.UTC;
        if (target == null) {
            target = from;
        }
        if (day == null) {
            Dates.Found full = date != null && date.year() != 0 ? date : null;
            if (full == null) {
                unparsed.add(new UnparsedRow(lineNo, raw, "no date for this time: the document names no day before it "
                        + "(add a date to its title or a day header)"));
                return;
            }
            day = full.resolve(docYear);
            firstDay = day;
        }
        if (date != null) {
            docYear = date.year() != 0 ? date.year() : docYear;
            LocalDate d = date.resolve(docYear);
            if (d == null) {
                unparsed.add(new UnparsedRow(lineNo, raw, "not a calendar date in " + where));
                return;
            }
            day = d;
        } else if (last != null && wrapsToNextDay(last, times.get(0).time())) {
            day = day.plusDays(1);
        }
        for (int k = 0; k < placed.size(); k++) {
            Dates.Time t = placed.get(k);
            if (k > 0 && wrapsToNextDay(placed.get(k - 1).time(), t.time())) {
                day = day.plusDays(1);
            }
            LocalDateTime local = LocalDateTime.of(day, t.time()).atZone(from).withZoneSameInstant(target).toLocalDateTime();
            List<String> notes = new ArrayList<>();
            if (t.approximate() || timeCell.trim().startsWith("~")) {
                notes.add("approximate (the source writes " + clip(timeCell) + ")");
            }
            if (range) {
                notes.add("start of the range " + clip(timeCell));
            }
            if (placed.size() > 1) {
                notes.add(split ? "one of " + placed.size() + " times in one cell; text split at \"/\""
                        : "one of " + placed.size() + " times in one cell; the text is shared");
            }
            if (!from.equals(target)) {
                notes.add("converted from " + from.getId() + " " + t.time() + " to " + target.getId());
            }
            String entryText = split ? parts[k] : body;
            if (range && !entryText.contains(timeCell.trim())) {
                entryText = entryText + " (" + clip(timeCell.trim().replace("~", "")) + ")";
            }
            rows.add(new TimelineRow(lineNo, local, clip(entryText), src == null ? null : clean(src),
                    notes.isEmpty() ? null : String.join("; ", notes)));
            last = t.time();
        }
    }

    /** A time more than {@value #ROLLOVER_HOURS} hours before the previous one is on the next day (23:49, then 00:11). */
    private static boolean wrapsToNextDay(LocalTime previous, LocalTime next) {
        return previous.toSecondOfDay() - next.toSecondOfDay() > ROLLOVER_HOURS * 3600;
    }

    private List<ParsedTimeline.SourceLink> links(String[] lines) {
        List<ParsedTimeline.SourceLink> out = new ArrayList<>();
        StringBuilder since = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = URL.matcher(lines[i]);
            int from = 0;
            while (m.find()) {
                since.append(lines[i], from, m.start());
                from = m.end();
                String url = m.group().replaceAll("[.,;:]+$", "");
                String id = null;
                Matcher idm = SOURCE_ID.matcher(since);
                while (idm.find()) {
                    id = idm.group(1);
                }
                if (out.stream().noneMatch(l -> l.url().equals(url))) {
                    out.add(new ParsedTimeline.SourceLink(id, url, i + 1));
                }
                since.setLength(0);
            }
            since.append(lines[i].substring(from)).append('\n');
        }
        return out;
    }

    private static List<String> cells(String row) {
        String r = row.trim();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            out.add(c.trim().replace("\\|", "|"));
        }
        return out;
    }

    /** Markdown emphasis and escapes removed, white space collapsed. */
    static String clean(String s) {
        return s.replace("**", "").replace("\\*", "*").replace("\\_", "_").replaceAll("\\s+", " ").trim();
    }

    private static String clip(String s) {
        String c = clean(s);
        return c.length() <= MAX_TEXT ? c : c.substring(0, MAX_TEXT - 1) + "…";
    }
}
