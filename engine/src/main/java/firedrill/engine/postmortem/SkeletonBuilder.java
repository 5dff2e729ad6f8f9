package firedrill.engine.postmortem;

import firedrill.engine.scenario.Assumption;
import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.Team;
import firedrill.engine.scenario.TimelineEvent;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ParsedTimeline} into a scenario skeleton: meta from the text (date, zone, title,
 * linked sources), a milestone for every row whose words propose a measure ({@link MeasureGuess}),
 * an inject for every other row, and placeholders (one region, service and cluster; the format
 * reference's example mechanisms; four responders) each recorded in {@code assumptions}, so the
 * skeleton loads, runs and says what is not yet real.
 */
public final class SkeletonBuilder {
    /** The one placeholder service that per-service measures name. */
    public static final String SERVICE = "service";
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final Duration TAIL = Duration.ofMinutes(30);
    private static final long MAX_DAYS = 7;

    private SkeletonBuilder() {}

    /** {@code fileName} gives the scenario id; null for pasted text. */
    public static Skeleton build(ParsedTimeline parsed, String fileName) {
        List<UnparsedRow> unparsed = new ArrayList<>(parsed.unparsed());
        List<TimelineRow> rows = new ArrayList<>(parsed.rows());
        rows.sort(Comparator.comparing(TimelineRow::local).thenComparingInt(TimelineRow::line));
        LocalDateTime start = rows.isEmpty() ? LocalDateTime.of(2000, 1, 1, 0, 0)
                : rows.get(0).local().minus(LEAD).truncatedTo(ChronoUnit.MINUTES);
        if (!rows.isEmpty() && !start.toLocalDate().equals(rows.get(0).local().toLocalDate())) {
            start = rows.get(0).local().toLocalDate().atStartOfDay();
        }
        LocalDate date = start.toLocalDate();
        LocalDateTime limit = start.plusDays(MAX_DAYS).minus(TAIL);
        List<TimelineRow> kept = new ArrayList<>();
        for (TimelineRow r : rows) {
            if (r.local().isAfter(limit)) {
                unparsed.add(new UnparsedRow(r.line(), r.text(), "more than " + MAX_DAYS
                        + " days after the first row; a scenario spans at most " + MAX_DAYS + " days"));
            } else {
                kept.add(r);
            }
        }
        unparsed.sort(Comparator.comparingInt(UnparsedRow::line));
        LocalDateTime end = kept.isEmpty() ? start.plusHours(1) : kept.get(kept.size() - 1).local().plus(TAIL);

        Map<String, String> sourceIds = sources(parsed);
        List<Meta.Source> sources = new ArrayList<>();
        for (ParsedTimeline.SourceLink l : parsed.links()) {
            String id = sourceIds.get(l.url());
            sources.add(new Meta.Source(id, "Source " + id + " (" + host(l.url()) + ")", l.url()));
        }

        List<Milestone> milestones = new ArrayList<>();
        List<TimelineEvent> injects = new ArrayList<>();
        List<Skeleton.Placement> placements = new ArrayList<>();
        List<Assumption> assumptions = new ArrayList<>();
        Set<String> usedMeasures = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (TimelineRow r : kept) {
            String at = time(date, r.local());
            String measure = MeasureGuess.propose(r.text(), SERVICE);
            String id = uniqueId(r.text(), ids);
            String path;
            if (measure != null) {
                path = "$.realTimeline[" + milestones.size() + "]";
                boolean repeat = !usedMeasures.add(measure);
                String source = source(r.source(), sourceIds);
                milestones.add(new Milestone(id, at, r.text(), repeat ? null : measure,
                        repeat ? null : r.note() != null && r.note().contains("approximate") ? "PT15M" : "PT10M", source));
                assumptions.add(new Assumption(path + (repeat ? "" : ".measure"), repeat
                        ? "line " + r.line() + ": its words suggest " + measure + ", which an earlier milestone already "
                                + "measures; narrative only until the author chooses"
                        : "line " + r.line() + ": measure proposed from the words of the post-mortem; check it"));
                if (repeat) {
                    measure = null;
                }
            } else {
                path = "$.timeline[" + injects.size() + "]";
                String channel = r.text().toLowerCase(Locale.ROOT).matches("^(status( page)?|public)\\b.*") ? "status" : "timeline";
                injects.add(new TimelineEvent(at, TimelineEvent.INJECT, id, channel, r.text(), null, null));
            }
            if (r.note() != null) {
                assumptions.add(new Assumption(path + ".at", "line " + r.line() + ": " + r.note()));
            }
            placements.add(new Skeleton.Placement(r, path, at, measure));
        }
        assumptions.add(0, new Assumption("$.meta.start", rows.isEmpty() ? "no row could be placed; placeholder"
                : "10 minutes before the first imported row (line " + rows.get(0).line() + ")"));
        assumptions.add(1, new Assumption("$.fleet", "placeholder (one region, one service, one cluster): a timeline "
                + "does not describe the fleet; replace it"));
        assumptions.add(2, new Assumption("$.mechanisms", "the format reference's example values, not fitted to this "
                + "incident; calibrate them against the milestones"));
        assumptions.add(3, new Assumption("$.team", "placeholder: four responders, no escalation"));

        String title = parsed.title() == null || parsed.title().isBlank() ? "Imported timeline" : parsed.title();
        Meta meta = new Meta(id(fileName, title), title, date.toString(), parsed.zone().getId(), time(date, start),
                time(date, end), null, null,
                "Skeleton imported from a post-mortem timeline (" + kept.size() + " rows placed, " + unparsed.size()
                        + " not placed). Fleet, mechanisms and team are placeholders; see the assumptions.",
                null, null, List.of(), sources);
        Scenario s = new Scenario(Scenario.FORMAT, meta, placeholderFleet(), placeholderMechanisms(), injects, List.of(),
                List.of(), new Team(4, 0, "PT10M"), milestones, null, List.of(), assumptions);
        return new Skeleton(s, placements, unparsed);
    }

    /** Source ids for the links: the id the post-mortem cites them by, made unique, or L + line. */
    private static Map<String, String> sources(ParsedTimeline parsed) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (ParsedTimeline.SourceLink l : parsed.links()) {
            String id = l.id() == null ? "L" + l.line() : l.id();
            String unique = id;
            for (int k = 2; !used.add(unique); k++) {
                unique = id + "-" + k;
            }
            out.put(l.url(), unique);
        }
        return out;
    }

    /** The milestone's source: the first id in the row's source cell that names a linked source. */
    private static String source(String cell, Map<String, String> sourceIds) {
        if (cell == null) {
            return null;
        }
        for (String token : cell.split("[,;\\s]+")) {
            String id = token.replace("*", "").replace("\\", "");
            if (sourceIds.containsValue(id)) {
                return id;
            }
        }
        return null;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** {@code HH:MM[:SS][+D]} relative to the incident day. */
    static String time(LocalDate date, LocalDateTime t) {
        long days = ChronoUnit.DAYS.between(date, t.toLocalDate());
        String hm = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                + (t.getSecond() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getSecond()));
        return days == 0 ? hm : hm + "+" + days;
    }

    private static String id(String fileName, String title) {
        String base = fileName == null ? title : fileName.replaceAll("\\.[A-Za-z0-9]+$", "");
        String slug = slug(base, 64);
        return slug.isEmpty() ? "imported-timeline" : slug;
    }

    private static String uniqueId(String text, Set<String> used) {
        String base = slug(String.join(" ", List.of(text.split("\\s+")).subList(0, Math.min(5, text.split("\\s+").length))), 40);
        if (base.isEmpty()) {
            base = "row";
        }
        String id = base;
        for (int k = 2; !used.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }

    static String slug(String text, int max) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > max) {
            s = s.substring(0, max).replaceAll("-+$", "");
        }
        return s;
    }

    private static Fleet placeholderFleet() {
        return new Fleet(List.of("region-1"), List.of(new Fleet.Service(SERVICE, "Service (placeholder)")),
                List.of(new Fleet.ClusterSpec("cluster-1", "region-1", 100, null, null, Map.of(SERVICE, 1.0),
                        "placeholder cluster")), null);
    }

    private static Mechanisms placeholderMechanisms() {
        return new Mechanisms(
                new Mechanisms.ControlPlane(600.0, 1500.0, 3, 0.1, 0.0004, 0.5, 0.02, 0.01, 2.0, 900.0, 150.0, 0.5),
                null,
                new Mechanisms.Dns(480.0, 120.0, 720.0, 0.05, 60.0),
                new Mechanisms.DataPlane(0.25, 600.0),
                new Mechanisms.Observation(30.0, 60.0, 0.3, 0.5));
    }
}
