package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.practice.ActionPanelViewModel.TargetKind;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.command.Command;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The action panel's view model: catalog, needs, parameters, targets, confirm (no toolkit). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ActionPanelViewModelTest {
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
    void nothingToConfirmUntilAnActionIsChosen() {
        assertFalse(vm.canConfirmProperty().get());
        assertFalse(vm.confirm());
        assertEquals(scenario.actions().size(), vm.catalog().size());
    }

    @Test
    void describesWhatAnActionTakesAndNeeds() {
        vm.selectedProperty().set(scenario.action("delete-telemetry"));
        assertTrue(vm.needsApiProperty().get());
        assertTrue(vm.needsProperty().get().contains("Needs the Kubernetes API"));
        assertEquals("3 min hands-on, +1 min per extra cluster; automated: 10 min to prepare, then 10 at a time,"
                + " 2 min each; a cluster gives up after 8 min", vm.durationProperty().get());
        assertEquals(TargetKind.LARGEST, vm.targetKindProperty().get(), "the catalog's default target, largest:5");
        assertEquals("largest:5", vm.selectorProperty().get());
        assertTrue(vm.targetSummaryProperty().get().startsWith("5 clusters"));
        assertTrue(vm.canConfirmProperty().get());

        vm.selectedProperty().set(scenario.action("block-admin-api"));
        assertFalse(vm.needsApiProperty().get());
        assertEquals("Works outside the Kubernetes API", vm.needsProperty().get());
    }

    @Test
    void parametersStartAtTheirDefaultsAndAreRangeChecked() {
        vm.selectedProperty().set(scenario.action("unblock-admin-api"));
        ActionPanelViewModel.Param rate = vm.param("rate");
        assertEquals(0.1, rate.value());
        assertEquals("share of nodes per minute", rate.unit());
        assertEquals(0.01, rate.step(), 1e-9);
        rate.set(5);
        assertFalse(vm.canConfirmProperty().get());
        assertTrue(vm.errorProperty().get().contains("rate"));
        rate.set(0.05);
        assertTrue(vm.canConfirmProperty().get());
        vm.selectedProperty().set(scenario.action("scale-up-apiservers"));
        assertEquals(1, vm.param("replicas").step());
    }

    @Test
    void everyKindOfTarget() {
        vm.selectedProperty().set(scenario.action("shift-traffic"));
        vm.targetKindProperty().set(TargetKind.ALL);
        assertEquals("all", vm.selectorProperty().get());
        vm.targetKindProperty().set(TargetKind.REGION);
        vm.regionProperty().set("eu-west");
        assertEquals("region:eu-west", vm.selectorProperty().get());
        vm.targetKindProperty().set(TargetKind.SERVICE);
        vm.serviceProperty().set("sora");
        assertEquals("service:sora", vm.selectorProperty().get());
        vm.targetKindProperty().set(TargetKind.LARGEST);
        vm.largestProperty().set(3);
        assertEquals("largest:3", vm.selectorProperty().get());
        vm.targetKindProperty().set(TargetKind.SELECTION);
        assertFalse(vm.canConfirmProperty().get(), "an empty selection is not a target");
        vm.clusterIdsProperty().set("gpt-eastus-01, nope-01");
        assertFalse(vm.canConfirmProperty().get());
        assertTrue(vm.errorProperty().get().contains("nope-01"));
        vm.clusterIdsProperty().set("gpt-eastus-01 api-eastus-01");
        assertEquals("cluster:gpt-eastus-01,api-eastus-01", vm.selectorProperty().get());
        assertTrue(vm.canConfirmProperty().get());
    }

    @Test
    void aFleetSelectionFillsTheSelectionButNeverSwitchesTheScope() {
        vm.selectedProperty().set(scenario.action("block-admin-api"));
        TargetKind before = vm.targetKindProperty().get();
        console.setSelection(List.of("api-eastus-01", "gpt-eastus-01"));
        assertEquals(before, vm.targetKindProperty().get(), "clicking tiles does not change the scope");
        vm.targetKindProperty().set(TargetKind.SELECTION);
        assertEquals("cluster:api-eastus-01,gpt-eastus-01", vm.selectorProperty().get());
        console.setSelection(List.of());
        assertEquals(TargetKind.SELECTION, vm.targetKindProperty().get(), "an empty selection does not flip it back");
        console.setSelection(List.of("api-eastus-01", "gpt-eastus-01"));
        vm.selectedProperty().set(scenario.action("scale-down-cluster"));
        assertEquals(TargetKind.SELECTION, vm.targetKindProperty().get(), "a per-cluster action starts on the selection");
        vm.selectedProperty().set(scenario.action("rollback-telemetry"));
        assertEquals(TargetKind.ALL, vm.targetKindProperty().get(), "a fleet-wide action stays fleet-wide");
        assertTrue(vm.needsConfirmation(), "fleet-wide asks first");
        assertEquals(spec.layout().clusters(), vm.resolvedTargets().size());
    }

    @Test
    void confirmSubmitsTheCommandToTheRunner() throws Exception {
        runner.start();
        runner.setPaused(true);
        vm.selectedProperty().set(scenario.action("scale-down-cluster"));
        vm.param("fraction").set(0.3);
        vm.setTarget("cluster:gpt-eastus-01");
        assertTrue(vm.confirm());
        vm.selectedProperty().set(scenario.action("escalate"));
        assertTrue(vm.confirm());
        SimulationRunner.Frame f = runner.awaitFrame(x -> x.pending().size() == 2, Duration.ofSeconds(10));
        Command c = f.pending().get(0);
        assertEquals("scale-down-cluster", c.action());
        assertEquals("cluster:gpt-eastus-01", c.target());
        assertEquals(Map.of("fraction", 0.3), c.params());
        assertEquals("trainee", c.by());
        assertNull(f.pending().get(1).target(), "escalate acts on the team, not on clusters");
        assertTrue(vm.lastIssuedProperty().get().startsWith("Escalate"));
    }

    @Test
    void paletteFilterMatchesEveryWord() {
        assertEquals(List.of("block-admin-api", "unblock-admin-api"), vm.filter("block admin").stream().map(a -> a.id()).toList());
        assertEquals(vm.catalog(), vm.filter(" "));
        assertTrue(vm.filter("kubectl").stream().anyMatch(a -> a.id().equals("delete-telemetry")));
        assertTrue(vm.filter("zzz").isEmpty());
        assertEquals("restore-traffic", vm.filter("restore normal").get(0).id(), "title matches come first");
    }
}
