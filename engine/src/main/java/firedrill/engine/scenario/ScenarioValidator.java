package firedrill.engine.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic validation of a parsed scenario: required sections, ranges and units, references between
 * sections, time order. Every problem names its JSON path. A scenario with no problems can be
 * simulated without further checks. The same validator serves {@code validate}, the loader and the
 * editor.
 */
public final class ScenarioValidator {
    /** Kinds of action effect the engine implements (mirrors {@code action.ActionKind}). */
    static final Set<String> ACTION_KINDS = Set.of("pause-rollout", "rollback-telemetry", "delete-telemetry",
            "block-admin-api", "unblock-admin-api", "scale-down-cluster", "restore-cluster-size",
            "scale-up-apiservers", "restart-apiservers", "shift-traffic", "restore-traffic", "restart-coredns",
            "escalate", "status-update", "investigate", "delete-webhook", "restore-from-backup", "repair-nodes",
            "scale-out-compute", "dead-end", "restore-component");
    static final Set<String> METRICS = Set.of("apiErrorRatio", "apiLatencySeconds", "apiSaturation",
            "dnsFailureRatio", "serviceAvailability");
    static final int MAX_CLUSTERS = 5000;
    static final int MAX_NODES = 100_000;

    private ScenarioValidator() {}

    public static List<Problem> validate(String file, Scenario s) {
        Checker ch = new Checker(file);
        if (!Scenario.FORMAT.equals(s.format())) {
            ch.problem("$.format", "expected \"" + Scenario.FORMAT + "\", got " + quote(s.format()));
        }
        Context ctx = new Context();
        if (ch.present("$.meta", s.meta())) {
            meta(ch, s.meta(), ctx);
        }
        if (ch.present("$.fleet", s.fleet())) {
            fleet(ch, s.fleet(), ctx);
        }
        if (ch.present("$.mechanisms", s.mechanisms())) {
            mechanisms(ch, s.mechanisms());
        }
        timeline(ch, s, ctx);
        alerts(ch, s, ctx);
        actions(ch, s, ctx);
        team(ch, s.team());
        milestones(ch, s, ctx);
        if (s.referencePlaybook() != null) {
            PlaybookValidator.steps(ch, "$.referencePlaybook", s.referencePlaybook(), s, ctx.clusterIds, ctx.regions,
                    ctx.services, ctx.startSecond, ctx.horizonSecond);
        }
        for (int i = 0; i < s.discussion().size(); i++) {
            ch.text("$.discussion[" + i + "]", s.discussion().get(i));
        }
        for (int i = 0; i < s.assumptions().size(); i++) {
            Assumption a = s.assumptions().get(i);
            String p = "$.assumptions[" + i + "]";
            if (a == null) {
                ch.problem(p, "expected an object with path and reason, got null");
                continue;
            }
            if (ch.text(p + ".path", a.path()) && !a.path().startsWith("$")) {
                ch.problem(p + ".path", "expected a JSON path starting with $, got \"" + a.path() + "\"");
            }
            ch.text(p + ".reason", a.reason());
        }
        return ch.problems();
    }

    /** What later sections may refer to. */
    static final class Context {
        final Set<String> regions = new HashSet<>();
        final Set<String> services = new HashSet<>();
        final Set<String> clusterIds = new HashSet<>();
        final Set<String> actionIds = new HashSet<>();
        final Set<String> sourceIds = new HashSet<>();
        int startSecond = -1;
        int horizonSecond = -1;
        int waves;
    }

