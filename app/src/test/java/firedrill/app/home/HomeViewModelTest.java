package firedrill.app.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.author.ScenarioFiles;
import firedrill.app.author.ScenarioLens;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library off the FX thread (here on the test's thread): summaries, re-listing, opening, leaving. */
class HomeViewModelTest {
    private static final TaskExecutor NOW = TaskExecutor.sameThread();

    @TempDir
    Path data;

    private Path userDir() {
        return data.resolve("scenarios");
    }

    private void writeUserScenario(String file, String id, String title) throws Exception {
        Files.createDirectories(userDir());
        Scenario s = ScenarioLens.with(ScenarioFiles.template(), "$.meta.id", id);
        s = ScenarioLens.with(s, "$.meta.title", title);
        Files.write(userDir().resolve(file), ScenarioFiles.bytes(s));
    }

    private HomeViewModel home(PersonalBests bests, Library library) {
        HomeViewModel vm = new HomeViewModel(bests, library, NOW);
        vm.load();
        return vm;
    }

    @Test
    void listsShippedAndUserScenariosAsSummariesAndExplainsTheOnesLeftOut() throws Exception {
        writeUserScenario("a-mine.json", "mine", "My outage");
        Files.writeString(userDir().resolve("b-broken.json"), "{ \"format\": ");
        writeUserScenario("c-clash.json", "mine", "Same id again");
        HomeViewModel vm = home(new PersonalBests(data), new Library(userDir()));
        List<String> ids = vm.cards().stream().map(HomeViewModel.Card::id).toList();
        List<String> expected = new ArrayList<>(ScenarioLoader.shippedIds());
        expected.add("mine");
        assertEquals(expected, ids);
        HomeViewModel.Card mine = vm.cards().get(ids.indexOf("mine"));
        assertEquals("My outage", mine.title());
        assertFalse(mine.entry().shipped());
        assertTrue(vm.cards().get(0).entry().shipped());
        String problem = vm.problemProperty().get();
        assertTrue(problem.contains("b-broken.json"), problem);
        assertTrue(problem.contains("already in the library"), problem);
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void aCardsScenarioIsLoadedWhenItIsOpened() throws Exception {
        writeUserScenario("mine.json", "mine", "My outage");
        HomeViewModel vm = home(new PersonalBests(data), new Library(userDir()));
        AtomicReference<Scenario> opened = new AtomicReference<>();
        for (HomeViewModel.Card c : vm.cards()) {
            vm.open(c, opened::set);
            assertNotNull(opened.get(), c.id());
            assertEquals(c.id(), opened.get().id());
            assertFalse(vm.openingProperty().get());
        }
        Files.writeString(userDir().resolve("mine.json"), "not json");
        vm.open(vm.cards().get(vm.cards().size() - 1), s -> { throw new AssertionError("a broken file opened"); });
        assertTrue(vm.problemProperty().get().contains("mine.json"), vm.problemProperty().get());
    }

    @Test
    void listingAgainReadsOnlyFilesThatChanged() throws Exception {
        writeUserScenario("mine.json", "mine", "My outage");
        writeUserScenario("other.json", "other", "Other outage");
        Library library = new Library(userDir());
        home(new PersonalBests(data), library);
        // Same size and time, other bytes: a second listing must use what it read before.
        Path mine = userDir().resolve("mine.json");
        FileTime time = Files.getLastModifiedTime(mine);
        byte[] garbage = new byte[(int) Files.size(mine)];
        java.util.Arrays.fill(garbage, (byte) ' ');
        Files.write(mine, garbage);
        Files.setLastModifiedTime(mine, time);
        // A changed file is read again.
        writeUserScenario("other.json", "other", "Other outage, renamed");
        Files.setLastModifiedTime(userDir().resolve("other.json"), FileTime.fromMillis(time.toMillis() + 5000));
        HomeViewModel again = home(new PersonalBests(data), library);
        Map<String, String> titles = new java.util.HashMap<>();
        again.cards().forEach(c -> titles.put(c.id(), c.title()));
        assertEquals("My outage", titles.get("mine"));
        assertEquals("Other outage, renamed", titles.get("other"));
        assertEquals("", again.problemProperty().get());
        // A deleted file leaves the library.
        Files.delete(userDir().resolve("other.json"));
        assertFalse(home(new PersonalBests(data), library).cards().stream().anyMatch(c -> c.id().equals("other")));
    }

    @Test
    void aHomeScreenThatWasLeftNoLongerFollowsTheBests() {
        PersonalBests bests = new PersonalBests(data);
        HomeViewModel left = home(bests, new Library(userDir()));
        HomeViewModel current = home(bests, new Library(userDir()));
        left.dispose();
        String id = ScenarioLoader.shippedIds().get(0);
        bests.record(new PersonalBests.Best(id, 100, "19:36", 3, 12, "Standard", 1, "2026-11-25"));
        assertEquals("No personal best yet", left.cards().get(0).best(), "a disposed screen is not rebuilt");
        assertTrue(current.cards().get(0).best().startsWith("Personal best: 100"), current.cards().get(0).best());
    }

    @Test
    void aDisposedScreenDoesNotStartListing() {
        HomeViewModel vm = new HomeViewModel(new PersonalBests(data), new Library(userDir()), NOW);
        vm.dispose();
        vm.load();
        assertTrue(vm.cards().isEmpty());
    }
}
