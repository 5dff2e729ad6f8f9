package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.app.author.ScenarioFiles;
import firedrill.app.fx.DataDir;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.drill.DrillReport;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the user's own scenarios can be drilled — listed with the shipped ones after the same
 * strict loading and validation, briefed the same way — and such a drill runs end to end: set-up with
 * every person given a role (or Observer), decisions, an inject to one role, observations about a
 * person, the end, the archive and the report. The set-up remembers the team for the next drill.
 */
class UserScenarioDrillTest {
    private static final String ID = "my-team-route-reflectors";

    @Test
    void aDrillOfAUserScenarioRunsEndToEnd() throws Exception {
        Path dir = ScenarioFiles.userDir();
        Files.createDirectories(dir);
        ObjectNode tree;
        try (var in = Scenario.class.getResourceAsStream("/scenarios/reddit-2023-03-14.json")) {
            tree = (ObjectNode) new ObjectMapper().readTree(in);
        }
        ((ObjectNode) tree.get("meta")).put("id", ID).put("title", "Our own route-reflector outage");
        Files.writeString(dir.resolve(ID + ".json"), tree.toPrettyString());
        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"firedrill/scenario@1\", \"meta\": {}}");

        DrillStore store = new DrillStore(DataDir.resolve());
        DrillSetupViewModel setup = new DrillSetupViewModel(store, firedrill.app.fx.TaskExecutor.sameThread());
        Scenario mine = setup.scenarios().stream().filter(s -> ID.equals(s.id())).findFirst().orElseThrow();
        assertTrue(setup.isUserScenario(mine));
        assertTrue(setup.scenarios().size() >= 4, "shipped ones and the user's");
        assertTrue(setup.problemProperty().get().contains("broken.json"), "a scenario that does not validate is named");
        assertTrue(DrillSetupView.briefing(mine).contains("Learning objectives"), "the same briefing as a shipped one");

        setup.scenarioProperty().set(mine);
        setup.seedTextProperty().set("7");
        setup.roster().get(0).nameProperty().set("Dana");
        setup.roster().get(1).nameProperty().set("Lee");
        setup.roster().get(2).nameProperty().set("Sam");
        DrillSetupViewModel.Person guest = setup.addPerson();
        guest.nameProperty().set("Priya");
        guest.roleProperty().set(null);
        assertFalse(setup.canStartProperty().get(), "a named person without a role blocks the start");
        assertTrue(setup.rosterProblemProperty().get().contains("Priya"));
        setup.removeRole(DrillRecord.SCRIBE);
        guest.roleProperty().set(DrillSetupViewModel.OBSERVER);
        assertTrue(setup.canStartProperty().get(), setup.rosterProblemProperty().get());

        DrillRecord record;
        java.util.concurrent.atomic.AtomicReference<Drill> started = new java.util.concurrent.atomic.AtomicReference<>();
        setup.start(started::set);
        Drill d = started.get();
        assertNotNull(d, setup.problemProperty().get());
        try (d) {
            assertEquals(ID, d.spec().scenario().id());
            DrillViewModel vm = new DrillViewModel(d);
            assertTrue(vm.deciders().stream().noneMatch(x -> DrillSetupViewModel.OBSERVER.equals(x.role())),
                    "an observer does not decide");
            DrillReportTest.at(d, d.spec().clockOf(d.spec().tickOf(mine.timeline().get(0).at()) + 600).substring(0, 5));
            String action = mine.actions().get(0).id();
            d.decide("Lee", DrillRecord.OPERATIONS, action, null, Map.of());
            d.inject("exec", DrillViewModel.addressed(DrillRecord.COMMS, "What do we tell customers?"));
            d.observe(DrillRecord.Tag.STRENGTH, DrillRecord.OPERATIONS, "Lee", "Found the right lever quickly");
            int t = d.frame().tick();
            DrillReportTest.at(d, d.spec().clockOf(t + 300).substring(0, 5));
            record = d.end().get(30, TimeUnit.SECONDS);
        }
        assertEquals(ID, record.scenario());
        assertTrue(Files.isRegularFile(store.dir().resolve("drill-" + DrillStore.stamp(record.startedAt()) + ".json")));
        AfterActionReport report = DrillReport.report(new firedrill.engine.model.ModelSpec(mine), record);
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(ID, json.get("scenario").get("id").asText());
        assertEquals("Lee", json.get("drill").get("observations").get(0).get("person").asText());
        assertTrue(json.get("drill").get("injects").toString().contains("To Comms: What do we tell customers?"));
        assertTrue(report.toHtml().contains("Our own route-reflector outage"));

        // The next set-up starts from the same team.
        DrillSetupViewModel next = new DrillSetupViewModel(store, firedrill.app.fx.TaskExecutor.sameThread());
        assertEquals(4, next.roster().size());
        assertEquals("Priya", next.roster().get(3).nameProperty().get());
        assertEquals(DrillSetupViewModel.OBSERVER, next.roster().get(3).roleProperty().get());
        assertFalse(next.roles().contains(DrillRecord.SCRIBE), "with its roles");
        assertTrue(next.saveTeam("Blue team"));
        assertTrue(new DrillSetupViewModel(store, firedrill.app.fx.TaskExecutor.sameThread()).teams().stream().anyMatch(x -> x.name().equals("Blue team")));
    }
}