    private static void meta(Checker ch, Meta m, Context ctx) {
        ch.id("$.meta.id", m.id());
        ch.text("$.meta.title", m.title());
        if (ch.text("$.meta.date", m.date()) && !m.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
            ch.problem("$.meta.date", "expected a date YYYY-MM-DD, got \"" + m.date() + "\"");
        }
        if (ch.text("$.meta.timezone", m.timezone())) {
            try {
                java.time.ZoneId.of(m.timezone());
            } catch (java.time.DateTimeException e) {
                ch.problem("$.meta.timezone", "expected an IANA time zone such as \"America/Los_Angeles\", got \""
                        + m.timezone() + "\"");
            }
        }
        if (ch.time("$.meta.start", m.start())) {
            ctx.startSecond = ScenarioTime.secondsOfDay(m.start());
        }
        String horizon = m.horizon() == null ? "23:59" : m.horizon();
        if (ch.time("$.meta.horizon", horizon)) {
            ctx.horizonSecond = ScenarioTime.secondsOfDay(horizon);
            if (ctx.startSecond >= 0 && ctx.horizonSecond <= ctx.startSecond) {
                ch.problem("$.meta.horizon", "expected a time after meta.start (" + m.start() + "), got \"" + horizon + "\"");
            } else if (ctx.startSecond >= 0 && ctx.horizonSecond - ctx.startSecond > 7 * ScenarioTime.DAY) {
                ch.problem("$.meta.horizon", "expected at most 7 days after meta.start");
            }
        }
        if (m.difficulty() != null && !Set.of("intro", "intermediate", "hard").contains(m.difficulty())) {
            ch.problem("$.meta.difficulty", "expected intro, intermediate or hard, got \"" + m.difficulty() + "\"");
        }
        ch.optionalRange("$.meta.estimatedMinutes", m.estimatedMinutes(), 1, 24 * 60);
        for (int i = 0; i < m.sources().size(); i++) {
            Meta.Source src = m.sources().get(i);
            String p = "$.meta.sources[" + i + "]";
            if (src == null) {
                ch.problem(p, "expected a source object, got null");
                continue;
            }
            ch.text(p + ".id", src.id());
            ch.text(p + ".title", src.title());
            if (src.id() != null && !ctx.sourceIds.add(src.id())) {
                ch.problem(p + ".id", "duplicate source id \"" + src.id() + "\"");
            }
        }
    }

    private static void fleet(Checker ch, Fleet f, Context ctx) {
        if (f.regions().isEmpty()) {
            ch.problem("$.fleet.regions", "expected at least one region");
        }
        for (int i = 0; i < f.regions().size(); i++) {
            String r = f.regions().get(i);
            ch.id("$.fleet.regions[" + i + "]", r);
            if (r != null && !ctx.regions.add(r)) {
                ch.problem("$.fleet.regions[" + i + "]", "duplicate region \"" + r + "\"");
            }
        }
        if (f.services().isEmpty()) {
            ch.problem("$.fleet.services", "expected at least one service");
        }
        for (int i = 0; i < f.services().size(); i++) {
            Fleet.Service sv = f.services().get(i);
            String p = "$.fleet.services[" + i + "]";
            if (sv == null) {
                ch.problem(p, "expected a service object, got null");
                continue;
            }
            ch.id(p + ".id", sv.id());
            ch.text(p + ".name", sv.name());
            if (sv.id() != null && !ctx.services.add(sv.id())) {
                ch.problem(p + ".id", "duplicate service id \"" + sv.id() + "\"");
            }
        }
        Map<String, Double> totals = new java.util.TreeMap<>();
        for (int i = 0; i < f.clusters().size(); i++) {
            Fleet.ClusterSpec c = f.clusters().get(i);
            String p = "$.fleet.clusters[" + i + "]";
            if (c == null) {
                ch.problem(p, "expected a cluster object, got null");
                continue;
            }
            ch.id(p + ".id", c.id());
            if (c.id() != null && !ctx.clusterIds.add(c.id())) {
                ch.problem(p + ".id", "duplicate cluster id \"" + c.id() + "\"");
            }
            if (ch.text(p + ".region", c.region()) && !ctx.regions.contains(c.region())) {
                ch.problem(p + ".region", "unknown region \"" + c.region() + "\"; expected one of fleet.regions");
            }
            ch.range(p + ".nodes", c.nodes(), 1, MAX_NODES);
            ch.optionalRange(p + ".apiReplicas", c.apiReplicas(), 1, 100);
            ch.optionalRange(p + ".wave", c.wave(), 1, 100);
            shares(ch, p + ".traffic", c.traffic(), ctx, totals);
        }
        Fleet.Generator g = f.generator();
        int generated = 0;
        if (g != null) {
            String p = "$.fleet.generator";
            ch.present(p + ".seed", g.seed());
            if (ch.range(p + ".clusters", g.clusters(), 0, MAX_CLUSTERS)) {
                generated = g.clusters();
            }
            ch.range(p + ".minNodes", g.minNodes(), 1, MAX_NODES);
            ch.range(p + ".maxNodes", g.maxNodes(), 1, MAX_NODES);
            if (g.minNodes() != null && g.maxNodes() != null && g.maxNodes() < g.minNodes()) {
                ch.problem(p + ".maxNodes", "expected maxNodes ≥ minNodes (" + g.minNodes() + "), got " + g.maxNodes());
            }
            ch.range(p + ".paretoAlpha", g.paretoAlpha(), 0.1, 10);
            ch.optionalRange(p + ".trafficSizeExponent", g.trafficSizeExponent(), 0, 4);
            if (g.idPrefix() != null && !g.idPrefix().matches("[a-z0-9-]{0,16}")) {
                ch.problem(p + ".idPrefix", "expected up to 16 lowercase letters, digits or '-'");
            }
            shares(ch, p + ".traffic", g.traffic(), ctx, totals);
        }
        int total = f.clusters().size() + generated;
        if (total == 0) {
            ch.problem("$.fleet", "expected at least one cluster (fleet.clusters or fleet.generator.clusters)");
        } else if (total > MAX_CLUSTERS) {
            ch.problem("$.fleet", "expected at most " + MAX_CLUSTERS + " clusters, got " + total);
        }
        for (String sv : ctx.services) {
            double t = totals.getOrDefault(sv, 0.0);
            if (Math.abs(t - 1) > 1e-6) {
                ch.problem("$.fleet", "traffic shares of service \"" + sv + "\" must sum to 1 over clusters and generator, got "
                        + Math.round(t * 1e6) / 1e6);
            }
        }
    }

