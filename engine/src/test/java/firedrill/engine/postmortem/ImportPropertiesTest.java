package firedrill.engine.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.ScenarioValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any text built from timeline-like pieces (times, dates, zones, day markers, table rows, prose):
 * the import never fails, every line with a time is placed or listed (nothing dropped silently), and
 * a skeleton with placed rows is a valid scenario.
 */
class ImportPropertiesTest {

    @Property(tries = 300)
    void everyTimedLineIsAccountedForAndTheSkeletonIsValid(@ForAll("documents") List<String> lines) {
        String text = String.join("\n", lines);
        ParsedTimeline p = TimelineParser.parse(text, null);
        Set<Integer> accounted = new HashSet<>();
        p.rows().forEach(r -> accounted.add(r.line()));
        p.unparsed().forEach(u -> accounted.add(u.line()));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean tableHeader = l.startsWith("|") && (i + 1 < lines.size() && lines.get(i + 1).startsWith("|---")
                    || l.startsWith("|---") || i == 0 || !lines.get(i - 1).startsWith("|"));
            // Prose outside a "timeline" section is context; everything entry-shaped must be accounted for.
            boolean entryShaped = l.startsWith("|") || l.startsWith("- ") || !Character.isLetter(l.isEmpty() ? ' ' : l.charAt(0))
                    || Dates.date(l) != null && Dates.date(l).start() == 0;
            boolean prose = l.startsWith("We saw");
            if (!Dates.times(l).isEmpty() && !tableHeader && (entryShaped || !prose)) {
                assertTrue(accounted.contains(i + 1), "line " + (i + 1) + " dropped: " + l + "\n" + text);
            }
        }
        Skeleton s = SkeletonBuilder.build(p, "doc.md");
        assertEquals(s.placements().size() + s.unparsed().size(), p.rows().size() + p.unparsed().size());
        if (!s.placements().isEmpty()) {
            assertEquals(List.of(), ScenarioValidator.validate("doc", s.scenario()), text);
        }
    }

    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> time = Arbitraries.of("00:05", "09:58", "~10:45", "14:51", "23:49", "12:00", "3:12 PM",
                "14:51–15:20", "11:31 / 11:32", "06:48:30");
        Arbitrary<String> date = Arbitraries.of("", "2025-10-20 ", "19 Oct ", "Mar 8, 2023 ", "31 Feb ");
        Arbitrary<String> zone = Arbitraries.of("", " PST", " UTC", " Europe/Berlin", " XYZ");
        Arbitrary<String> words = Arbitraries.of("rollout starts", "alert fires", "impact begins", "fully recovered",
                "status: investigating", "first cluster recovers", "all clusters recovered", "", "— peak", "a / b");
        Arbitrary<String> entry = net.jqwik.api.Combinators.combine(date, time, zone, words)
                .as((d, t, z, w) -> d + t + z + " — " + w);
        Arbitrary<String> row = net.jqwik.api.Combinators.combine(date, time, words)
                .as((d, t, w) -> "| " + d + t + " | " + w + " |");
        Arbitrary<String> other = Arbitraries.of("# Outage — 19 Oct 2025", "## Timeline (UTC)", "+1 day", "**Day 2**",
                "## 21 Oct", "| time (PDT) | event |", "|---|---|", "| undated | something |", "| 7 Mar | patch |",
                "We saw it at 10:00 and again at 11:00.", "", "Times UTC.", "- 99:99 not a time", "## Lessons");
        return Arbitraries.oneOf(entry, row, other, entry.map(e -> "- " + e)).list().ofMinSize(1).ofMaxSize(25);
    }
}
