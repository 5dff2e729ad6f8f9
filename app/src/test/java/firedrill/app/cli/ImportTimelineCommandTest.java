package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firedrill import-timeline} end to end: the skeleton written with {@code --out} loads as a
 * scenario, the report names placed and unparsed rows by line, and bad input exits 2 without writing.
 */
class ImportTimelineCommandTest {
    private static final Path SHEETS = Path.of("").toAbsolutePath().getParent().resolve("engine/src/test/resources/postmortem");

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesALoadableSkeletonAndReportsEveryRow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("openai.json");
        Result r = run("import-timeline", SHEETS.resolve("openai-2024-12-11.md").toString(), "--out", out.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("placed 11 rows (8 milestones, 3 injects), unparsed 6"), r.out());
        assertTrue(r.out().contains("line 15: unparsed: a date without a time of day"), r.out());
        assertTrue(r.out().contains("line 26: 19:38 $.realTimeline[7] allClustersRecovered"), r.out());
        Scenario s = ScenarioLoader.load(out);
        assertEquals("America/Los_Angeles", s.meta().timezone());
        assertEquals(8, s.realTimeline().size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void withoutOutTheSkeletonGoesToStdoutAndTheReportToStderr() throws Exception {
        Result r = run("import-timeline", SHEETS.resolve("reddit-2023-03-14.md").toString(), "--zone", "Europe/Berlin");
        assertEquals(Cli.OK, r.code(), r.err());
        Scenario s = ScenarioLoader.parse("stdout", r.out().getBytes(StandardCharsets.UTF_8));
        assertEquals("Europe/Berlin", s.meta().timezone());
        assertEquals("20:00", s.timeline().get(0).at(), "19:00 UTC is 20:00 in Berlin in March");
        assertTrue(r.err().contains("placed 8 rows"), r.err());
    }

    @Test
    void badZoneAndNothingToPlaceExitTwoWithoutWriting(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "# Notes\nNo times here at all.\n");
        Path out = dir.resolve("x.json");
        Result zone = run("import-timeline", md.toString(), "--zone", "Mars/Olympus");
        assertEquals(Cli.BAD_INPUT, zone.code());
        assertTrue(zone.err().contains("expected an IANA time zone"), zone.err());
        Result none = run("import-timeline", md.toString(), "--out", out.toString());
        assertEquals(Cli.BAD_INPUT, none.code());
        assertTrue(none.err().contains("no timestamped row could be placed"), none.err());
        assertFalse(Files.exists(out));
        Result missing = run("import-timeline", dir.resolve("absent.md").toString());
        assertEquals(Cli.BAD_INPUT, missing.code());
    }
}
