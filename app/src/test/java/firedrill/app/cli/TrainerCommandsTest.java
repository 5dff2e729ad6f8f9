package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code msel}, {@code export} and {@code cohort} end to end through {@link Cli#run}. */
class TrainerCommandsTest {
    @TempDir
    Path dir;

    @Test
    void mselExportImportExportIsByteIdenticalAndABadRowIsNamed() throws Exception {
        Path a = dir.resolve("a.csv");
        Path scenario = dir.resolve("scenario.json");
        Path b = dir.resolve("b.csv");
        CliTest.Result r = CliTest.run("msel", "export", "--scenario", "datadog-2023-03-08", "--csv", a.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        CliTest.Result i = CliTest.run("msel", "import", "--scenario", "datadog-2023-03-08", "--csv", a.toString(),
                "--out", scenario.toString());
        assertEquals(Cli.OK, i.code(), i.err());
        assertEquals(Cli.OK, CliTest.run("validate", scenario.toString()).code());
        assertEquals(Cli.OK, CliTest.run("msel", "export", "--scenario", scenario.toString(), "--csv", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String text = Files.readString(a);
        assertTrue(text.startsWith("Number,Scenario time,Real time,From,To,Delivery method,Inject,Expected action,Objective,Notes\r\n"));

        Files.writeString(b, text.replaceFirst("\r\n([^,]*),(\\d\\d:\\d\\d),", "\r\n$1,soon,"));
        CliTest.Result bad = CliTest.run("msel", "import", "--scenario", scenario.toString(), "--csv", b.toString(),
                "--out", dir.resolve("never.json").toString());
        assertEquals(Cli.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("row 2, Scenario time") && bad.err().contains("\"soon\""), bad.err());
        assertTrue(!Files.exists(dir.resolve("never.json")));
    }

    @Test
    void exportWritesXapiStatementsAndAnAttemptsFileThatCohortReads() throws Exception {
        Path session = dir.resolve("s.json");
        assertEquals(Cli.OK, CliTest.run("simulate", "--scenario", "reddit-2023-03-14", "--playbook", "reference",
                "--seed", "5", "--save", session.toString()).code());
        Path xapi = dir.resolve("out.xapi.json");
        CliTest.Result r = CliTest.run("export", "--session", session.toString(), "--xapi", xapi.toString(),
                "--actor", "Dana", "--pass-mark", "40");
        assertEquals(Cli.OK, r.code(), r.err());
        JsonNode st = new ObjectMapper().readTree(Files.readString(xapi));
        assertEquals(3, st.size());
        assertEquals("http://adlnet.gov/expapi/verbs/passed", st.get(2).path("verb").path("id").asText());
        assertEquals("Dana", st.get(0).path("actor").path("account").path("name").asText());
        assertEquals(5, st.get(2).path("context").path("extensions").path("https://firedrill.invalid/xapi/extensions/seed").asInt());

        Path cohort = Files.createDirectories(dir.resolve("cohort"));
        CliTest.Result e = CliTest.run("export", "--session", session.toString(), "--trainee", "Dana",
                "--attempts", cohort.resolve("dana.json").toString());
        assertEquals(Cli.OK, e.code(), e.err());
        Path csv = dir.resolve("cohort.csv");
        CliTest.Result c = CliTest.run("cohort", "--sessions", cohort.toString(), "--par", "0", "--json", "--csv", csv.toString());
        assertEquals(Cli.OK, c.code(), c.err());
        JsonNode json = new ObjectMapper().readTree(c.out());
        assertEquals("Dana", json.path("summaries").get(0).path("trainee").asText());
        assertEquals(1, json.path("summaries").get(0).path("attempts").asInt());
        String sheet = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(sheet.startsWith("trainee,scenario,attempt,") && sheet.contains("\r\nDana,reddit-2023-03-14,1,"), sheet);
    }

    @Test
    void exportRefusesAMissingTarget() {
        CliTest.Result r = CliTest.run("export", "--session", "x.json");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--xapi"), r.err());
    }
}
