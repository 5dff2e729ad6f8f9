package firedrill.engine.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.ScenarioValidator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line formats: time-first lines with zones, ISO dates, approximate times, day headers, +1 day, prose. */
class TimelineParserTest {

    @Test
    void linesWithZonesDatesAndDayMarkers() {
        String text = """
                # Example outage — 2025-10-19

                ## Timeline
                - 14:51 PST — rollout starts
                - ~15:10 — first alert fires
                23:59 UTC — still failing, all hands
                +1 day
                **00:30** customers report the service recovered
                ### 2025-10-22
                2025-10-22 06:48 UTC DNS fixed
                We noted at 09:00 that the graphs were flat.

                ## Lessons
                - 10:00 not part of the timeline
                """;
        ParsedTimeline p = TimelineParser.parse(text, null);
        assertEquals(ZoneId.of("America/Los_Angeles"), p.zone());
        List<TimelineRow> rows = p.rows();
        assertEquals(5, rows.size(), rows.toString());
        assertEquals(LocalDateTime.of(2025, 10, 19, 14, 51), rows.get(0).local());
        assertEquals("rollout starts", rows.get(0).text());
        assertEquals(LocalDateTime.of(2025, 10, 19, 15, 10), rows.get(1).local());
        assertTrue(rows.get(1).note().contains("approximate"));
        // 23:59 UTC on 19 Oct is 16:59 in Los Angeles (PDT), same day.
        assertEquals(LocalDateTime.of(2025, 10, 19, 16, 59), rows.get(2).local());
        assertEquals(LocalDateTime.of(2025, 10, 20, 0, 30), rows.get(3).local(), "+1 day moves to the next day");
        assertEquals(LocalDateTime.of(2025, 10, 21, 23, 48), rows.get(4).local(), "06:48 UTC on 22 Oct is 23:48 PDT on 21 Oct");
        assertEquals(2, p.unparsed().size(), p.unparsed().toString());
        assertEquals(11, p.unparsed().get(0).line());
        assertTrue(p.unparsed().get(0).reason().contains("running text"));
        assertEquals(14, p.unparsed().get(1).line(), "an entry outside the section is listed, not read");
        assertTrue(p.unparsed().get(1).reason().startsWith("outside the timeline section (lines 3–12)"));

        Skeleton s = SkeletonBuilder.build(p, "example.md");
        assertEquals(List.of(), ScenarioValidator.validate("example", s.scenario()));
        assertEquals("example", s.scenario().meta().id());
        assertEquals("firstAlert", s.placements().get(1).measure());
        assertEquals("fullRecovery:service", s.placements().get(3).measure(), "\"recovered\" proposes fullRecovery");
        assertEquals("00:30+1", s.placements().get(3).at());
    }

    @Test
    void dayHeadersWithoutYearTakeTheDocumentYear() {
        String text = """
                Incident of 3 March 2024, times UTC
                On 1 March the change was reviewed.
                **Day 1**
                10:00 deploy
                **Day 2**
                09:15 all services operational again
                """;
        ParsedTimeline p = TimelineParser.parse(text, null);
        assertEquals(ZoneId.of("UTC"), p.zone());
        assertEquals(LocalDateTime.of(2024, 3, 3, 10, 0), p.rows().get(0).local(), "prose with a date sets no day");
        assertEquals(LocalDateTime.of(2024, 3, 4, 9, 15), p.rows().get(1).local());
        ParsedTimeline bare = TimelineParser.parse("""
                Outage, 2024
                Tuesday, 5 March 2024:
                23:50 deploy
                6 Mar (UTC)
                00:10 recovered
                """, null);
        assertEquals(LocalDateTime.of(2024, 3, 5, 23, 50), bare.rows().get(0).local());
        assertEquals(LocalDateTime.of(2024, 3, 6, 0, 10), bare.rows().get(1).local());
        Skeleton s = SkeletonBuilder.build(p, null);
        assertEquals("allServicesRecovered", s.placements().get(1).measure());
        assertEquals("09:15+1", s.placements().get(1).at());
    }

    @Test
    void aTimeWithoutAnyDateIsListedNotGuessed() {
        ParsedTimeline p = TimelineParser.parse("10:45 something broke\n", null);
        assertTrue(p.rows().isEmpty());
        assertEquals(1, p.unparsed().get(0).line());
        assertTrue(p.unparsed().get(0).reason().contains("no date"));
    }

    @Test
    void amPmAndRanges() {
        ParsedTimeline p = TimelineParser.parse("""
                2024-12-11
                3:12 PM PST - agent deployed
                14:51–15:20 change applied to all clusters
                """, null);
        assertEquals(LocalDateTime.of(2024, 12, 11, 15, 12), p.rows().get(0).local());
        assertEquals(LocalDateTime.of(2024, 12, 11, 14, 51), p.rows().get(1).local());
        assertTrue(p.rows().get(1).note().contains("range"));
        assertNull(p.rows().get(0).note());
    }

    @Test
    void oversizedTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimelineParser.parse("x".repeat(TimelineParser.MAX_CHARS + 1), null));
    }
}