    private static void shares(Checker ch, String path, Map<String, Double> traffic, Context ctx, Map<String, Double> totals) {
        for (Map.Entry<String, Double> e : traffic.entrySet()) {
            String p = path + "." + e.getKey();
            if (!ctx.services.contains(e.getKey())) {
                ch.problem(p, "unknown service \"" + e.getKey() + "\"; expected one of fleet.services");
                continue;
            }
            if (ch.range(p, e.getValue(), 0, 1)) {
                totals.merge(e.getKey(), e.getValue(), Double::sum);
            }
        }
    }

    private static void mechanisms(Checker ch, Mechanisms m) {
        String p = "$.mechanisms.controlPlane";
        Mechanisms.ControlPlane cp = m.controlPlane();
        if (ch.present(p, cp)) {
            ch.range(p + ".seatsPerReplica", cp.seatsPerReplica(), 1, 1e6);
            ch.range(p + ".nodesPerReplica", cp.nodesPerReplica(), 1, 1e6);
            ch.range(p + ".minReplicas", cp.minReplicas(), 1, 100);
            ch.range(p + ".baselineSeatsPerNode", cp.baselineSeatsPerNode(), 0, 100);
            ch.range(p + ".relistSeatsPerNodeSquared", cp.relistSeatsPerNodeSquared(), 0, 1);
            ch.range(p + ".collapseOverload", cp.collapseOverload(), 0.01, 100);
            ch.range(p + ".retryGrowthPerSecond", cp.retryGrowthPerSecond(), 0, 1);
            ch.range(p + ".retryDecayPerSecond", cp.retryDecayPerSecond(), 0, 1);
            ch.range(p + ".crashOverload", cp.crashOverload(), 1, 1000);
            ch.range(p + ".crashMeanSeconds", cp.crashMeanSeconds(), 1, 1e7);
            ch.range(p + ".restartSeconds", cp.restartSeconds(), 1, 86400);
            ch.range(p + ".failedHealth", cp.failedHealth(), 0, 1);
        }
        if (m.telemetry() != null) {
            p = "$.mechanisms.telemetry";
            ch.range(p + ".seatsPerNodeSquared", m.telemetry().seatsPerNodeSquared(), 0, 1);
            ch.range(p + ".rampSeconds", m.telemetry().rampSeconds(), 1, 86400);
            ch.range(p + ".removalSeconds", m.telemetry().removalSeconds(), 1, 86400);
        }
        p = "$.mechanisms.dns";
        if (ch.present(p, m.dns())) {
            ch.range(p + ".graceSeconds", m.dns().graceSeconds(), 0, 86400);
            ch.range(p + ".graceJitterSeconds", m.dns().graceJitterSeconds(), 0, 86400);
            ch.range(p + ".spreadSeconds", m.dns().spreadSeconds(), 1, 86400);
            ch.range(p + ".failedLookupSeatsPerNode", m.dns().failedLookupSeatsPerNode(), 0, 100);
            ch.range(p + ".resyncSeconds", m.dns().resyncSeconds(), 1, 86400);
        }
        p = "$.mechanisms.dataPlane";
        if (ch.present(p, m.dataPlane())) {
            ch.range(p + ".headroom", m.dataPlane().headroom(), 0, 10);
            ch.range(p + ".warmupSeconds", m.dataPlane().warmupSeconds(), 1, 86400);
        }
        if (m.network() != null) {
            p = "$.mechanisms.network";
            ch.text(p + ".componentSelector", m.network().componentSelector());
            ch.range(p + ".holdSeconds", m.network().holdSeconds(), 1, 86400);
            ch.range(p + ".reconvergeSeconds", m.network().reconvergeSeconds(), 1, 86400);
        }
        if (m.repair() != null) {
            ch.range("$.mechanisms.repair.nodesPerMinute", m.repair().nodesPerMinute(), 0, 1e6);
        }
        if (m.backlog() != null) {
            p = "$.mechanisms.backlog";
            ch.range(p + ".thresholdMinutes", m.backlog().thresholdMinutes(), 0, 1e6);
            for (var e : m.backlog().drainPerMinute().entrySet()) {
                ch.range(p + ".drainPerMinute." + e.getKey(), e.getValue(), 0, 1000);
            }
            ch.range(p + ".degradedAvailability", m.backlog().degradedAvailability(), 0, 1);
            ch.range(p + ".maxScaleOut", m.backlog().maxScaleOut(), 0, 100);
        }
        p = "$.mechanisms.observation";
        if (ch.present(p, m.observation())) {
            ch.range(p + ".scrapeSeconds", m.observation().scrapeSeconds(), 1, 3600);
            ch.range(p + ".lagSeconds", m.observation().lagSeconds(), 0, 3600);
            ch.range(p + ".gapBelowHealth", m.observation().gapBelowHealth(), 0, 1);
            ch.range(p + ".gapProbability", m.observation().gapProbability(), 0, 1);
        }
    }

