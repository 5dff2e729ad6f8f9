package firedrill.engine.score;

import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run scored against the real timeline: each real milestone versus the run, and total impact
 * minutes (Σ over services of unavailability × minutes).
 */
public record Score(List<MilestoneResult> milestones, double impactMinutes, int milestonesWithinTolerance) {

    public static Score of(RunOutcome o, ModelSpec spec) {
        List<MilestoneResult> ms = Milestones.compare(o, spec);
        double impact = 0;
        for (ServiceOutcome s : o.services().values()) {
            impact += s.impactMinutes();
        }
        int within = 0;
        for (MilestoneResult m : ms) {
            if (m.withinTolerance()) {
                within++;
            }
        }
        return new Score(List.copyOf(ms), Math.round(impact * 10) / 10.0, within);
    }

    public Map<String, Object> toMap(ModelSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("impactMinutes", impactMinutes);
        m.put("milestonesWithinTolerance", milestonesWithinTolerance);
        m.put("milestones", milestones.size());
        List<Object> rows = new ArrayList<>();
        for (MilestoneResult r : milestones) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("measure", r.measure());
            row.put("real", spec.timeOf(r.realTick()));
            row.put("run", r.runTick() < 0 ? null : spec.timeOf(r.runTick()));
            row.put("deltaMinutes", Double.isNaN(r.deltaMinutes()) ? null : r.deltaMinutes());
            row.put("withinTolerance", r.withinTolerance());
            rows.add(row);
        }
        m.put("vsReal", rows);
        return m;
    }
}
