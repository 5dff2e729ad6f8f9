package firedrill.engine.score;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.ScenarioTime;
import java.util.ArrayList;
import java.util.List;

/** Compares a run's outcome with the scenario's real timeline, milestone by milestone. */
public final class Milestones {
    private Milestones() {}

    public static List<MilestoneResult> compare(RunOutcome o, ModelSpec spec) {
        List<MilestoneResult> out = new ArrayList<>();
        for (Milestone m : spec.scenario().realTimeline()) {
            if (m.measure() == null) {
                continue;
            }
            int tol = m.tolerance() == null ? 0 : ScenarioTime.seconds(m.tolerance());
            out.add(new MilestoneResult(m.id(), m.label(), m.measure(), spec.tickOf(m.at()), measure(o, m.measure()), tol));
        }
        return out;
    }

    /** The tick a measure name refers to in this run (-1 when never reached). */
    public static int measure(RunOutcome o, String measure) {
        switch (measure) {
            case "firstAlert":
                return o.firstAlert();
            case "firstClusterRecovered":
                return o.firstClusterRecovered();
            case "allClustersRecovered":
                return o.allClustersRecovered();
            case "firstServiceRecovered":
                return o.firstServiceRecovered();
            case "allServicesRecovered":
                return o.allServicesRecovered();
            default:
                break;
        }
        int colon = measure.indexOf(':');
        if (measure.startsWith("regionsRecovered:")) {
            return o.regionsRecovered(Integer.parseInt(measure.substring(colon + 1)));
        }
        ServiceOutcome s = o.service(measure.substring(colon + 1));
        if (s == null) {
            return -1;
        }
        switch (measure.substring(0, colon)) {
            case "impactStart":
                return s.impactStart();
            case "peak":
                return s.peak();
            case "recoveryStart":
                return s.recoveryStart();
            case "fullRecovery":
                return s.fullRecovery();
            default:
                throw new IllegalArgumentException("unknown measure " + measure);
        }
    }
}
