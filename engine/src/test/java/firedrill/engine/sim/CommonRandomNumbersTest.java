package firedrill.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import firedrill.engine.Fixtures;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.alert.AlertEvent;
import firedrill.engine.alert.Metric;
import firedrill.engine.command.Command;
import firedrill.engine.model.FleetState;
import firedrill.engine.model.ModelSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers (issue 14): a what-if that changes one cluster leaves every cluster it is not
 * coupled to exactly as it was, tick by tick — so a decision's verdict is its effect, not reshuffled luck.
 */
class CommonRandomNumbersTest {
    private final ModelSpec spec = Fixtures.openai();

    /**
     * 11 Dec, seed 1: the reference playbook, plus at 15:45 either more API servers for one overloaded
     * cluster (the what-if) or an inert status update (the baseline). 15:45 is after the only fleet-wide
     * couplings of the reference (the 15:20 rollback across all clusters, the 15:27 traffic shift), and
     * while 14 clusters draw crashes and monitoring gaps every tick. Both runs issue one action at the
     * same tick that draws its hands-on time the same way, so the team's action draws and responders
     * stay aligned: those are shared by the team, not part of this claim.
     */
    @Test
    void changingOneClusterLeavesEveryUncoupledClusterExactlyAsItWas() throws IllegalAccessException {
        String changed = "shared-euwest-01";
        int x = spec.layout().indexOf(changed);
        List<Command> baseline = new ArrayList<>(Fixtures.reference(spec));
        List<Command> whatIf = new ArrayList<>(baseline);
        baseline.add(Fixtures.at(spec, "15:45", "status-update", null));
        whatIf.add(Fixtures.at(spec, "15:45", "scale-up-apiservers", "cluster:" + changed));
        Simulation a = start(baseline);
        Simulation b = start(whatIf);
        List<Field> fields = perClusterFields();
        double gapBelow = spec.mechanisms().observation().gapBelowHealth();
        int gapDrawsA = 0;
        int gapDrawsB = 0;
        int ticksXDiffers = 0;
        int compared = 0;
        while (!a.finished()) {
            a.step();
            b.step();
            FleetState sa = a.model().state();
            FleetState sb = b.model().state();
            for (Field f : fields) {
                compared += compareExceptX(f.getName(), f.get(sa), f.get(sb), x, a.tick());
            }
            for (Metric m : Metric.values()) {
                if (m.perCluster()) {
                    compared += compareExceptX("observed " + m.id(), a.observation().clusterColumn(m),
                            b.observation().clusterColumn(m), x, a.tick());
                }
            }
            if (a.observation().isScrapeTick(a.tick())) {
                gapDrawsA += sa.health[x] < gapBelow ? 1 : 0;
                gapDrawsB += sb.health[x] < gapBelow ? 1 : 0;
            }
            ticksXDiffers += sa.health[x] != sb.health[x] ? 1 : 0;
        }
        assertTrue(compared > 1_000_000, "compared " + compared + " values");
        assertTrue(ticksXDiffers > 600, "the what-if changed " + changed + " for " + ticksXDiffers + " ticks");
        assertNotEquals(gapDrawsA, gapDrawsB, changed + " drew a different number of monitoring gaps, so a shared"
                + " stream would have moved every later cluster's draws");
        assertEquals(alertsExcept(a, changed), alertsExcept(b, changed), "alerts of the other clusters");
        assertEquals(actionsExcept(a, changed), actionsExcept(b, changed), "the team's other actions");
    }

    private Simulation start(List<Command> commands) {
        Simulation sim = Simulation.start(spec, 1);
        commands.forEach(sim::submit);
        sim.runUntil(spec.tickOf("15:44"));
        return sim;
    }

    /** Every public per-cluster array of FleetState, found by reflection so a new field is compared too. */
    private static List<Field> perClusterFields() {
        List<Field> out = new ArrayList<>();
        for (Field f : FleetState.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getType().isArray()) {
                out.add(f);
            }
        }
        assertTrue(out.size() > 30, "FleetState fields: " + out);
        return out;
    }

    private static int compareExceptX(String name, Object va, Object vb, int x, int tick) {
        if (va instanceof double[][] rows) {
            int n = 0;
            for (int k = 0; k < rows.length; k++) {
                n += compareExceptX(name + "[" + k + "]", rows[k], ((double[][]) vb)[k], x, tick);
            }
            return n;
        }
        int length = java.lang.reflect.Array.getLength(va);
        for (int c = 0; c < length; c++) {
            boolean same;
            if (c == x) {
                same = true;
            } else if (va instanceof double[] da) {
                same = Double.doubleToRawLongBits(da[c]) == Double.doubleToRawLongBits(((double[]) vb)[c]);
            } else if (va instanceof int[] ia) {
                same = ia[c] == ((int[]) vb)[c];
            } else if (va instanceof boolean[] ba) {
                same = ba[c] == ((boolean[]) vb)[c];
            } else if (va instanceof firedrill.engine.queue.RequestServer[] qa) {
                // Request queues: compare what they hold (absent on scenarios without apiServer).
                firedrill.engine.queue.RequestServer qb = ((firedrill.engine.queue.RequestServer[]) vb)[c];
                same = qa[c] == null ? qb == null : qb != null && qa[c].observe().equals(qb.observe());
            } else {
                throw new AssertionError(name + ": unexpected array type " + va.getClass());
            }
            if (!same) {
                fail(name + " of cluster " + c + " differs at tick " + tick + ": " + java.lang.reflect.Array.get(va, c)
                        + " vs " + java.lang.reflect.Array.get(vb, c));
            }
        }
        return length - 1;
    }

    /** Alerts on clusters other than {@code cluster}: rule, scope, noise, fired and resolved ticks. */
    private static List<String> alertsExcept(Simulation sim, String cluster) {
        List<String> out = new ArrayList<>();
        for (AlertEvent e : sim.alerts().events()) {
            if (!e.scope().equals(cluster) && !e.scope().equals("fleet") && !isService(sim, e.scope())) {
                out.add(e.rule() + " " + e.scope() + " " + e.noise() + " " + e.firedTick() + "-" + e.resolvedTick());
            }
        }
        return out;
    }

    private static boolean isService(Simulation sim, String scope) {
        return sim.spec().layout().serviceIds().contains(scope);
    }

    /** Actions not targeting {@code cluster} and not the 15:45 one: what, when, how it ended. */
    private List<String> actionsExcept(Simulation sim, String cluster) {
        List<String> out = new ArrayList<>();
        for (ActionRecord r : sim.actionRecords()) {
            boolean extra = r.issuedTick() == spec.tickOf("15:45");
            if (!extra && !("cluster:" + cluster).equals(r.target())) {
                out.add(r.seq() + " " + r.action() + " " + r.target() + " " + r.startTick() + "-" + r.endTick() + " "
                        + r.outcome() + " " + r.succeeded());
            }
        }
        return out;
    }
}
