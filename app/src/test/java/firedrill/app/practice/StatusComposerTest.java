package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 21: a status update is written (phase, products, what users see, what is done, next time), then posted. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StatusComposerTest {
    static Scenario scenario;
    static ModelSpec spec;
    private SimulationRunner runner;
    private ConsoleViewModel console;
    private ActionPanelViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        scenario = ScenarioLoader.loadShipped("openai-2024-12-11");
        spec = new ModelSpec(scenario);
    }

    @BeforeEach
    void setUp() {
        PracticeSession s = new PracticeSession(scenario, spec, Difficulty.STANDARD, 1, Speed.X300, false, Speed.X10);
        runner = s.newRunner();
        console = new ConsoleViewModel(s, runner);
        vm = new ActionPanelViewModel(console);
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void composesOneTextFromItsParts() {
        StatusComposer c = new StatusComposer(List.of("chatgpt", "api", "sora"), List.of("ChatGPT", "API", "Sora"),
                () -> spec.tickOf("15:25"), spec::timeOf);
        assertFalse(c.problemProperty().get().isEmpty(), "nothing written yet");
        c.phaseProperty().set("Identified");
        c.named().addAll(List.of("api", "chatgpt"));
        c.impactProperty().set("most requests fail");
        c.doingProperty().set("we are shedding load to bring the API back");
        c.nextMinutesProperty().set(30);
        assertEquals("Identified: ChatGPT and API — most requests fail. We are shedding load to bring the API back."
                + " Next update by 15:55.", c.text());
        assertEquals("", c.problemProperty().get());
        c.phaseProperty().set("Resolved");
        assertFalse(c.text().contains("Next update"), "a closing update promises nothing");
        c.clearWords();
        assertEquals("Resolved: ChatGPT and API.", c.text());
    }

    @Test
    void aComposedUpdateEarnsTheRubricsWordPoints() {
        StatusComposer c = new StatusComposer(List.of("chatgpt", "api", "sora"), List.of("ChatGPT", "API", "Sora"),
                () -> spec.tickOf("15:25"), spec::timeOf);
        c.phaseProperty().set("Investigating");
        c.named().addAll(List.of("chatgpt", "api", "sora"));
        c.impactProperty().set("errors for most users");
        int posted = spec.tickOf("15:28");
        assertEquals(spec.tickOf("15:55"), promised(c.text(), posted), c.text());
    }

    /** The rubric's reading of the text posted at {@code posted}: it states a status and promises a time. */
    private static int promised(String text, int posted) {
        var h = firedrill.engine.sim.Playbooks.run(spec, 1, List.of(), posted + 60).history();
        var scored = firedrill.engine.score.StatusRubric.score(spec, h,
                List.of(new firedrill.engine.score.StatusRubric.Posted(posted - 180, posted, text)));
        assertTrue(scored.get(0).criteria().get(1).met(), scored.get(0).criteria().toString());
        return scored.get(0).promisedTick();
    }

    @Test
    void theComposerShowsWhatTheProbesSeeForEachProduct() throws Exception {
        runner.start();
        runner.setPaused(true);
        int at = spec.tickOf("15:40");
        runner.fastForwardTo(at);
        runner.awaitFrame(f -> f.tick() >= at && f.paused(), Duration.ofSeconds(30));
        console.pull();
        double api = console.snapshot().observedAvailability()[spec.layout().serviceIndex("api")];
        assertTrue(api < 0.5, "the API is failing at 15:40: " + api);
        StatusComposer.Product p = vm.composer().products(vm::observedAvailability).stream()
                .filter(x -> x.id().equals("api")).findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "%.0f%%", 100 * api), p.seen());
    }

    @Test
    void pickingStatusUpdateOpensTheComposerAndItsTextIsPosted() throws Exception {
        runner.start();
        runner.setPaused(true);
        vm.selectedProperty().set(scenario.action("escalate"));
        assertFalse(vm.composingProperty().get());
        vm.selectedProperty().set(scenario.action("status-update"));
        assertTrue(vm.composingProperty().get());
        assertFalse(vm.canConfirmProperty().get(), "an empty update cannot be posted");
        assertEquals("Write what users see or what is being done.", vm.errorProperty().get());
        StatusComposer c = vm.composer();
        c.named().add("api");
        c.impactProperty().set("requests fail");
        assertTrue(vm.canConfirmProperty().get());
        String text = c.text();
        assertTrue(vm.confirm());
        SimulationRunner.Frame f = runner.awaitFrame(x -> x.pending().size() == 1, Duration.ofSeconds(10));
        Command cmd = f.pending().get(0);
        assertEquals("status-update", cmd.action());
        assertEquals(text, cmd.text());
        assertEquals("", c.impactProperty().get(), "the words are cleared for the next update");
        vm.selectedProperty().set(scenario.action("escalate"));
        assertTrue(vm.confirm());
        f = runner.awaitFrame(x -> x.pending().size() == 2, Duration.ofSeconds(10));
        assertEquals(null, f.pending().get(1).text(), "other actions carry no words");
    }
}
