package firedrill.engine.score;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.model.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code simulate --json} document (issue 4): times as local "HH:MM" ("+1" on later days), null
 * when never reached. Built as ordered maps so the same run prints the same bytes.
 */
public final class OutcomeJson {
    private OutcomeJson() {}

    public static Map<String, Object> of(RunOutcome o, ModelSpec spec, Score score) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", o.scenario());
        m.put("seed", o.seed());
        m.put("end", time(spec, o.endTick()));
        m.put("firstAlert", time(spec, o.firstAlert()));
        m.put("firstClusterRecovered", time(spec, o.firstClusterRecovered()));
        m.put("allClustersRecovered", time(spec, o.allClustersRecovered()));
        m.put("clustersFailed", o.clustersFailed());
        Map<String, Object> services = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceOutcome> e : o.services().entrySet()) {
            ServiceOutcome s = e.getValue();
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("impactStart", time(spec, s.impactStart()));
            sm.put("peak", time(spec, s.peak()));
            sm.put("lowestAvailability", Math.round(s.lowest() * 10000) / 10000.0);
            sm.put("recoveryStart", time(spec, s.recoveryStart()));
            sm.put("fullRecovery", time(spec, s.fullRecovery()));
            sm.put("impactMinutes", s.impactMinutes());
            services.put(e.getKey(), sm);
        }
        m.put("services", services);
        List<Object> actions = new ArrayList<>();
        for (ActionRecord a : o.actions()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("at", time(spec, a.issuedTick()));
            am.put("action", a.action());
            am.put("target", a.target());
            am.put("mode", a.mode());
            am.put("started", time(spec, a.startTick()));
            am.put("firstEffect", time(spec, a.firstEffectTick()));
            am.put("lastEffect", time(spec, a.lastEffectTick()));
            am.put("ended", time(spec, a.endTick()));
            am.put("targets", a.targets());
            am.put("done", a.done());
            am.put("outcome", a.outcome().label());
            am.put("reason", a.reason().isEmpty() ? null : a.reason());
            actions.add(am);
        }
        m.put("actions", actions);
        m.put("score", score.toMap(spec));
        return m;
    }

    static String time(ModelSpec spec, int tick) {
        return tick < 0 ? null : spec.timeOf(tick);
    }
}
