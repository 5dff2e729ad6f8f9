package firedrill.app.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalBestsTest {
    @TempDir
    Path dir;

    private static PersonalBests.Best run(double impact, int within) {
        return new PersonalBests.Best("s1", impact, "19:20", within, 12, "Standard", 1, "2026-11-25");
    }

    @Test
    void keepsTheBestRunPerScenarioAcrossRestarts() throws Exception {
        PersonalBests bests = new PersonalBests(dir);
        PersonalBests.Update first = bests.record(run(500, 6));
        assertTrue(first.improved());
        assertNull(first.previous());
        assertFalse(bests.record(run(600, 12)).improved(), "more impact is worse");
        PersonalBests.Update better = bests.record(run(400, 3));
        assertTrue(better.improved());
        assertEquals(500, better.previous().impactMinutes());
        assertTrue(bests.record(run(400, 4)).improved(), "ties go to more milestones");

        PersonalBests again = new PersonalBests(dir);
        assertEquals(400, again.best("s1").orElseThrow().impactMinutes());
        assertEquals(4, again.best("s1").orElseThrow().milestonesWithin());
        assertTrue(Files.readString(dir.resolve(PersonalBests.FILE)).contains("\"scenarioId\""));
    }

    @Test
    void aDamagedFileIsSetAsideWithANoticeAndTheBestsStartFresh() throws Exception {
        Files.writeString(dir.resolve(PersonalBests.FILE), "garbage");
        PersonalBests bests = new PersonalBests(dir, java.time.Clock.fixed(
                java.time.Instant.parse("2026-12-04T08:00:00Z"), java.time.ZoneOffset.UTC));
        assertTrue(bests.best("s1").isEmpty());
        Path aside = dir.resolve("personal-bests.json.corrupt-20261204-080000");
        assertEquals("garbage", Files.readString(aside));
        assertTrue(bests.noticeProperty().get().startsWith("Your personal bests file could not be read"),
                bests.noticeProperty().get());
        assertTrue(bests.noticeProperty().get().contains(aside.toString()), bests.noticeProperty().get());
        assertTrue(bests.record(run(1, 1)).improved());
        assertEquals(1, new PersonalBests(dir).best("s1").orElseThrow().impactMinutes());
        assertEquals("garbage", Files.readString(aside));
    }

    @Test
    void theLibraryShowsCardsWithBests() {
        PersonalBests bests = new PersonalBests(dir);
        HomeViewModel vm = new HomeViewModel(bests, new Library(dir.resolve("scenarios")), TaskExecutor.sameThread());
        assertTrue(vm.cards().isEmpty(), "listed only when the screen asks");
        vm.load();
        assertFalse(vm.loadingProperty().get());
        assertFalse(vm.cards().isEmpty());
        HomeViewModel.Card c = vm.cards().get(0);
        assertEquals("openai-2024-12-11", c.id());
        assertEquals("11 December 2024", c.date());
        assertEquals("about 45 min", c.duration());
        assertEquals("No personal best yet", c.best());
        bests.record(new PersonalBests.Best("openai-2024-12-11", 361.5, "19:36", 12, 12, "Standard", 1, "2026-11-25"));
        assertTrue(vm.cards().get(0).best().startsWith("Personal best: 362 impact-minutes · API recovered at 19:36"),
                vm.cards().get(0).best());
    }
}
