package firedrill.engine.postmortem;

import java.time.ZoneId;
import java.util.List;

/**
 * What {@link TimelineParser} read: a title, the zone the rows are expressed in, the rows it placed
 * (in source order), the lines it could not place, the links it found (candidate sources), and which
 * lines it read ({@code firstLine}–{@code lastLine}, 1-based).
 */
public record ParsedTimeline(String title, ZoneId zone, List<TimelineRow> rows, List<UnparsedRow> unparsed,
                             List<SourceLink> links, int firstLine, int lastLine) {

    public ParsedTimeline {
        rows = List.copyOf(rows);
        unparsed = List.copyOf(unparsed);
        links = List.copyOf(links);
    }

    /** A URL in the post-mortem and the short id it is cited by there ("P1"), or null. */
    public record SourceLink(String id, String url, int line) {}
}
