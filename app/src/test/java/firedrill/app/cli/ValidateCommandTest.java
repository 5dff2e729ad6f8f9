package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code firedrill validate} end to end through {@link Cli#run}: exit 0 and "PATH: ok" for valid
 * scenarios; exit 2 and one {@code file: $.json.path: message} line per problem otherwise, with no
 * Java internals. Uses the engine's malformed fixtures and the shipped scenario from the source tree.
 */
class ValidateCommandTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path FIXTURES = ROOT.resolve("engine/src/test/resources/malformed");
    private static final Pattern LEAK = Pattern.compile("java\\.|com\\.fasterxml|firedrill\\.engine|Exception|`|\\tat ");

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result validate(String... files) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        System.arraycopy(files, 0, args, 1, files.length);
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theShippedScenarioIsValid() {
        String file = ROOT.resolve("scenarios/openai-2024-12-11.json").toString();
        Result r = validate(file);
        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals(file + ": ok", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void theValidFixtureIsValid() {
        Result r = validate(FIXTURES.resolve("valid-minimal.json").toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().strip().endsWith("valid-minimal.json: ok"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax-missing-comma.json    | $.meta                                   | not valid JSON (line 6, column 5)",
        "trailing-garbage.json        | $                                        | unexpected content after the JSON object",
        "empty.json                   | $                                        | the file is empty; expected a JSON object",
        "top-level-array.json         | $                                        | expected a JSON object at the top level",
        "duplicate-key.json           | $.meta.title                             | duplicate key",
        "nan.json                     | $.mechanisms.dns.graceSeconds            | expected a finite number",
        "unknown-field-nested.json    | $.fleet.clusters[1].color                | unknown field \"color\"",
        "quoted-number.json           | $.team.responders                        | expected a whole number, got the string \"42\"",
        "missing-section.json         | $.mechanisms                             | expected the mechanisms section",
        "bad-time-25.json             | $.timeline[0].at                         | got \"25:00\"",
        "bad-duration.json            | $.actions[0].duration                    | expected an ISO-8601 duration",
        "traffic-not-summing.json     | $.fleet.services[0]                      | to sum to 1",
        "unknown-playbook-action.json | $.referencePlaybook.actions[0].action    | got unknown action \"panic\"",
        "bad-target-selector.json     | $.referencePlaybook.actions[2].target    | got \"biggest:3\"",
        "deeply-nested.json           | $.discussion[0]                          | expected at most 64 levels",
    })
    void malformedFilesExitTwoWithOneLinePerProblem(String name, String path, String fragment) {
        String file = FIXTURES.resolve(name).toString();
        Result r = validate(file);
        assertEquals(Cli.BAD_INPUT, r.code(), r.out() + r.err());
        assertEquals("", r.out(), "nothing on stdout for an invalid file");
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith(file + ": " + path), line);
        assertTrue(Pattern.matches(Pattern.quote(file) + ": \\$\\S*: .*expected.*", line), line);
        assertTrue(line.contains(fragment), line);
        assertFalse(LEAK.matcher(line).find(), line);
    }

    @Test
    void validAndInvalidTogetherExitTwoAndReportOnlyTheInvalid() {
        String good = FIXTURES.resolve("valid-minimal.json").toString();
        String bad = FIXTURES.resolve("unknown-region.json").toString();
        String worse = FIXTURES.resolve("number-for-string.json").toString();
        Result r = validate(good, bad, worse);
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(good + ": ok", r.out().strip());
        assertEquals(List.of(bad + ": $.fleet.clusters[1].region: expected one of fleet.regions [east, west], got unknown region \"north\"",
                worse + ": $.meta.title: expected a string, got the number 42"), r.errLines());
    }

    @Test
    void aMissingFileIsBadInput(@TempDir Path dir) {
        String file = dir.resolve("absent.json").toString();
        Result r = validate(file);
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(file + ": $: expected a readable file; none exists here", r.err().strip());
    }

    @Test
    void aHugeFileIsRefusedBySize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "{\"discussion\": [\"" + "x".repeat(5 * 1024 * 1024) + "\"]}");
        Result r = validate(file.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(file + ": $: file is "), r.err());
        assertTrue(r.err().contains("expected at most 4194304 bytes"), r.err());
    }

    @Test
    void noFileIsAUsageError() {
        Result r = validate();
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("PATH"), r.err());
    }
}
