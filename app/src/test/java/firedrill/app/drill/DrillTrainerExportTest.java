package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import firedrill.engine.csv.Csv;
import firedrill.engine.drill.AarIp;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.msel.Msel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting a drill's report also writes xAPI statements per participant and the facilitator's
 * injects as a MSEL sheet, and offers the AAR/IP draft; the edited AAR/IP is written as printable
 * HTML (escaped) and JSON beside the report, and kept for the next export.
 */
class DrillTrainerExportTest {
    @Test
    void reportExportAddsStatementsMselAndAnEditableAarIp(@TempDir Path data) throws Exception {
        DrillSetup setup = DrillCrashChild.setup();
        Path html = data.resolve("reports").resolve("drill.html");
        Files.createDirectories(html.getParent());
        try (Drill d = Drill.start(setup, new DrillStore(data))) {
            DrillReportTest.at(d, "15:14");
            d.decide("Dana", DrillRecord.INCIDENT_COMMANDER, "status-update", null, Map.of());
            d.inject("exec", "CEO staff: \"what do we say\", now?");
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.COMMS, "Status page <b>stale</b> for 30 minutes");
            DrillReportTest.at(d, "15:30");
            d.end().get(30, TimeUnit.SECONDS);
            DrillViewModel vm = new DrillViewModel(d);
            assertEquals(html, vm.export(html).get(120, TimeUnit.SECONDS));

            JsonNode st = new ObjectMapper().readTree(Files.readString(DrillViewModel.sibling(html, ".xapi.json")));
            assertEquals(9, st.size(), "attempted, completed and passed/failed for Dana, Lee and Sam");
            List<Csv.Row> msel = Csv.parse(Files.readString(DrillViewModel.sibling(html, ".msel.csv")));
            assertEquals(Msel.COLUMNS, msel.get(0).fields());
            assertEquals("CEO staff: \"what do we say\", now?", msel.get(1).field(6));

            AarIp draft = vm.aarIpProperty().get();
            assertTrue(draft.plan().stream().anyMatch(p -> p.issue().contains("<b>stale</b>")));
            List<AarIp.PlanItem> plan = new ArrayList<>(draft.plan());
            AarIp.PlanItem p0 = plan.get(0);
            plan.set(0, new AarIp.PlanItem(p0.objective(), p0.issue(), "Template the first update", "Sam", "2027-02-01"));
            AarIp edited = draft.withPlan(plan);
            Path page = vm.saveAarIp(edited).get(30, TimeUnit.SECONDS);
            String text = Files.readString(page);
            assertTrue(text.contains("Template the first update") && text.contains("2027-02-01"));
            assertFalse(text.contains("<b>stale</b>"), "escaped");
            assertEquals(edited, AarIp.read(DrillViewModel.sibling(html, ".aar-ip.json")));

            // A bad due date is refused before anything is written.
            plan.set(0, new AarIp.PlanItem(p0.objective(), p0.issue(), "x", "Sam", "soon"));
            ExecutionException bad = assertThrows(ExecutionException.class,
                    () -> vm.saveAarIp(draft.withPlan(plan)).get(30, TimeUnit.SECONDS));
            assertTrue(bad.getCause().getMessage().contains("$.plan[0].due"), bad.getCause().getMessage());

            // Exporting again keeps the facilitator's edits.
            vm.export(html).get(120, TimeUnit.SECONDS);
            assertEquals(edited, vm.aarIpProperty().get());
        }
    }
}
