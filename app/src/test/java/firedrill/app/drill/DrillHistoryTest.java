package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.DataDir;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, History knows drills: ended, set-aside and interrupted drills are listed with their reports;
 * a report is exported again; a set-aside drill is put back so the set-up offers to resume it; two
 * drills of the same scenario and seed are compared side by side (and two of different seeds are not).
 */
class DrillHistoryTest {
    @Test
    void listsReexportsRestoresAndComparesDrills() throws Exception {
        DrillStore store = new DrillStore(DataDir.resolve());
        DrillSetup setup = DrillCrashChild.setup();
        // Team A acts early; team B later; both on the same scenario and seed.
        DrillRecord a = play(store, setup, "15:16", "15:30");
        DrillRecord b = play(store, setup, "15:26", "15:35");
        // A third drill is set aside.
        try (Drill d = Drill.start(setup, store)) {
            DrillReportTest.at(d, "15:05");
            d.saveNow().get(10, TimeUnit.SECONDS);
        }
        new DrillSetupViewModel(store, firedrill.app.fx.TaskExecutor.sameThread()).discard();
        assertEquals(null, store.interrupted());

        DrillHistory history = new DrillHistory(store, id -> {
            try {
                return ScenarioLoader.loadShipped(id);
            } catch (Exception e) {
                return null;
            }
        });
        List<DrillHistory.Entry> entries = history.list();
        assertEquals(3, entries.size(), entries.toString());
        assertEquals(2, entries.stream().filter(e -> e.kind() == DrillHistory.Kind.ENDED).count());
        DrillHistory.Entry aside = entries.stream().filter(e -> e.kind() == DrillHistory.Kind.SET_ASIDE).findFirst()
                .orElseThrow();
        DrillHistory.Entry ea = entries.stream().filter(e -> a.equals(e.record())).findFirst().orElseThrow();
        DrillHistory.Entry eb = entries.stream().filter(e -> b.equals(e.record())).findFirst().orElseThrow();
        assertTrue(ea.reports().isEmpty());
        assertFalse(ea.file().equals(eb.file()), "two drills started in the same second keep a file each");

        // Export (again): the report is found with its drill afterwards.
        Path html = history.export(ea);
        assertTrue(Files.isRegularFile(html) && Files.isRegularFile(DrillViewModel.jsonOf(html)));
        assertTrue(history.list().stream().filter(e -> e.file().equals(ea.file())).findFirst().orElseThrow().reports()
                .contains(html));
        assertTrue(Files.readString(html).contains("Scored up to"), "scored up to its end, like at the console");

        // Put the set-aside drill back: the set-up offers to resume it.
        history.restore(aside);
        assertNotNull(store.interrupted());
        assertTrue(new DrillSetupViewModel(store, firedrill.app.fx.TaskExecutor.sameThread()).describeInterrupted().contains("stopped at"));
        assertThrows(java.io.IOException.class, () -> history.restore(aside), "only once");

        // Compare the two teams on the same seed.
        assertTrue(DrillHistory.comparable(ea, eb));
        DrillHistory.Comparison c = history.compare(ea, eb);
        List<String[]> rows = DrillHistory.rows(c);
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Grade")));
        String[] mitigation = rows.stream().filter(r -> r[0].equals("First effective mitigation")).findFirst().orElseThrow();
        assertFalse(mitigation[1].equals(mitigation[2]) && mitigation[1].equals("none"), String.join(" | ", mitigation));
        String[] scored = rows.stream().filter(r -> r[0].startsWith("Scored up to")).findFirst().orElseThrow();
        assertFalse(scored[1].equals(scored[2]), "each drill is scored up to its own end");

        // A drill with another seed is not a fair comparison.
        DrillRecord other = play(store, new DrillSetup(setup.scenario(), setup.spec(), setup.seed() + 1,
                setup.difficulty(), true, setup.roles(), setup.roster(), null, null), "15:16", "15:20");
        DrillHistory.Entry eo = history.list().stream().filter(e -> other.equals(e.record())).findFirst().orElseThrow();
        assertFalse(DrillHistory.comparable(ea, eo));
        assertThrows(IllegalArgumentException.class, () -> history.compare(ea, eo));
    }

    /** A drill that blocks admin access on the largest clusters at {@code act} and ends at {@code end}. */
    private static DrillRecord play(DrillStore store, DrillSetup setup, String act, String end) throws Exception {
        try (Drill d = Drill.start(setup, store)) {
            DrillReportTest.at(d, act);
            d.decide("Lee", DrillRecord.OPERATIONS, "block-admin-api", "largest:5", Map.of());
            DrillReportTest.at(d, end);
            return d.end().get(30, TimeUnit.SECONDS);
        }
    }
}
