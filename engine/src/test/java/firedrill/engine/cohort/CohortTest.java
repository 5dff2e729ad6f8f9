package firedrill.engine.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.csv.Csv;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.session.SessionRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortTest {
    @TempDir
    Path dir;

    @Test
    void scoresEveryAttemptPerTraineeAndScenarioAndCountsMissedLessons() throws Exception {
        ModelSpec spec = new ModelSpec(ScenarioLoader.loadShipped("reddit-2023-03-14"));
        SampleCohort.write(dir, spec, 3, 3);
        // One trainee's export file, and two files that must be refused with their paths.
        List<SessionRecord> hers = List.of(SessionRecord.read(dir.resolve("trainee-01/attempt-1.json")));
        Files.writeString(dir.resolve("ana.json"), new TraineeExport(TraineeExport.FORMAT, "=Ana", hers).toJson());
        Files.writeString(dir.resolve("trainee-02/broken.json"), "{\"format\":\"firedrill/session@1\",\"seed\":\"x\"}");
        Files.writeString(dir.resolve("bad-export.json"), "{\"format\":\"firedrill/attempts@1\",\"trainee\":\"B\",\"sessions\":[{}]}");
        CohortSources.Found found = CohortSources.read(dir);
        assertEquals(10, found.sources().size());
        assertTrue(found.problems().stream().anyMatch(p -> p.file().endsWith("broken.json") && p.path().equals("$.seed")),
                found.problems().toString());
        assertTrue(found.problems().stream().anyMatch(p -> p.file().endsWith("bad-export.json")
                && p.path().startsWith("$.sessions[0].")), found.problems().toString());
        Cohort c = Cohort.score(found.sources(), id -> Optional.of(spec.scenario()), 0, found.problems(), null);
        assertEquals(10, c.attempts().size());
        assertEquals(List.of("=Ana", "trainee-01", "trainee-02", "trainee-03"), c.trainees());
        Cohort.Summary first = c.summaries().stream().filter(s -> s.trainee().equals("trainee-01")).findFirst().orElseThrow();
        assertEquals(List.of(1, 2, 3), first.attempts().stream().map(Cohort.Attempt::number).toList());
        assertTrue(first.last() >= first.first(), "practice closes on the real team's times: " + first.attempts());
        assertFalse(c.mostMissed().isEmpty());
        assertTrue(c.mostMissed().get(0).count() >= c.mostMissed().get(c.mostMissed().size() - 1).count());
        String csv = c.toCsv();
        List<Csv.Row> rows = Csv.parse(csv);
        assertEquals(11, rows.size());
        assertEquals(Cohort.CSV_COLUMNS, rows.get(0).fields());
        assertEquals("'=Ana", rows.get(1).field(0), "a formula-like name is defused");
        String json = c.toJson();
        assertTrue(json.contains("\"format\" : \"firedrill/cohort@1\"") || json.contains("\"format\": \"firedrill/cohort@1\""), json.substring(0, 80));
        assertEquals(json, Cohort.score(CohortSources.read(dir).sources(), id -> Optional.of(spec.scenario()), 0,
                found.problems(), null).toJson(), "deterministic");
        assertEquals(3, c.filter(a -> a.trainee().equals("trainee-03")).attempts().size());
        assertTrue(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).endsWith("\r\n"));
    }
}
