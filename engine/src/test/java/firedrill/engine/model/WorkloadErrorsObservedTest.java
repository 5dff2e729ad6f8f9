package firedrill.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.Fixtures;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A serving binary that fails while its control plane is fine must still show on the dashboards: the
 * observed {@code workloadErrorRatio} follows the consumers' failures (lagged), and is 0 everywhere
 * in a scenario without such a mechanism.
 */
class WorkloadErrorsObservedTest {

    @Test
    void crashLoopingProxiesShowAsWorkloadErrorsWhileTheirApiLooksFine() {
        ModelSpec spec = Fixtures.shipped("cloudflare-2025-11-18");
        int worst = 0;
        int quietWhileFailing = 0;
        for (String time : List.of("11:25", "11:35", "11:55")) {
            Simulation sim = Playbooks.run(spec, 1, List.of(), spec.tickOf(time));
            Snapshot.Clusters cl = sim.snapshot().clusters();
            for (int c = 0; c < cl.ids().size(); c++) {
                if (cl.workloadErrorRatio()[c] >= 0.5) {
                    worst++;
                    if (cl.apiErrorRatio()[c] < 0.05) {
                        quietWhileFailing++;
                    }
                }
            }
        }
        assertTrue(worst > 0, "no cluster showed workload 5xx while the proxies crash-loop");
        assertEquals(worst, quietWhileFailing, "the API of a crash-looping proxy cluster is fine; only its workloads fail");
    }

    @Test
    void cellsCarryingAFailingRegionalServiceShowItsErrors() {
        ModelSpec spec = Fixtures.shipped("aws-2025-10-20");
        Simulation before = Playbooks.run(spec, 1, List.of(), spec.tickOf("23:40"));
        for (double v : before.snapshot().clusters().workloadErrorRatio()) {
            assertTrue(Double.isNaN(v) || v < 0.01, "errors before the race: " + v);
        }
        Simulation during = Playbooks.run(spec, 1, List.of(), spec.tickOf("00:30+1"));
        double worst = 0;
        for (double v : during.snapshot().clusters().workloadErrorRatio()) {
            worst = Double.isNaN(v) ? worst : Math.max(worst, v);
        }
        assertTrue(worst > 0.1, "with DynamoDB's endpoint empty, the cells carrying it fail requests: " + worst);
    }

    @Test
    void scenariosWithoutAServingMechanismShowNoWorkloadErrors() {
        ModelSpec spec = Fixtures.shipped("openai-2024-12-11");
        Simulation sim = Playbooks.run(spec, 1, List.of(), spec.tickOf("16:00"));
        for (double v : sim.snapshot().clusters().workloadErrorRatio()) {
            assertTrue(Double.isNaN(v) || v == 0, "workload errors without a serving mechanism: " + v);
        }
    }
}
