package firedrill.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AarIpTest {
    @Test
    void draftsOverviewRatingsAndPlanFromObservationsAndTheReport() throws Exception {
        ModelSpec spec = new ModelSpec(ScenarioLoader.loadShipped("openai-2024-12-11"));
        DrillRecord r = DrillRecordTest.saved(spec);
        List<DrillRecord.Observation> obs = new ArrayList<>(r.observations());
        obs.add(new DrillRecord.Observation(r.tick(), "improvement", DrillRecord.COMMS,
                "<script>alert(1)</script> & \"status\" updates were late"));
        DrillRecord withObs = new DrillRecord(r.format(), r.scenario(), r.scenarioHash(), r.seed(), r.difficulty(),
                r.showSpeed(), r.status(), r.startedAt(), r.savedAt(), r.tick(), r.digest(), r.roles(), r.roster(),
                r.commands(), r.pending(), r.decisions(), obs);
        AfterActionReport report = DrillReport.report(spec, withObs);
        AarIp a = AarIp.draft(spec, withObs, report);
        assertEquals(spec.scenario().meta().learningObjectives(), a.overview().objectives());
        assertEquals(2, a.overview().participants().size());
        assertFalse(a.objectives().isEmpty());
        for (AarIp.ObjectiveAnalysis o : a.objectives()) {
            assertTrue(AarIp.Rating.of(o.rating()) != null, o.rating());
        }
        assertTrue(a.objectives().stream().anyMatch(o -> o.strengths().stream().anyMatch(s -> s.contains("Posted within a minute"))));
        assertTrue(a.plan().stream().anyMatch(p -> p.issue().contains("Nobody looked at DNS")));
        assertTrue(a.plan().stream().anyMatch(p -> p.owner().equals(DrillRecord.COMMS)), "owner from the observation's role");

        // Edited before export: a rating, a plan row's owner and due date; the JSON reads back the same.
        List<AarIp.ObjectiveAnalysis> os = new ArrayList<>(a.objectives());
        os.set(0, os.get(0).withRating("M"));
        List<AarIp.PlanItem> plan = new ArrayList<>(a.plan());
        AarIp.PlanItem p0 = plan.get(0);
        plan.set(0, new AarIp.PlanItem(p0.objective(), p0.issue(), "Run a comms drill monthly", "Dana <SRE lead>", "2027-01-15"));
        AarIp edited = a.withObjectives(os).withPlan(plan);
        AarIp back = AarIp.parse("aar-ip.json", edited.toJson().getBytes(StandardCharsets.UTF_8));
        assertEquals(edited, back);
        assertEquals(edited.toJson(), back.toJson());

        String html = edited.toHtml();
        assertFalse(html.contains("<script>alert(1)"), "escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;status&quot;"));
        assertTrue(html.contains("Dana &lt;SRE lead&gt;") && html.contains("2027-01-15"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("Performed with major challenges"));
    }

    @Test
    void badRatingsAndDatesAreRefusedWithTheirPaths() {
        String json = "{\"format\":\"firedrill/aar-ip@1\",\"overview\":{\"name\":\"x\"},"
                + "\"objectives\":[{\"objective\":\"o\",\"rating\":\"Q\",\"strengths\":[],\"areasForImprovement\":[]}],"
                + "\"plan\":[{\"objective\":\"o\",\"issue\":\"i\",\"correctiveAction\":\"c\",\"owner\":\"w\",\"due\":\"next week\"}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AarIp.parse("a.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("$.objectives[0].rating", "$.plan[0].due"), e.problems().stream().map(p -> p.path()).toList());
    }

    @Test
    void standardRolesIncludeTheSubjectMatterExpertAndOnlyTheCommanderApproves() {
        assertEquals(IncidentRole.labels(), DrillRecord.STANDARD_ROLES);
        assertEquals(IncidentRole.COMMUNICATIONS, IncidentRole.of("Communications / Liaison").orElseThrow());
        assertEquals(IncidentRole.SUBJECT_MATTER_EXPERT, IncidentRole.of("SME").orElseThrow());
        assertTrue(IncidentRole.of("Customer liaison").isEmpty(), "a drill's own role");
        assertEquals(List.of(IncidentRole.INCIDENT_COMMANDER),
                java.util.Arrays.stream(IncidentRole.values()).filter(IncidentRole::approves).toList());
    }
}
