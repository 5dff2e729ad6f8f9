package firedrill.engine.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.ScenarioValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timeline sections of five public post-mortems (copied with their sources into test resources):
 * every row is placed at the local time and day the table gives, or listed as unparsed, and the
 * skeleton is a valid scenario. The expectations (.expected) were checked by hand against each table.
 */
class FactSheetImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"aws-2025-10-20", "cloudflare-2025-11-18", "datadog-2023-03-08", "openai-2024-12-11",
            "reddit-2023-03-14"})
    void everyRowIsPlacedAtItsTimeOrListed(String sheet) throws IOException {
        String text = resource(sheet + ".md");
        Skeleton s = SkeletonBuilder.build(TimelineParser.parse(text, null), sheet + ".md");

        List<String> actual = new ArrayList<>();
        for (Skeleton.Placement p : s.placements()) {
            actual.add(p.row().line() + " " + p.at() + " " + (p.milestone() ? "M" : "I")
                    + (p.measure() == null ? "" : " " + p.measure()));
        }
        s.unparsed().forEach(u -> actual.add(u.line() + " unparsed"));
        List<String> expected = resource(sheet + ".expected").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(expected, actual, sheet);

        // Independently of the expectations: every data row of the timeline table is accounted for.
        Set<Integer> accounted = new TreeSet<>();
        s.placements().forEach(p -> accounted.add(p.row().line()));
        s.unparsed().forEach(u -> accounted.add(u.line()));
        assertEquals(tableRows(text), accounted.stream().filter(tableRows(text)::contains).collect(
                java.util.stream.Collectors.toCollection(TreeSet::new)), sheet + ": table rows neither placed nor listed");
        assertEquals(List.of(), ScenarioValidator.validate(sheet, s.scenario()), sheet + ": skeleton must be valid");
        assertTrue(s.scenario().assumptions().stream().anyMatch(a -> a.path().equals("$.fleet")), "placeholders marked");
    }

    @org.junit.jupiter.api.Test
    void utcIsConvertedFromTheDatedPacificColumn() throws IOException {
        Skeleton s = SkeletonBuilder.build(TimelineParser.parse(resource("aws-2025-10-20.md"), ZoneId.of("UTC")), "aws.md");
        assertEquals("UTC", s.scenario().meta().timezone());
        assertEquals("2025-10-20", s.scenario().meta().date());
        assertEquals("06:48", s.placements().get(0).at(), "20 Oct 06:48 UTC");
        Skeleton.Placement last = s.placements().get(s.placements().size() - 1);
        assertEquals(39, last.row().line());
        assertEquals("11:05+1", last.at(), "21 Oct 04:05 PDT is 11:05 UTC, one day after 20 Oct");
    }

    @org.junit.jupiter.api.Test
    void aZoneWithoutItsOwnColumnIsConverted() throws IOException {
        Skeleton s = SkeletonBuilder.build(TimelineParser.parse(resource("openai-2024-12-11.md"), ZoneId.of("UTC")), "o.md");
        assertEquals("2024-12-11", s.scenario().meta().date());
        assertEquals("22:23", s.placements().get(0).at(), "14:23 PST = 22:23 UTC");
        assertEquals("03:38+1", s.placements().get(s.placements().size() - 1).at(), "19:38 PST = 03:38 UTC next day");
        assertTrue(s.scenario().assumptions().stream().anyMatch(a -> a.reason().contains("converted from America/Los_Angeles")));
    }

    /** 1-based numbers of the data rows of the markdown tables after the "Timeline" heading. */
    private static Set<Integer> tableRows(String text) {
        Set<Integer> rows = new TreeSet<>();
        String[] lines = text.split("\n", -1);
        boolean inTimeline = false;
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.startsWith("## ")) {
                inTimeline = l.toLowerCase(java.util.Locale.ROOT).contains("timeline");
                header = true;
            } else if (inTimeline && l.startsWith("|")) {
                if (header || l.matches("\\|[-| :]+\\|")) {
                    header = false;
                    continue;
                }
                rows.add(i + 1);
            } else {
                header = true;
            }
        }
        return rows;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FactSheetImportTest.class.getResourceAsStream("/postmortem/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
