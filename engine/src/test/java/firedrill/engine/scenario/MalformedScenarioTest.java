package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed fixture is refused with exactly one problem, at the expected JSON path, naming the
 * file, saying what was expected, and never leaking Java internals.
 */
class MalformedScenarioTest {
    /** Java package or class names, exception names, stack frames and Jackson's backquoted type names. */
    private static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|com\\.fasterxml|firedrill\\.engine|Exception|\\bat [a-z]+\\.|`|\\$[A-Z]|Source: |\\bnull\\(|\\tat ");

    static Stream<Fixtures.Case> cases() {
        return Fixtures.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneProblemAtTheExpectedPath(Fixtures.Case c) {
        Path file = Fixtures.file(c.file());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
        assertProblem(problems.get(0), file.toString(), c);
        assertEquals(problems.get(0).toString(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameProblemFromBytes(Fixtures.Case c) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.file(c.file()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.parse(c.file(), bytes));
        assertEquals(1, e.problems().size(), () -> e.problems().toString());
        assertProblem(e.problems().get(0), c.file(), c);
    }

    static void assertProblem(Problem p, String file, Fixtures.Case c) {
        assertEquals(file, p.file(), "file name");
        assertTrue(p.path().startsWith("$"), p.path());
        assertEquals(c.path(), p.path(), () -> "path of " + p);
        assertTrue(p.message().contains("expected"), () -> "message says what was expected: " + p);
        assertTrue(p.message().contains(c.fragment()), () -> "message of " + c.file() + " is: " + p.message());
        assertClean(p);
    }

    static void assertClean(Problem p) {
        assertFalse(LEAK.matcher(p.message()).find(), () -> "message leaks Java internals: " + p);
        assertFalse(p.message().contains("\n"), () -> "one line per problem: " + p);
        assertFalse(p.path().contains("\n"), () -> "one-line path: " + p);
    }

    @Test
    void thereAreEnoughFixturesAndEachFileHasARow() throws IOException {
        assertTrue(Fixtures.CASES.size() >= 25, "at least 25 malformed fixtures");
        Set<String> inTable = Fixtures.CASES.stream().map(Fixtures.Case::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Fixtures.CASES.size(), inTable.size(), "each fixture listed once");
        try (Stream<Path> files = Files.list(Fixtures.dir())) {
            Set<String> onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .filter(n -> !n.equals(Fixtures.VALID)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(onDisk, inTable, "every fixture file has a row in Fixtures.CASES and vice versa");
        }
    }

    @Test
    void theValidFixtureLoads() throws InvalidInputException {
        Scenario s = ScenarioLoader.load(Fixtures.file(Fixtures.VALID));
        assertEquals("minimal", s.id());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        // A valid scenario padded to just over 4 MiB with a long discussion: refused on size alone.
        String valid = new String(Fixtures.validBytes(), StandardCharsets.UTF_8);
        StringBuilder padding = new StringBuilder();
        String question = "\"" + "Why? ".repeat(200) + "\"";
        while (padding.length() < StrictJson.MAX_BYTES) {
            padding.append(padding.length() == 0 ? "" : ",\n    ").append(question);
        }
        String huge = valid.replace("\"discussion\": [", "\"discussion\": [\n    " + padding + ",");
        Path file = dir.resolve("huge.json");
        Files.writeString(file, huge);
        assertTrue(Files.size(file) > StrictJson.MAX_BYTES);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file));
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertEquals("$", p.path());
        assertTrue(p.message().contains("expected at most 4194304 bytes (4 MiB)"), p.message());
        assertClean(p);

        byte[] bytes = Files.readAllBytes(file);
        InvalidInputException fromBytes = assertThrows(InvalidInputException.class, () -> ScenarioLoader.parse("huge.json", bytes));
        assertEquals("$", fromBytes.problems().get(0).path());
        InvalidInputException fromStream = assertThrows(InvalidInputException.class,
                () -> StrictJson.read("huge.json", new ByteArrayInputStream(bytes), Scenario.class));
        assertTrue(fromStream.problems().get(0).message().contains("expected at most"));
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(missing));
        assertEquals("$", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("expected a readable file"));
        InvalidInputException unknownId = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load("no-such-id"));
        assertTrue(unknownId.problems().get(0).message().contains("expected one of"));
    }

    @Test
    void severalStructuralProblemsAreReportedTogether() {
        String json = "{\"format\": 1, \"meta\": {\"titel\": \"x\"}, \"team\": {\"responders\": \"4\"}, \"extra\": []}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioLoader.parse("several.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("$.format", "$.meta.titel", "$.team.responders", "$.extra"),
                e.problems().stream().map(Problem::path).toList());
        e.problems().forEach(MalformedScenarioTest::assertClean);
    }

    @Test
    void oddKeysGetBracketPaths() {
        String json = "{\"fleet\": {\"clusters\": [{\"traffic\": {\"a b\": 1, \"it's\": 1}}]}}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioLoader.parse("keys.json", json.getBytes(StandardCharsets.UTF_8)));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertTrue(paths.contains("$.fleet.clusters[0].traffic['a b']"), paths::toString);
        assertTrue(paths.contains("$.fleet.clusters[0].traffic['it\\'s']"), paths::toString);
    }
}
