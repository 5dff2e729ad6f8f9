package firedrill.app.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.session.SessionStore;
import firedrill.engine.session.SessionRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history tells a damaged scenario from a missing one, and an unreadable store from an empty one. */
class HistoryViewModelTest {
    @TempDir Path data;

    private SessionStore storeWithOneAttempt(String scenario) throws Exception {
        SessionStore store = new SessionStore(data);
        store.save(new SessionRecord(SessionRecord.FORMAT, scenario, "a".repeat(64), 1L, null, "Standard", 0, 100, null,
                List.of(), Map.of(), null, List.of()));
        return store;
    }

    @Test
    void aDamagedScenarioIsReportedWithItsErrorNotAsNotInstalled() throws Exception {
        SessionStore store = storeWithOneAttempt("my-drill");
        HistoryViewModel vm = new HistoryViewModel(store, id -> {
            throw new IllegalArgumentException("the scenario file /x/my-drill.json is damaged: $.fleet: expected an object");
        });
        HistoryViewModel.Row row = vm.groups().get(0).rows().get(0);
        String problem = vm.problem(row).orElseThrow();
        assertTrue(problem.startsWith("Scenario \"my-drill\" cannot be loaded"), problem);
        assertTrue(problem.contains("$.fleet: expected an object"), problem);

        HistoryViewModel missing = new HistoryViewModel(store, id -> null);
        assertTrue(missing.problem(row).orElseThrow().contains("is not installed"));
    }

    @Test
    void anUnreadableStoreIsAnErrorNotAnEmptyHistory() throws Exception {
        Files.writeString(data.resolve("sessions"), "not a folder");
        HistoryViewModel vm = new HistoryViewModel(new SessionStore(data), id -> null);
        assertThrows(java.io.IOException.class, vm::groups);
    }

    @Test
    void userScenariosTellDamagedFilesFromMissingOnes() throws Exception {
        Path dir = Files.createDirectories(data.resolve("scenarios"));
        // Valid JSON that claims the id but breaks the format.
        Files.writeString(dir.resolve("a.json"), "{\"format\": \"firedrill/scenario@1\", \"meta\": {\"id\": \"broken-one\"}}");
        // Not even JSON, matched by its file name.
        Files.writeString(dir.resolve("half-saved.json"), "{\"format\": \"firedrill/scen");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> firedrill.app.author.UserScenariosAccess.find(dir, "broken-one"));
        assertTrue(e.getMessage().startsWith("the scenario file " + dir.resolve("a.json") + " is damaged: $"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> firedrill.app.author.UserScenariosAccess.find(dir, "half-saved"));
        assertTrue(e.getMessage().contains("unexpected end of file"), e.getMessage());
        assertNull(firedrill.app.author.UserScenariosAccess.find(dir, "never-made"));
        assertEquals(null, firedrill.app.author.UserScenariosAccess.find(data.resolve("no-folder"), "x"));
    }
}