    private static void timeline(Checker ch, Scenario s, Context ctx) {
        int rollouts = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < s.timeline().size(); i++) {
            TimelineEvent e = s.timeline().get(i);
            String p = "$.timeline[" + i + "]";
            if (e == null) {
                ch.problem(p, "expected an event object, got null");
                continue;
            }
            if (ch.time(p + ".at", e.at())) {
                int at = ScenarioTime.secondsOfDay(e.at());
                inWindow(ch, p + ".at", at, ctx);
                if (at < previous) {
                    ch.problem(p + ".at", "expected events in time order; " + e.at() + " comes before the previous event");
                }
                previous = Math.max(previous, at);
            }
            if (!ch.text(p + ".kind", e.kind())) {
                continue;
            }
            switch (e.kind()) {
                case TimelineEvent.INJECT:
                    ch.text(p + ".channel", e.channel());
                    ch.text(p + ".text", e.text());
                    break;
                case TimelineEvent.ROLLOUT:
                    rollouts++;
                    if (ch.range(p + ".waves", e.waves(), 1, 100)) {
                        ctx.waves = e.waves();
                    }
                    if (ch.duration(p + ".waveInterval", e.waveInterval()) && ScenarioTime.seconds(e.waveInterval()) < 1) {
                        ch.problem(p + ".waveInterval", "expected at least one second");
                    }
                    if (s.mechanisms() != null && s.mechanisms().telemetry() == null) {
                        ch.problem(p, "a rollout needs mechanisms.telemetry (what is being rolled out)");
                    }
                    break;
                case TimelineEvent.UPGRADE:
                case TimelineEvent.OS_UPDATE: {
                    String problem = e.target() == null ? "required; missing"
                            : PlaybookValidator.targetProblem(e.target(), ctx.clusterIds, ctx.regions, ctx.services, s);
                    if (problem != null) {
                        ch.problem(p + ".target", problem);
                    }
                    ch.duration(p + ".window", e.window());
                    if (TimelineEvent.OS_UPDATE.equals(e.kind())) {
                        ch.range(p + ".share", e.share(), 0, 1);
                    } else {
                        ch.text(p + ".removesLabel", e.removesLabel());
                    }
                    if (s.mechanisms() != null && s.mechanisms().network() == null) {
                        ch.problem(p, "an " + e.kind() + " event needs mechanisms.network (what it can break)");
                    }
                    break;
                }
                default:
                    ch.problem(p + ".kind", "expected inject, rollout, upgrade or os-update, got \"" + e.kind() + "\"");
            }
        }
        if (rollouts > 1) {
            ch.problem("$.timeline", "expected at most one rollout event, got " + rollouts);
        }
        if (s.fleet() != null) {
            for (int i = 0; i < s.fleet().clusters().size(); i++) {
                Fleet.ClusterSpec c = s.fleet().clusters().get(i);
                if (c != null && c.wave() != null && c.wave() > ctx.waves) {
                    ch.problem("$.fleet.clusters[" + i + "].wave", "expected a wave between 1 and the rollout's waves ("
                            + ctx.waves + "), got " + c.wave());
                }
            }
        }
    }

    static void inWindow(Checker ch, String path, int at, Context ctx) {
        if (ctx.startSecond >= 0 && at < ctx.startSecond) {
            ch.problem(path, "expected a time at or after meta.start (" + ScenarioTime.format(ctx.startSecond) + ")");
        } else if (ctx.horizonSecond >= 0 && at > ctx.horizonSecond) {
            ch.problem(path, "expected a time at or before the horizon (" + ScenarioTime.format(ctx.horizonSecond) + ")");
        }
    }

    private static void alerts(Checker ch, Scenario s, Context ctx) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.alerts().size(); i++) {
            AlertRule a = s.alerts().get(i);
            String p = "$.alerts[" + i + "]";
            if (a == null) {
                ch.problem(p, "expected an alert rule object, got null");
                continue;
            }
            ch.id(p + ".id", a.id());
            if (a.id() != null && !ids.add(a.id())) {
                ch.problem(p + ".id", "duplicate alert id \"" + a.id() + "\"");
            }
            if (ch.text(p + ".severity", a.severity()) && !Set.of("critical", "warning", "info").contains(a.severity())) {
                ch.problem(p + ".severity", "expected critical, warning or info, got \"" + a.severity() + "\"");
            }
            ch.text(p + ".summary", a.summary());
            if (a.isNoise()) {
                ch.duration(p + ".noiseInterval", a.noiseInterval());
                if (a.noiseInterval() != null && ScenarioTime.isDuration(a.noiseInterval())
                        && ScenarioTime.seconds(a.noiseInterval()) < 60) {
                    ch.problem(p + ".noiseInterval", "expected at least PT1M");
                }
                continue;
            }
            if (ch.text(p + ".metric", a.metric()) && !METRICS.contains(a.metric())) {
                ch.problem(p + ".metric", "unknown metric \"" + a.metric() + "\"; expected one of " + new java.util.TreeSet<>(METRICS));
            }
            if (ch.text(p + ".scope", a.scope())) {
                if (!Set.of("cluster", "fleet", "service").contains(a.scope())) {
                    ch.problem(p + ".scope", "expected cluster, fleet or service, got \"" + a.scope() + "\"");
                } else if ("service".equals(a.scope()) != "serviceAvailability".equals(a.metric())) {
                    ch.problem(p + ".scope", "serviceAvailability goes with scope service, cluster metrics with cluster or fleet");
                }
                if ("service".equals(a.scope()) && (a.service() == null || !ctx.services.contains(a.service()))) {
                    ch.problem(p + ".service", "expected one of fleet.services, got " + quote(a.service()));
                }
            }
            if (ch.text(p + ".op", a.op()) && !a.op().equals(">") && !a.op().equals("<")) {
                ch.problem(p + ".op", "expected \">\" or \"<\", got \"" + a.op() + "\"");
            }
            ch.range(p + ".threshold", a.threshold(), -1e9, 1e9);
            ch.optionalDuration(p + ".for", a.forDuration());
        }
    }

    private static void actions(Checker ch, Scenario s, Context ctx) {
        for (int i = 0; i < s.actions().size(); i++) {
            ActionSpec a = s.actions().get(i);
            String p = "$.actions[" + i + "]";
            if (a == null) {
                ch.problem(p, "expected an action object, got null");
                continue;
            }
            ch.id(p + ".id", a.id());
            if (a.id() != null && !ctx.actionIds.add(a.id())) {
                ch.problem(p + ".id", "duplicate action id \"" + a.id() + "\"");
            }
            if (ch.text(p + ".kind", a.kind()) && !ACTION_KINDS.contains(a.kind())) {
                ch.problem(p + ".kind", "unknown action kind \"" + a.kind() + "\"; expected one of "
                        + new java.util.TreeSet<>(ACTION_KINDS));
            }
            ch.text(p + ".title", a.title());
            ch.text(p + ".description", a.description());
            ch.present(p + ".needsApi", a.needsApi());
            ch.duration(p + ".duration", a.duration());
            ch.optionalDuration(p + ".perExtraTarget", a.perExtraTarget());
            ch.optionalDuration(p + ".timeout", a.timeout());
            for (Map.Entry<String, ActionSpec.Param> e : a.params().entrySet()) {
                String pp = p + ".params." + e.getKey();
                ActionSpec.Param prm = e.getValue();
                if (prm == null) {
                    ch.problem(pp, "expected a parameter object, got null");
                    continue;
                }
                ch.present(pp + ".default", prm.defaultValue());
                ch.text(pp + ".unit", prm.unit());
                if (prm.min() != null && prm.max() != null && prm.min() > prm.max()) {
                    ch.problem(pp + ".max", "expected max ≥ min");
                }
                if (prm.defaultValue() != null && ((prm.min() != null && prm.defaultValue() < prm.min())
                        || (prm.max() != null && prm.defaultValue() > prm.max()))) {
                    ch.problem(pp + ".default", "expected the default within [min, max]");
                }
            }
            if ("restore-from-backup".equals(a.kind()) && a.steps().isEmpty()) {
                ch.problem(p + ".steps", "a restore-from-backup action needs its steps (title and duration each)");
            }
            for (int k = 0; k < a.steps().size(); k++) {
                ActionSpec.Step st = a.steps().get(k);
                if (st == null) {
                    ch.problem(p + ".steps[" + k + "]", "expected a step object, got null");
                    continue;
                }
                ch.text(p + ".steps[" + k + "].title", st.title());
                ch.duration(p + ".steps[" + k + "].duration", st.duration());
            }
            for (String required : requiredParams(a.kind())) {
                if (!a.params().containsKey(required)) {
                    ch.problem(p + ".params", "action kind " + a.kind() + " needs a parameter \"" + required + "\"");
                }
            }
        }
    }

    static List<String> requiredParams(String kind) {
        if (kind == null) {
            return List.of();
        }
        switch (kind) {
            case "unblock-admin-api":
                return List.of("rate");
            case "scale-down-cluster":
                return List.of("fraction");
            case "restore-cluster-size":
                return List.of("nodesPerMinute");
            case "scale-up-apiservers":
                return List.of("replicas");
            case "scale-out-compute":
                return List.of("capacity");
            default:
                return List.of();
        }
    }

    private static void team(Checker ch, Team t) {
        if (ch.present("$.team", t)) {
            ch.range("$.team.responders", t.responders(), 1, 100);
            ch.optionalRange("$.team.escalationAdds", t.escalationAdds(), 0, 100);
            ch.optionalDuration("$.team.escalationDelay", t.escalationDelay());
        }
    }

    private static void milestones(Checker ch, Scenario s, Context ctx) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.realTimeline().size(); i++) {
            Milestone m = s.realTimeline().get(i);
            String p = "$.realTimeline[" + i + "]";
            if (m == null) {
                ch.problem(p, "expected a milestone object, got null");
                continue;
            }
            ch.id(p + ".id", m.id());
            if (m.id() != null && !ids.add(m.id())) {
                ch.problem(p + ".id", "duplicate milestone id \"" + m.id() + "\"");
            }
            ch.time(p + ".at", m.at());
            ch.text(p + ".label", m.label());
            if (m.measure() != null && !Measures.isValid(m.measure(), ctx.services)) {
                ch.problem(p + ".measure", "unknown measure \"" + m.measure() + "\"; expected " + Measures.HELP);
            }
            ch.optionalDuration(p + ".tolerance", m.tolerance());
            if (m.source() != null && !ctx.sourceIds.contains(m.source())) {
                ch.problem(p + ".source", "unknown source \"" + m.source() + "\"; expected one of meta.sources[].id");
            }
        }
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
