package firedrill.app.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.session.SessionStore;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.session.SessionRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debrief's view model without the toolkit: background and UI executors run in place. */
class DebriefViewModelTest {
    static Path dir;
    static SessionStore store;
    static DebriefViewModel vm;
    static String initialGrade;

    @BeforeAll
    static void score(@TempDir Path tmp) throws Exception {
        dir = tmp;
        store = new SessionStore(tmp);
        vm = new DebriefViewModel(DebriefFixtures.fastResponse(), store, null, Runnable::run, Runnable::run);
        vm.start();
        initialGrade = vm.gradeText();
    }

    @Test
    void scoresSavesAndListsDecisionsWithVerdicts() {
        assertNotNull(vm.cardProperty().get(), vm.errorProperty().get());
        int grade = Integer.parseInt(initialGrade);
        assertTrue(grade > 50, "the fast response beats the real team: " + grade);
        assertEquals("Better than the real team", vm.labelText());
        assertFalse(vm.decisions().isEmpty());
        assertTrue(vm.decisions().stream().allMatch(d -> !d.verdict().isEmpty()));
        assertTrue(vm.breakdown().stream().anyMatch(r -> r.measure().equals("Impact minutes")));
        assertFalse(vm.lessons().isEmpty(), "no status update was posted: a lesson");
        assertNotNull(vm.savedFileProperty().get());
        SessionStore.History h = store.history(DebriefFixtures.SCENARIO);
        assertEquals(1, h.attempts().size());
        assertEquals(grade, h.attempts().get(0).grade());
    }

    @Test
    void aScoringFailureLosesNothing(@TempDir Path tmp) throws Exception {
        SessionStore own = new SessionStore(tmp);
        DebriefViewModel failing = new DebriefViewModel(DebriefFixtures.fastResponse(), own, null, Runnable::run, Runnable::run);
        failing.scoreWith((spec, record) -> {
            throw new IllegalStateException("scorer bug (simulated)");
        });
        failing.start();
        assertEquals("Scoring failed", failing.statusProperty().get());
        assertTrue(failing.errorProperty().get().startsWith("scorer bug (simulated) The run itself is saved (attempt-000001.json)"),
                failing.errorProperty().get());
        SessionStore.History h = own.history(DebriefFixtures.SCENARIO);
        assertEquals(1, h.attempts().size(), "saved before scoring");
        SessionRecord saved = h.attempts().get(0).record();
        assertEquals(DebriefFixtures.fastResponse().commandLog(), saved.commands());
        assertNotNull(saved.outcome(), "with its outcome");
        assertEquals(null, saved.grade(), "but no grade");
    }

    @Test
    void aRunSavedWhenItEndedIsCompletedInTheSameFile(@TempDir Path tmp) throws Exception {
        SessionStore own = new SessionStore(tmp);
        Debriefs debriefs = new Debriefs(own, firedrill.app.fx.TaskExecutor.sameThread(), java.time.Clock.fixed(java.time.Instant.parse("2026-12-04T15:00:00Z"),
                java.time.ZoneOffset.UTC));
        FinishedRun run = DebriefFixtures.finishedRun();
        Path file = debriefs.saveFinished(run);
        SessionRecord atEnd = SessionRecord.read(file);
        assertEquals(null, atEnd.outcome(), "the moment it ends: commands and ticks only");
        assertEquals(run.sim().log(), atEnd.commands());
        assertEquals(run.endTick(), atEnd.endedTick());
        assertEquals("2026-12-04T15:00:00Z", atEnd.savedAt());

        DebriefViewModel later = new DebriefViewModel(RunResults.compute(run, file), own, null, Runnable::run, Runnable::run);
        later.start();
        assertEquals(file, later.savedFileProperty().get());
        SessionStore.History h = own.history(DebriefFixtures.SCENARIO);
        assertEquals(1, h.attempts().size(), "completed in place, not saved twice");
        assertEquals(Integer.parseInt(later.gradeText()), h.attempts().get(0).grade());
        assertNotNull(h.attempts().get(0).record().outcome());
    }

