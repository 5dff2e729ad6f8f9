package firedrill.engine.sim;

import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.FleetState;

/**
 * Builds {@link Snapshot.Team} from the fleet state, reusing the previous arrays while nothing the
 * team did has changed (the usual case between actions), so publishing a frame stays cheap.
 */
final class TeamView {
    private final FleetLayout layout;
    private final int[] normalNodes;
    private Snapshot.Team last;

    TeamView(FleetLayout layout) {
        this.layout = layout;
        normalNodes = new int[layout.clusters()];
        for (int c = 0; c < normalNodes.length; c++) {
            normalNodes[c] = layout.nodes(c);
        }
    }

    Snapshot.Team of(FleetState s, int tick) {
        int n = normalNodes.length;
        if (last != null && same(s, tick)) {
            return last;
        }
        double[] admitted = new double[n];
        boolean[] readmitting = new boolean[n];
        int[] target = new int[n];
        int[] extra = new int[n];
        boolean[] agent = new boolean[n];
        for (int c = 0; c < n; c++) {
            admitted[c] = s.admitted[c];
            readmitting[c] = s.admitRate[c] > 0;
            target[c] = (int) Math.round(s.nodeTarget[c]);
            extra[c] = (int) Math.round(s.replicas[c] - layout.apiReplicas(c));
            agent[c] = agent(s, c, tick);
        }
        last = new Snapshot.Team(admitted, readmitting, target, normalNodes, extra, agent);
        return last;
    }

    private boolean same(FleetState s, int tick) {
        for (int c = 0; c < normalNodes.length; c++) {
            if (last.admitted()[c] != s.admitted[c] || last.readmitting()[c] != s.admitRate[c] > 0
                    || last.nodeTarget()[c] != (int) Math.round(s.nodeTarget[c])
                    || last.extraReplicas()[c] != (int) Math.round(s.replicas[c] - layout.apiReplicas(c))
                    || last.agent()[c] != agent(s, c, tick)) {
                return false;
            }
        }
        return true;
    }

    private static boolean agent(FleetState s, int c, int tick) {
        return s.agentArrival[c] >= 0 && s.agentArrival[c] <= tick && !s.agentRemoved[c];
    }
}