    @Test
    void aSavedAttemptOfAnotherModelVersionShowsBothOutcomes() throws Exception {
        SessionRecord current = vm.sessionRecord(vm.cardProperty().get());
        DebriefViewModel same = new DebriefViewModel(vm.result(), null, current, Runnable::run, Runnable::run);
        same.start();
        assertEquals("", same.versionNoticeProperty().get(), "same model version: nothing to say");

        SessionRecord old = new SessionRecord(current.format(), current.scenario(), current.scenarioHash(), current.seed(),
                current.difficulty(), current.mode(), current.startedTick(), current.endedTick(), current.savedAt(),
                current.commands(), current.outcome(), current.grade(), current.notes());
        DebriefViewModel replay = new DebriefViewModel(vm.result(), null, old, Runnable::run, Runnable::run);
        replay.start();
        String notice = replay.versionNoticeProperty().get();
        assertTrue(notice.startsWith("This session was recorded before Firedrill wrote model versions"), notice);
        assertTrue(notice.contains("Recorded outcome: grade " + current.grade().value()), notice);
        assertTrue(notice.contains("Re-simulated outcome: grade " + replay.gradeText()), notice);
        assertTrue(notice.endsWith("(the same)."), notice);
    }

    @Test
    void parReportsAPercentile() {
        vm.startPar(4);
        assertFalse(vm.parRunningProperty().get());
        assertEquals(1.0, vm.parProgressProperty().get());
        assertTrue(vm.parTextProperty().get().startsWith("Better than "), vm.parTextProperty().get());
        assertNotNull(vm.cardProperty().get().par(), "the grade is re-scored against the distribution");
    }

    @Test
    void cancelledParSaysSo() throws Exception {
        java.util.concurrent.ExecutorService bg = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            DebriefViewModel other = new DebriefViewModel(vm.result(), null, null, bg, Runnable::run);
            other.startPar(500);
            other.cancelPar();
            bg.shutdown(); // the par task is the only one: wait for it to end (the UI executor runs in place)
            assertTrue(bg.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS), "the par task ended");
            assertFalse(other.parRunningProperty().get());
            assertEquals("Par cancelled", other.parTextProperty().get());
        } finally {
            bg.shutdownNow();
        }
    }

    @Test
    void whatIfRemovingADecisionGivesASecondCurveAndDeltas() {
        DebriefViewModel.DecisionRow first = vm.decisions().get(0);
        vm.runWhatIf(DebriefViewModel.Change.REMOVE, first.index(), null);
        DebriefViewModel.WhatIfResult r = vm.whatIfProperty().get();
        assertNotNull(r, vm.whatIfTextProperty().get());
        assertEquals(r.original().length, r.alternative().length);
        assertTrue(r.impactDelta() != 0, "removing the first mitigation changes the impact");
        assertTrue(r.deltas().size() >= 2);
        assertTrue(vm.whatIfTextProperty().get().contains("without"));
    }

    @Test
    void exportWritesHtmlAndJsonWithoutScripts() throws Exception {
        Path html = dir.resolve("aar.html");
        Path json = vm.exportTo(html);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("<html") || text.contains("<!DOCTYPE"), "an HTML page");
        assertFalse(text.toLowerCase().contains("<script"));
        assertTrue(Files.readString(json).contains("firedrill/aar@1"));
    }

    @Test
    void paramsParse() {
        assertEquals(Map.of("percent", 10.0), DebriefViewModel.parseParams("percent=10"));
        assertTrue(DebriefViewModel.parseParams(" ").isEmpty());
    }

    @Test
    void historyListsTheAttemptAndRefusesOtherScenarioContent() throws Exception {
        HistoryViewModel h = new HistoryViewModel(store, id -> {
            try {
                return ScenarioLoader.loadShipped(id);
            } catch (Exception e) {
                return null;
            }
        });
        List<HistoryViewModel.Group> groups = h.groups();
        assertEquals(1, groups.size());
        HistoryViewModel.Row row = groups.get(0).rows().get(0);
        assertEquals("Standard", row.mode());
        assertTrue(h.problem(row).isEmpty());
        RunResult replayed = h.replay(row);
        assertEquals(vm.result().outcome().service("api").fullRecovery(), replayed.outcome().service("api").fullRecovery(),
                "replaying the saved attempt reproduces the run");
        assertEquals(vm.result().commandLog(), replayed.commandLog());
        SessionRecord other = row.attempt().record();
        SessionRecord changed = new SessionRecord(other.format(), other.scenario(), "0".repeat(64), other.seed(),
                other.difficulty(), other.mode(), other.startedTick(), other.endedTick(), other.savedAt(),
                other.commands(), other.outcome(), other.grade(), other.notes());
        HistoryViewModel.Row bad = new HistoryViewModel.Row(row.scenario(), 2, row.date(), row.mode(), row.grade(),
                row.impact(), new SessionStore.Attempt(2, row.attempt().file(), changed));
        assertTrue(h.problem(bad).orElse("").contains("different version"), h.problem(bad).toString());
    }
}
