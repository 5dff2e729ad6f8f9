package firedrill.engine.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic validation of a parsed scenario: required sections, ranges and units, references between
 * sections, time order, and the limits the engine is sized for. Every problem names its JSON path and
 * says what was expected. A scenario with no problems can be built into a model and simulated without
 * further checks (a property test holds the engine to that). Null-safe throughout: the editor may hand
 * it a half-written scenario. The same validator serves {@code validate}, the loader and the editor.
 */
public final class ScenarioValidator {
    /** Kinds of action effect the engine implements, in catalog order (mirrors {@code action.ActionKind}; a test keeps them equal). */
    static final List<String> ACTION_KIND_LIST = List.of("pause-rollout", "rollback-telemetry", "delete-telemetry",
            "block-admin-api", "unblock-admin-api", "scale-down-cluster", "restore-cluster-size",
            "scale-up-apiservers", "restart-apiservers", "shift-traffic", "restore-traffic", "restart-coredns",
            "escalate", "status-update", "investigate", "delete-webhook", "restore-from-backup", "repair-nodes",
            "scale-out-compute", "dead-end", "restore-component", "freeze-automation", "repair-dns-record",
            "throttle-lease-intake", "restart-lease-manager", "throttle-launches", "disable-auto-failover",
            "enable-auto-failover", "cap-failover-removal", "stop-artifact-generation",
            "push-good-artifact", "restart-consumers", "route-to-fallback", "break-glass",
            "enable-client-backoff", "add-seats", "set-shares");
    static final Set<String> ACTION_KINDS = Set.copyOf(ACTION_KIND_LIST);
    /** Kinds that act on target clusters (mirrors {@code ActionKind.clusterScoped()}). */
    static final Set<String> CLUSTER_SCOPED_KINDS = Set.of("rollback-telemetry", "delete-telemetry", "block-admin-api",
            "unblock-admin-api", "scale-down-cluster", "restore-cluster-size", "scale-up-apiservers",
            "restart-apiservers", "shift-traffic", "restart-coredns", "investigate", "delete-webhook",
            "restore-from-backup", "repair-nodes", "restore-component", "restart-consumers", "route-to-fallback", "break-glass",
            "enable-client-backoff", "add-seats", "set-shares");
    /** Observable metrics (mirrors {@code alert.Metric}). */
    static final List<String> METRIC_LIST = List.of("apiErrorRatio", "apiLatencySeconds", "apiSaturation",
            "dnsFailureRatio", "workloadErrorRatio", "serviceAvailability");
    static final Set<String> METRICS = Set.copyOf(METRIC_LIST);

    // Limits: the simulation allocates per cluster, per rule and per minute, so a file that passes
    // must also fit in memory and finish in reasonable time.
    static final int MAX_CLUSTERS = 5000;
    static final int MAX_NODES = 100_000;
    static final int MAX_REGIONS = 100;
    static final int MAX_SERVICES = 50;
    static final int MAX_TIMELINE = 1000;
    static final int MAX_ALERTS = 200;
    static final int MAX_ACTIONS = 100;
    static final int MAX_PARAMS = 20;
    static final int MAX_MILESTONES = 200;
    static final int MAX_STEPS = 2000;
    /** Characters of a step's text (a status update is a paragraph, not a document). */
    public static final int MAX_STEP_TEXT = 2000;
    static final int MAX_LAG_SAMPLES = 120;
    /** Clusters × simulated minutes: the run history keeps a row per cluster per minute. */
    static final long MAX_CLUSTER_MINUTES = 3_000_000;

    /** Parameters an action kind reads, with the physical bounds of its default, min and max. */
    static final Map<String, Map<String, double[]>> KIND_PARAMS = Map.of(
            "unblock-admin-api", Map.of("rate", new double[] {0.001, 1}),
            "scale-down-cluster", Map.of("fraction", new double[] {0, 0.99}),
            "restore-cluster-size", Map.of("nodesPerMinute", new double[] {1, MAX_NODES}),
            "scale-up-apiservers", Map.of("replicas", new double[] {0, 100}),
            "scale-out-compute", Map.of("capacity", new double[] {0, 100}),
            "throttle-lease-intake", Map.of("attemptsPerMinute", new double[] {0, 1e9}),
            "throttle-launches", Map.of("admit", new double[] {0, 1}),
            "cap-failover-removal", Map.of("maxShare", new double[] {0, 1}),
            "enable-client-backoff", Map.of("restartMinutes", new double[] {0, 1440}),
            "add-seats", Map.of("seatsPerReplica", new double[] {0, 100_000}));

    /** Non-exempt API Priority and Fairness levels: the parameters {@code set-shares} may set. */
    static final List<String> QUEUED_LEVELS = List.of("system", "leader-election", "node-high", "workload-high",
            "workload-low", "global-default", "catch-all");
    static final double MAX_SHARES = 10_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ScenarioValidator() {}

    public static List<Problem> validate(String file, Scenario s) {
        Checker ch = new Checker(file);
        if (s == null) {
            ch.problem("$", "expected a scenario object, got null");
            return ch.problems();
        }
        if (!Scenario.FORMAT.equals(s.format())) {
            ch.problem("$.format", "expected \"" + Scenario.FORMAT + "\", got " + Checker.quote(s.format()));
        }
        Context ctx = new Context(FleetIndex.of(s.fleet()));
        if (ch.present("$.meta", s.meta(), "the meta section (an object)")) {
            meta(ch, s.meta(), ctx);
        }
        if (ch.present("$.fleet", s.fleet(), "the fleet section (an object)")) {
            fleet(ch, s.fleet(), ctx);
        }
        if (ch.present("$.mechanisms", s.mechanisms(), "the mechanisms section (an object)")) {
            mechanisms(ch, s.mechanisms(), ctx);
        }
        historyBudget(ch, ctx);
        timeline(ch, s, ctx);
        alerts(ch, s, ctx);
        actions(ch, s, ctx);
        team(ch, s.team());
        milestones(ch, s, ctx);
        Playbook ref = s.referencePlaybook();
        if (ref != null) {
            if (ref.format() != null && !Playbook.FORMAT.equals(ref.format())) {
                ch.problem("$.referencePlaybook.format", "expected \"" + Playbook.FORMAT + "\" or no format, got "
                        + Checker.quote(ref.format()));
            }
            if (ref.scenario() != null && s.meta() != null && !ref.scenario().equals(s.meta().id())) {
                ch.problem("$.referencePlaybook.scenario", "expected this scenario's id " + Checker.quote(s.meta().id())
                        + " or no scenario, got " + Checker.quote(ref.scenario()));
            }
            ch.optionalText("$.referencePlaybook.note", ref.note());
            PlaybookValidator.steps(ch, "$.referencePlaybook", ref, s, ctx.fleet, ctx.startSecond, ctx.horizonSecond);
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
                ch.problem(p + ".path", "expected a JSON path starting with $ (e.g. \"$.mechanisms.dns.graceSeconds\"), got "
                        + Checker.quote(a.path()));
            }
            ch.text(p + ".reason", a.reason());
        }
        return ch.problems();
    }

    /** The run history keeps a row per cluster per simulated minute: bound their product. */
    private static void historyBudget(Checker ch, Context ctx) {
        if (ctx.startSecond < 0 || ctx.horizonSecond < 0 || ctx.fleet.totalClusters == 0
                || ctx.fleet.totalClusters > MAX_CLUSTERS) {
            return;
        }
        long minutes = (ctx.horizonSecond - ctx.startSecond + 59) / 60;
        long clusterMinutes = minutes * ctx.fleet.totalClusters;
        if (clusterMinutes > MAX_CLUSTER_MINUTES) {
            ch.problem("$.meta.horizon", "expected clusters × simulated minutes at most " + MAX_CLUSTER_MINUTES + " (a "
                    + ctx.fleet.totalClusters + "-cluster fleet can run " + MAX_CLUSTER_MINUTES / ctx.fleet.totalClusters
                    + " minutes), got " + clusterMinutes);
        }
    }

    /** What later sections may refer to. */
    static final class Context {
        final FleetIndex fleet;
        final Set<String> actionIds = new HashSet<>();
        final Set<String> sourceIds = new java.util.LinkedHashSet<>();
        int startSecond = -1;
        int horizonSecond = -1;
        int waves;

        /** A traffic map names a service that does not exist (the sums are then not checked). */
        boolean unknownTrafficService;

        Context(FleetIndex fleet) {
            this.fleet = fleet;
        }
    }

    private static void meta(Checker ch, Meta m, Context ctx) {
        ch.id("$.meta.id", m.id());
        ch.text("$.meta.title", m.title());
        if (ch.text("$.meta.date", m.date())) {
            try {
                LocalDate.parse(m.date(), DATE);
            } catch (DateTimeException e) {
                ch.problem("$.meta.date", "expected a calendar date YYYY-MM-DD (e.g. \"2024-12-11\"), got " + Checker.quote(m.date()));
            }
        }
        if (ch.text("$.meta.timezone", m.timezone())) {
            try {
                ZoneId.of(m.timezone());
            } catch (DateTimeException e) {
                ch.problem("$.meta.timezone", "expected an IANA time zone such as \"America/Los_Angeles\", got "
                        + Checker.quote(m.timezone()));
            }
        }
        if (ch.time("$.meta.start", m.start())) {
            int start = ScenarioTime.secondsOfDay(m.start());
            if (start >= ScenarioTime.DAY) {
                ch.problem("$.meta.start", "expected a time on the incident day (without +D), got " + Checker.quote(m.start()));
            } else {
                ctx.startSecond = start;
            }
        }
        String horizon = m.horizon() == null ? "23:59" : m.horizon();
        if (ch.time("$.meta.horizon", horizon)) {
            int h = ScenarioTime.secondsOfDay(horizon);
            if (ctx.startSecond >= 0 && h <= ctx.startSecond) {
                ch.problem("$.meta.horizon", "expected a time after meta.start (" + m.start() + "), got " + Checker.quote(horizon));
            } else if (ctx.startSecond >= 0 && h - ctx.startSecond > 7 * ScenarioTime.DAY) {
                ch.problem("$.meta.horizon", "expected at most 7 days after meta.start, got " + Checker.quote(horizon));
            } else {
                ctx.horizonSecond = h;
            }
        }
        if (m.difficulty() != null && !Set.of("intro", "intermediate", "hard").contains(m.difficulty())) {
            ch.problem("$.meta.difficulty", "expected intro, intermediate or hard, got " + Checker.quote(m.difficulty()));
        }
        ch.optionalRange("$.meta.estimatedMinutes", m.estimatedMinutes(), 1, 24 * 60);
        ch.optionalText("$.meta.summary", m.summary());
        ch.optionalText("$.meta.role", m.role());
        ch.optionalText("$.meta.briefing", m.briefing());
        for (int i = 0; i < m.learningObjectives().size(); i++) {
            ch.text("$.meta.learningObjectives[" + i + "]", m.learningObjectives().get(i));
        }
        for (int i = 0; i < m.guidedObjectives().size(); i++) {
            ch.text("$.meta.guidedObjectives[" + i + "]", m.guidedObjectives().get(i));
        }
        for (int i = 0; i < m.sources().size(); i++) {
            Meta.Source src = m.sources().get(i);
            String p = "$.meta.sources[" + i + "]";
            if (src == null) {
                ch.problem(p, "expected a source object with id and title, got null");
                continue;
            }
            if (ch.text(p + ".id", src.id()) && !ctx.sourceIds.add(src.id())) {
                ch.problem(p + ".id", "expected a unique source id, got duplicate " + Checker.quote(src.id()));
            }
            ch.text(p + ".title", src.title());
            if (src.url() != null && !src.url().matches("https?://\\S+")) {
                ch.problem(p + ".url", "expected an http(s) URL, got " + Checker.quote(src.url()));
            }
        }
    }

    private static void fleet(Checker ch, Fleet f, Context ctx) {
        if (f.regions().isEmpty()) {
            ch.problem("$.fleet.regions", "expected at least one region, got none");
        }
        ch.atMost("$.fleet.regions", f.regions(), MAX_REGIONS, "regions");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < f.regions().size(); i++) {
            String r = f.regions().get(i);
            if (ch.id("$.fleet.regions[" + i + "]", r) && !seen.add(r)) {
                ch.problem("$.fleet.regions[" + i + "]", "expected a unique region, got duplicate " + Checker.quote(r));
            }
        }
        if (f.services().isEmpty()) {
            ch.problem("$.fleet.services", "expected at least one service, got none");
        }
        ch.atMost("$.fleet.services", f.services(), MAX_SERVICES, "services");
        seen.clear();
        for (int i = 0; i < f.services().size(); i++) {
            Fleet.Service sv = f.services().get(i);
            String p = "$.fleet.services[" + i + "]";
            if (sv == null) {
                ch.problem(p, "expected a service object with id and name, got null");
                continue;
            }
            if (ch.id(p + ".id", sv.id()) && !seen.add(sv.id())) {
                ch.problem(p + ".id", "expected a unique service id, got duplicate " + Checker.quote(sv.id()));
            }
            ch.text(p + ".name", sv.name());
            if (sv.trafficWeight() != null) {
                ch.range(p + ".trafficWeight", sv.trafficWeight(), 0.0001, 1000);
            }
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        seen.clear();
        for (int i = 0; i < f.clusters().size(); i++) {
            Fleet.ClusterSpec c = f.clusters().get(i);
            String p = "$.fleet.clusters[" + i + "]";
            if (c == null) {
                ch.problem(p, "expected a cluster object, got null");
                continue;
            }
            if (ch.id(p + ".id", c.id())) {
                if (!seen.add(c.id())) {
                    ch.problem(p + ".id", "expected a unique cluster id, got duplicate " + Checker.quote(c.id()));
                } else if (ctx.fleet.generatedClusters.contains(c.id())) {
                    ch.problem(p + ".id", "expected an id the generator does not also produce (it names its clusters "
                            + "idPrefix + region + \"-NNN\"), got " + Checker.quote(c.id()));
                }
            }
            if (ch.text(p + ".region", c.region()) && !ctx.fleet.regions.contains(c.region())) {
                ch.problem(p + ".region", Checker.unknown("fleet.regions", ctx.fleet.regions, "region", c.region()));
            }
            ch.range(p + ".nodes", c.nodes(), 1, MAX_NODES);
            ch.optionalRange(p + ".apiReplicas", c.apiReplicas(), 1, 100);
            ch.optionalRange(p + ".wave", c.wave(), 1, 100);
            if (c.version() != null) {
                ch.id(p + ".version", c.version());
            }
            shares(ch, p + ".traffic", c.traffic(), ctx, totals);
            ch.optionalText(p + ".note", c.note());
        }
        Fleet.Generator g = f.generator();
        int generated = 0;
        if (g != null) {
            String p = "$.fleet.generator";
            ch.present(p + ".seed", g.seed(), "a whole-number seed");
            if (ch.range(p + ".clusters", g.clusters(), 0, MAX_CLUSTERS)) {
                generated = g.clusters();
            }
            ch.range(p + ".minNodes", g.minNodes(), 1, MAX_NODES);
            if (ch.range(p + ".maxNodes", g.maxNodes(), 1, MAX_NODES) && g.minNodes() != null && g.maxNodes() < g.minNodes()) {
                ch.problem(p + ".maxNodes", "expected maxNodes ≥ minNodes (" + g.minNodes() + "), got " + g.maxNodes());
            }
            ch.range(p + ".paretoAlpha", g.paretoAlpha(), 0.1, 10);
            ch.optionalRange(p + ".trafficSizeExponent", g.trafficSizeExponent(), 0, 4);
            if (g.idPrefix() != null && !g.idPrefix().matches("[a-z0-9-]{0,16}")) {
                ch.problem(p + ".idPrefix", "expected up to 16 lowercase letters, digits or '-', got " + Checker.quote(g.idPrefix()));
            }
            if (generated == 0 && g.traffic().values().stream().anyMatch(v -> v != null && v > 0)) {
                ch.problem(p + ".traffic", "expected no traffic when generator.clusters is 0 (no cluster would carry it)");
            }
            shares(ch, p + ".traffic", g.traffic(), ctx, totals);
        }
        int total = f.clusters().size() + generated;
        if (total == 0) {
            ch.problem("$.fleet.clusters", "expected at least one cluster (in fleet.clusters or fleet.generator.clusters), got none");
        } else if (total > MAX_CLUSTERS) {
            ch.problem("$.fleet.clusters", "expected at most " + MAX_CLUSTERS + " clusters with the generated ones, got " + total);
        }
        for (int i = 0; i < f.services().size(); i++) {
            Fleet.Service sv = f.services().get(i);
            if (sv == null || sv.id() == null) {
                continue;
            }
            double t = totals.getOrDefault(sv.id(), 0.0);
            // A share under a misspelt service id is reported there; its service's sum would only repeat it.
            if (Math.abs(t - 1) > 1e-6 && !ctx.unknownTrafficService) {
                ch.problem("$.fleet.services[" + i + "]", "expected the traffic shares of service " + Checker.quote(sv.id())
                        + " to sum to 1 over fleet.clusters[].traffic and fleet.generator.traffic, got " + Math.round(t * 1e6) / 1e6);
            }
        }
    }

    private static void shares(Checker ch, String path, Map<String, Double> traffic, Context ctx, Map<String, Double> totals) {
        for (Map.Entry<String, Double> e : traffic.entrySet()) {
            String p = Checker.key(path, e.getKey());
            if (!ctx.fleet.services.contains(e.getKey())) {
                ch.problem(p, Checker.unknown("fleet.services[].id", ctx.fleet.services, "service", e.getKey()));
                ctx.unknownTrafficService = true;
                continue;
            }
            if (ch.range(p, e.getValue(), 0, 1)) {
                totals.merge(e.getKey(), e.getValue(), Double::sum);
            }
        }
    }

    private static void mechanisms(Checker ch, Mechanisms m, Context ctx) {
        String p = "$.mechanisms.controlPlane";
        Mechanisms.ControlPlane cp = m.controlPlane();
        if (ch.present(p, cp, "the control-plane parameters (an object)")) {
            ch.range(p + ".seatsPerReplica", cp.seatsPerReplica(), 1, 1e6);
            ch.range(p + ".nodesPerReplica", cp.nodesPerReplica(), 1, 1e6);
            ch.range(p + ".minReplicas", cp.minReplicas(), 1, 100);
            ch.range(p + ".baselineSeatsPerNode", cp.baselineSeatsPerNode(), 0, 100);
            ch.range(p + ".relistSeatsPerNodeSquared", cp.relistSeatsPerNodeSquared(), 0, 1);
            if (m.apiServer() == null) {
                ch.range(p + ".collapseOverload", cp.collapseOverload(), 0.01, 100);
                ch.range(p + ".retryGrowthPerSecond", cp.retryGrowthPerSecond(), 0, 1);
                ch.range(p + ".retryDecayPerSecond", cp.retryDecayPerSecond(), 0, 1);
            } else {
                // The request queues replace the static formula; its parameters may stay but are not used.
                ch.optionalRange(p + ".collapseOverload", cp.collapseOverload(), 0.01, 100);
                ch.optionalRange(p + ".retryGrowthPerSecond", cp.retryGrowthPerSecond(), 0, 1);
                ch.optionalRange(p + ".retryDecayPerSecond", cp.retryDecayPerSecond(), 0, 1);
            }
            ch.range(p + ".crashOverload", cp.crashOverload(), 1, 1000);
            ch.range(p + ".crashMeanSeconds", cp.crashMeanSeconds(), 1, 1e7);
            ch.range(p + ".restartSeconds", cp.restartSeconds(), 1, 86400);
            ch.range(p + ".failedHealth", cp.failedHealth(), 0, 1);
        }
        Mechanisms.Telemetry t = m.telemetry();
        if (t != null) {
            p = "$.mechanisms.telemetry";
            ch.range(p + ".seatsPerNodeSquared", t.seatsPerNodeSquared(), 0, 1);
            ch.range(p + ".rampSeconds", t.rampSeconds(), 1, 86400);
            ch.range(p + ".removalSeconds", t.removalSeconds(), 1, 86400);
            ch.optionalRange(p + ".listIntervalSeconds", t.listIntervalSeconds(), 1, 86400);
        }
        p = "$.mechanisms.dns";
        Mechanisms.Dns dns = m.dns();
        if (ch.present(p, dns, "the DNS parameters (an object)")) {
            ch.range(p + ".graceSeconds", dns.graceSeconds(), 0, 86400);
            ch.range(p + ".graceJitterSeconds", dns.graceJitterSeconds(), 0, 86400);
            ch.range(p + ".spreadSeconds", dns.spreadSeconds(), 1, 86400);
            ch.range(p + ".failedLookupSeatsPerNode", dns.failedLookupSeatsPerNode(), 0, 100);
            ch.range(p + ".resyncSeconds", dns.resyncSeconds(), 1, 86400);
        }
        p = "$.mechanisms.dataPlane";
        Mechanisms.DataPlane dp = m.dataPlane();
        if (ch.present(p, dp, "the data-plane parameters (an object)")) {
            ch.range(p + ".headroom", dp.headroom(), 0, 10);
            ch.range(p + ".warmupSeconds", dp.warmupSeconds(), 1, 86400);
        }
        newerMechanisms(ch, m, ctx);
        p = "$.mechanisms.observation";
        Mechanisms.Observation o = m.observation();
        if (ch.present(p, o, "the observation parameters (an object)")) {
            boolean scrape = ch.range(p + ".scrapeSeconds", o.scrapeSeconds(), 1, 3600);
            boolean lag = ch.range(p + ".lagSeconds", o.lagSeconds(), 0, 3600);
            ch.range(p + ".gapBelowHealth", o.gapBelowHealth(), 0, 1);
            ch.range(p + ".gapProbability", o.gapProbability(), 0, 1);
            // The observer keeps one sample per scrape of lag for every cluster and metric.
            if (scrape && lag && Math.round(o.lagSeconds()) / Math.max(1, Math.round(o.scrapeSeconds())) > MAX_LAG_SAMPLES) {
                ch.problem(p + ".lagSeconds", "expected lagSeconds at most " + MAX_LAG_SAMPLES + " × scrapeSeconds, got "
                        + Checker.fmt(o.lagSeconds()));
            }
        }
    }

    /** Pod networking, repair capacity and backlogs (the Reddit and Datadog mechanisms); all optional. */
    private static void newerMechanisms(Checker ch, Mechanisms m, Context ctx) {
        Mechanisms.Network net = m.network();
        if (net != null) {
            String p = "$.mechanisms.network";
            ch.text(p + ".componentSelector", net.componentSelector());
            ch.range(p + ".holdSeconds", net.holdSeconds(), 1, 86400);
            ch.range(p + ".reconvergeSeconds", net.reconvergeSeconds(), 1, 86400);
        }
        apiServer(ch, m.apiServer());
        if (m.repair() != null) {
            ch.range("$.mechanisms.repair.nodesPerMinute", m.repair().nodesPerMinute(), 0, 1e6);
        }
        PlatformValidator.check(ch, m.platform(), ctx);
        Mechanisms.Backlog b = m.backlog();
        if (b != null) {
            String p = "$.mechanisms.backlog";
            ch.range(p + ".thresholdMinutes", b.thresholdMinutes(), 0, 1e6);
            ch.range(p + ".degradedAvailability", b.degradedAvailability(), 0, 1);
            ch.range(p + ".maxScaleOut", b.maxScaleOut(), 0, 100);
            for (Map.Entry<String, Double> e : b.drainPerMinute().entrySet()) {
                String kp = Checker.key(p + ".drainPerMinute", e.getKey());
                if (!ctx.fleet.services.contains(e.getKey())) {
                    ch.problem(kp, "expected a service id from fleet.services, got " + Checker.quote(e.getKey()));
                }
                ch.range(kp, e.getValue(), 0, 1000);
            }
        }
        configArtifact(ch, m.configArtifact(), ctx);
    }

    /** A generated configuration artifact (docs/model.md); optional. */
    private static void configArtifact(Checker ch, Mechanisms.ConfigArtifact a, Context ctx) {
        if (a == null) {
            return;
        }
        String p = "$.mechanisms.configArtifact";
        if (ch.time(p + ".sourceChangeAt", a.sourceChangeAt())) {
            inWindow(ch, p + ".sourceChangeAt", ScenarioTime.secondsOfDay(a.sourceChangeAt()), ctx);
        }
        ch.range(p + ".sourceInitialShare", a.sourceInitialShare(), 0, 1);
        ch.range(p + ".sourceRolloutSeconds", a.sourceRolloutSeconds(), 1, 7 * 86400);
        ch.range(p + ".cycleSeconds", a.cycleSeconds(), 60, 86400);
        if (ch.range(p + ".propagationSeconds", a.propagationSeconds(), 0, 86400) && a.cycleSeconds() != null
                && a.propagationSeconds() >= a.cycleSeconds()) {
            ch.problem(p + ".propagationSeconds", "expected less than cycleSeconds (a build reaches every consumer "
                    + "before the next one), got " + Checker.fmt(a.propagationSeconds()));
        }
        ch.range(p + ".wedgeShare", a.wedgeShare(), 0, 1);
        ch.range(p + ".wedgeAfterSeconds", a.wedgeAfterSeconds(), 0, 7 * 86400);
        ch.range(p + ".restartSeconds", a.restartSeconds(), 1, 86400);
        ch.range(p + ".restartTasks", a.restartTasks(), 1, 1e6);
        ch.range(p + ".storeSeats", a.storeSeats(), 1, 1e6);
        boolean fetch = ch.range(p + ".fetchSeconds", a.fetchSeconds(), 0.001, 3600);
        if (ch.range(p + ".fetchPatienceSeconds", a.fetchPatienceSeconds(), 0.001, 86400) && fetch
                && a.fetchPatienceSeconds() <= a.fetchSeconds()) {
            ch.problem(p + ".fetchPatienceSeconds", "expected more than fetchSeconds (a fetch must be able to finish), got "
                    + Checker.fmt(a.fetchPatienceSeconds()));
        }
        ch.range(p + ".fetchRetrySeconds", a.fetchRetrySeconds(), 0.001, 86400);
        ch.present(p + ".fetchBackoff", a.fetchBackoff(), "true or false");
        if (ch.id(p + ".fallbackVersion", a.fallbackVersion()) && !ctx.fleet.versions.contains(a.fallbackVersion())) {
            ch.problem(p + ".fallbackVersion", "expected a version some cluster runs (fleet.clusters[].version) "
                    + ctx.fleet.versions + ", got " + Checker.quote(a.fallbackVersion()));
        }
        if (a.consumers().isEmpty()) {
            ch.problem(p + ".consumers", "expected at least one consumer version, got none");
        }
        ch.atMost(p + ".consumers", a.consumers(), MAX_PARAMS, "consumers");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.consumers().size(); i++) {
            Mechanisms.ConfigArtifact.Consumer c = a.consumers().get(i);
            String cp = p + ".consumers[" + i + "]";
            if (c == null) {
                ch.problem(cp, "expected a consumer object, got null");
                continue;
            }
            if (ch.id(cp + ".version", c.version())) {
                if (!ctx.fleet.versions.contains(c.version())) {
                    ch.problem(cp + ".version", "expected a version some cluster runs (fleet.clusters[].version) "
                            + ctx.fleet.versions + ", got " + Checker.quote(c.version()));
                } else if (!seen.add(c.version())) {
                    ch.problem(cp + ".version", "expected each version once, got duplicate " + Checker.quote(c.version()));
                }
            }
            if (ch.text(cp + ".onBad", c.onBad()) && !Mechanisms.ConfigArtifact.CRASH.equals(c.onBad())
                    && !Mechanisms.ConfigArtifact.DEGRADE.equals(c.onBad())) {
                ch.problem(cp + ".onBad", "expected crash or degrade, got " + Checker.quote(c.onBad()));
            }
            ch.range(cp + ".trafficLost", c.trafficLost(), 0, 1);
        }
    }

    /** The API server as request queues (optional; every field optional). */
    private static void apiServer(Checker ch, Mechanisms.ApiServer a) {
        if (a == null) {
            return;
        }
        String p = "$.mechanisms.apiServer";
        ch.optionalRange(p + ".requestTimeoutSeconds", a.requestTimeoutSeconds(), 1, 3600);
        ch.optionalRange(p + ".controllerSeatsPerNode", a.controllerSeatsPerNode(), 0, 100);
        ch.optionalRange(p + ".relistSeconds", a.relistSeconds(), 0, 86400);
        ch.optionalRange(p + ".watchBreaksPerSecond", a.watchBreaksPerSecond(), 0, 10);
        java.util.List<String> known = java.util.List.of("node-agents", "telemetry", "coredns", "controllers", "operators",
                "reflectors");
        java.util.List<String> levels = new java.util.ArrayList<>(QUEUED_LEVELS);
        levels.add(0, "exempt");
        for (Map.Entry<String, Mechanisms.ApiClient> e : a.clients().entrySet()) {
            String kp = Checker.key(p + ".clients", e.getKey());
            if (!known.contains(e.getKey())) {
                ch.problem(kp, "expected a client class of " + known + ", got " + Checker.quote(e.getKey()));
                continue;
            }
            Mechanisms.ApiClient c = e.getValue();
            if (c == null) {
                ch.problem(kp, "expected an object");
                continue;
            }
            if (c.level() != null && !levels.contains(c.level())) {
                ch.problem(kp + ".level", "expected a priority level of " + levels + ", got " + Checker.quote(c.level()));
            }
            ch.optionalRange(kp + ".requestSeconds", c.requestSeconds(), 0.001, 3600);
            ch.optionalRange(kp + ".patienceSeconds", c.patienceSeconds(), 0.001, 3600);
            ch.optionalRange(kp + ".retryDelaySeconds", c.retryDelaySeconds(), 0.001, 3600);
            ch.optionalRange(kp + ".maxBackoffSeconds", c.maxBackoffSeconds(), 0.001, 86400);
            ch.optionalRange(kp + ".giveUpSeconds", c.giveUpSeconds(), 1, 86400);
            if (c.retryDelaySeconds() != null && c.maxBackoffSeconds() != null && c.maxBackoffSeconds() < c.retryDelaySeconds()) {
                ch.problem(kp + ".maxBackoffSeconds", "expected at least retryDelaySeconds ("
                        + Checker.fmt(c.retryDelaySeconds()) + "), got " + Checker.fmt(c.maxBackoffSeconds()));
            }
        }
    }

    private static void timeline(Checker ch, Scenario s, Context ctx) {
        ch.atMost("$.timeline", s.timeline(), MAX_TIMELINE, "events");
        int rollouts = 0;
        int previous = Integer.MIN_VALUE;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.timeline().size(); i++) {
            TimelineEvent e = s.timeline().get(i);
            String p = "$.timeline[" + i + "]";
            if (e == null) {
                ch.problem(p, "expected an event object, got null");
                continue;
            }
            if (ch.time(p + ".at", e.at())) {
                int at = ScenarioTime.secondsOfDay(e.at());
                if (inWindow(ch, p + ".at", at, ctx) && at < previous) {
                    ch.problem(p + ".at", "expected events in time order, got " + e.at() + " after "
                            + ScenarioTime.format(previous));
                }
                previous = Math.max(previous, at);
            }
            if (e.id() != null && ch.id(p + ".id", e.id()) && !ids.add(e.id())) {
                ch.problem(p + ".id", "expected a unique event id, got duplicate " + Checker.quote(e.id()));
            }
            if (!ch.text(p + ".kind", e.kind())) {
                continue;
            }
            if (!TimelineEvent.INJECT.equals(e.kind())) {
                if (e.until() != null) {
                    ch.problem(p + ".until", "expected no until on a " + e.kind() + " event (only an inject waits for its condition)");
                }
                if (e.when() != null) {
                    ch.problem(p + ".when", "expected no condition on a " + e.kind() + " event (only an inject has one)");
                }
            }
            switch (e.kind()) {
                case TimelineEvent.INJECT:
                    ch.text(p + ".channel", e.channel());
                    ch.text(p + ".text", e.text());
                    if (e.waves() != null) {
                        ch.problem(p + ".waves", "expected no waves on an inject (only a rollout has waves)");
                    }
                    if (e.waveInterval() != null) {
                        ch.problem(p + ".waveInterval", "expected no waveInterval on an inject (only a rollout has one)");
                    }
                    condition(ch, p, e, s, ctx);
                    break;
                case TimelineEvent.ROLLOUT:
                    rollouts++;
                    if (ch.range(p + ".waves", e.waves(), 1, 100)) {
                        ctx.waves = e.waves();
                    }
                    if (ch.duration(p + ".waveInterval", e.waveInterval()) && ScenarioTime.seconds(e.waveInterval()) < 1) {
                        ch.problem(p + ".waveInterval", "expected at least one second (PT1S), got " + Checker.quote(e.waveInterval()));
                    }
                    ch.optionalText(p + ".channel", e.channel());
                    ch.optionalText(p + ".text", e.text());
                    if (s.mechanisms() != null && s.mechanisms().telemetry() == null) {
                        ch.problem("$.mechanisms.telemetry", "expected the telemetry parameters: the timeline has a rollout ("
                                + p + ")");
                    }
                    break;
                case TimelineEvent.UPGRADE:
                case TimelineEvent.OS_UPDATE: {
                    if (ch.text(p + ".target", e.target())) {
                        String problem = ctx.fleet.scriptedTargetProblem(e.target());
                        if (problem != null) {
                            ch.problem(p + ".target", problem);
                        }
                    }
                    ch.duration(p + ".window", e.window());
                    if (TimelineEvent.OS_UPDATE.equals(e.kind())) {
                        ch.range(p + ".share", e.share(), 0, 1);
                    } else {
                        ch.text(p + ".removesLabel", e.removesLabel());
                    }
                    ch.optionalText(p + ".channel", e.channel());
                    ch.optionalText(p + ".text", e.text());
                    if (s.mechanisms() != null && s.mechanisms().network() == null) {
                        ch.problem("$.mechanisms.network", "expected the network parameters: the timeline has an "
                                + e.kind() + " event (" + p + ")");
                    }
                    break;
                }
                default:
                    ch.problem(p + ".kind", "expected inject, rollout, upgrade or os-update, got " + Checker.quote(e.kind())
                            + Checker.didYouMean(e.kind(), List.of(TimelineEvent.INJECT, TimelineEvent.ROLLOUT,
                                    TimelineEvent.UPGRADE, TimelineEvent.OS_UPDATE)));
            }
        }
        if (rollouts > 1) {
            ch.problem("$.timeline", "expected at most one rollout event, got " + rollouts);
        }
        if (s.fleet() != null) {
            for (int i = 0; i < s.fleet().clusters().size(); i++) {
                Fleet.ClusterSpec c = s.fleet().clusters().get(i);
                if (c != null && c.wave() != null && c.wave() >= 1 && c.wave() > ctx.waves) {
                    ch.problem("$.fleet.clusters[" + i + "].wave", ctx.waves == 0
                            ? "expected no wave: the timeline has no rollout"
                            : "expected a wave between 1 and the rollout's " + ctx.waves + " waves, got " + c.wave());
                }
            }
        }
    }

    /** An inject's {@code until} and {@code when}: times in the window, references to the scenario. */
    private static void condition(Checker ch, String p, TimelineEvent e, Scenario s, Context ctx) {
        if (e.until() != null && ch.time(p + ".until", e.until())) {
            int until = ScenarioTime.secondsOfDay(e.until());
            if (inWindow(ch, p + ".until", until, ctx) && ScenarioTime.isTime(e.at())
                    && until < ScenarioTime.secondsOfDay(e.at())) {
                ch.problem(p + ".until", "expected a time at or after at (" + e.at() + "), got " + e.until());
            }
        }
        InjectCondition w = e.when();
        if (w == null) {
            if (e.until() != null) {
                ch.problem(p + ".when", "expected a condition for until (" + e.until() + ") to wait for; missing (an inject"
                        + " without one fires at its time)");
            }
            return;
        }
        String wp = p + ".when";
        ch.optionalDurationAtLeast(wp + ".noStatusUpdateFor", w.noStatusUpdateFor(), 1);
        Set<String> services = new HashSet<>();
        if (s.fleet() != null) {
            for (Fleet.Service svc : s.fleet().services()) {
                if (svc != null && svc.id() != null) {
                    services.add(svc.id());
                }
            }
        }
        for (var entry : List.of(Map.entry("servicesBelow", w.servicesBelow()), Map.entry("servicesAtLeast", w.servicesAtLeast()))) {
            for (Map.Entry<String, Double> m : entry.getValue().entrySet()) {
                String kp = Checker.key(wp + "." + entry.getKey(), m.getKey());
                if (!services.contains(m.getKey())) {
                    ch.problem(kp, Checker.unknown("fleet.services[].id", services, "service", m.getKey()));
                }
                ch.range(kp, m.getValue(), 0, 1);
            }
        }
        if (w.alertFiring() != null && ch.text(wp + ".alertFiring", w.alertFiring())
                && s.alerts().stream().noneMatch(a -> a != null && w.alertFiring().equals(a.id()))) {
            ch.problem(wp + ".alertFiring", Checker.unknown("the scenario's alerts[].id", ids(s.alerts().stream()
                    .map(a -> a == null ? null : a.id())), "alert", w.alertFiring()));
        }
        if (w.afterAction() != null && ch.text(wp + ".afterAction", w.afterAction()) && s.action(w.afterAction()) == null) {
            ch.problem(wp + ".afterAction", Checker.unknown("the scenario's actions[].id", actionIds(s), "action",
                    w.afterAction()));
        }
        if (w.impact() != null && !InjectCondition.ONGOING.equals(w.impact()) && !InjectCondition.OVER.equals(w.impact())) {
            ch.problem(wp + ".impact", "expected ongoing or over, got " + Checker.quote(w.impact()));
        }
    }

    /** Reports a time outside meta.start..horizon; true when it is inside (or the window is unknown). */
    static boolean inWindow(Checker ch, String path, int at, Context ctx) {
        return inWindow(ch, path, at, ctx.startSecond, ctx.horizonSecond);
    }

    static boolean inWindow(Checker ch, String path, int at, int start, int horizon) {
        if ((start >= 0 && at < start) || (horizon >= 0 && at > horizon)) {
            ch.problem(path, "expected a time between meta.start (" + (start < 0 ? "?" : ScenarioTime.format(start))
                    + ") and the horizon (" + (horizon < 0 ? "?" : ScenarioTime.format(horizon)) + "), got "
                    + ScenarioTime.format(at));
            return false;
        }
        return true;
    }

    private static void alerts(Checker ch, Scenario s, Context ctx) {
        ch.atMost("$.alerts", s.alerts(), MAX_ALERTS, "alert rules");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.alerts().size(); i++) {
            AlertRule a = s.alerts().get(i);
            String p = "$.alerts[" + i + "]";
            if (a == null) {
                ch.problem(p, "expected an alert rule object, got null");
                continue;
            }
            if (ch.id(p + ".id", a.id()) && !ids.add(a.id())) {
                ch.problem(p + ".id", "expected a unique alert id, got duplicate " + Checker.quote(a.id()));
            }
            if (ch.text(p + ".severity", a.severity()) && !Set.of("critical", "warning", "info").contains(a.severity())) {
                ch.problem(p + ".severity", "expected critical, warning or info, got " + Checker.quote(a.severity()));
            }
            ch.text(p + ".summary", a.summary());
            if (a.isNoise()) {
                noiseRule(ch, p, a);
            } else {
                metricRule(ch, p, a, ctx);
            }
        }
    }

    private static void noiseRule(Checker ch, String p, AlertRule a) {
        if (ch.duration(p + ".noiseInterval", a.noiseInterval()) && ScenarioTime.seconds(a.noiseInterval()) < 60) {
            ch.problem(p + ".noiseInterval", "expected at least PT1M, got " + Checker.quote(a.noiseInterval()));
        }
        String[][] unused = {{"metric", a.metric()}, {"scope", a.scope()}, {"service", a.service()}, {"op", a.op()},
                {"for", a.forDuration()}};
        for (String[] f : unused) {
            if (f[1] != null) {
                ch.problem(p + "." + f[0], "expected no " + f[0] + " on a noise rule (it pages at random)");
            }
        }
        if (a.threshold() != null) {
            ch.problem(p + ".threshold", "expected no threshold on a noise rule (it pages at random)");
        }
    }

    private static void metricRule(Checker ch, String p, AlertRule a, Context ctx) {
        if (a.noiseInterval() != null) {
            ch.problem(p + ".noiseInterval", "expected no noiseInterval unless noise is true");
        }
        boolean metric = ch.text(p + ".metric", a.metric());
        if (metric && !METRICS.contains(a.metric())) {
            ch.problem(p + ".metric", "expected one of " + String.join(", ", METRIC_LIST) + ", got unknown metric "
                    + Checker.quote(a.metric()) + Checker.didYouMean(a.metric(), METRIC_LIST));
            metric = false;
        }
        if (ch.text(p + ".scope", a.scope())) {
            if (!Set.of("cluster", "fleet", "service").contains(a.scope())) {
                ch.problem(p + ".scope", "expected cluster, fleet or service, got " + Checker.quote(a.scope()));
            } else if (metric && "service".equals(a.scope()) != "serviceAvailability".equals(a.metric())) {
                ch.problem(p + ".scope", "serviceAvailability".equals(a.metric())
                        ? "expected scope service for metric serviceAvailability, got " + Checker.quote(a.scope())
                        : "expected scope cluster or fleet for cluster metric " + a.metric() + ", got \"service\"");
            }
            if ("service".equals(a.scope())) {
                if (ch.text(p + ".service", a.service()) && !ctx.fleet.services.contains(a.service())) {
                    ch.problem(p + ".service", Checker.unknown("fleet.services[].id", ctx.fleet.services, "service", a.service()));
                }
            } else if (a.service() != null) {
                ch.problem(p + ".service", "expected no service unless scope is service");
            }
        }
        if (ch.text(p + ".op", a.op()) && !a.op().equals(">") && !a.op().equals("<")) {
            ch.problem(p + ".op", "expected \">\" or \"<\", got " + Checker.quote(a.op()));
        }
        ch.range(p + ".threshold", a.threshold(), -1e9, 1e9);
        ch.optionalDuration(p + ".for", a.forDuration());
    }

    private static void actions(Checker ch, Scenario s, Context ctx) {
        ch.atMost("$.actions", s.actions(), MAX_ACTIONS, "actions");
        for (int i = 0; i < s.actions().size(); i++) {
            ActionSpec a = s.actions().get(i);
            String p = "$.actions[" + i + "]";
            if (a == null) {
                ch.problem(p, "expected an action object, got null");
                continue;
            }
            if (ch.id(p + ".id", a.id()) && !ctx.actionIds.add(a.id())) {
                ch.problem(p + ".id", "expected a unique action id, got duplicate " + Checker.quote(a.id()));
            }
            boolean kind = ch.text(p + ".kind", a.kind());
            if (kind && !ACTION_KINDS.contains(a.kind())) {
                ch.problem(p + ".kind", "expected one of " + String.join(", ", ACTION_KIND_LIST) + ", got unknown kind "
                        + Checker.quote(a.kind()) + Checker.didYouMean(a.kind(), ACTION_KIND_LIST));
                kind = false;
            }
            ch.text(p + ".title", a.title());
            ch.text(p + ".description", a.description());
            ch.present(p + ".needsApi", a.needsApi(), "true or false");
            ch.duration(p + ".duration", a.duration());
            ch.optionalDuration(p + ".perExtraTarget", a.perExtraTarget());
            ch.optionalDuration(p + ".timeout", a.timeout());
            modes(ch, p, a);
            if (a.defaultTarget() != null) {
                String problem = ctx.fleet.targetProblem(a.defaultTarget());
                if (problem != null) {
                    ch.problem(p + ".defaultTarget", problem);
                }
            }
            ch.optionalText(p + ".lesson", a.lesson());
            if (kind) {
                PlatformValidator.action(ch, p, a, s.mechanisms());
            }
            steps(ch, p, a);
            params(ch, p, a, kind);
        }
    }

    /** Largest {@code automated.parallelism}: more lanes than clusters would never be used. */
    static final int MAX_PARALLELISM = 10_000;

    /**
     * Execution modes: {@code automated} (prepare, parallelism, perTarget) is optional; {@code defaultMode}
     * is manual or automated, and automated only when the action declares it.
     */
    private static void modes(Checker ch, String p, ActionSpec a) {
        ActionSpec.Automated au = a.automated();
        if (au != null) {
            ch.duration(p + ".automated.prepare", au.prepare());
            ch.range(p + ".automated.parallelism", au.parallelism(), 1, MAX_PARALLELISM);
            ch.duration(p + ".automated.perTarget", au.perTarget());
            if (au.parallelism() != null && au.parallelism() != Math.rint(au.parallelism())) {
                ch.problem(p + ".automated.parallelism", "expected a whole number of targets at a time");
            }
        }
        String m = a.defaultMode();
        if (m != null) {
            if (!ActionSpec.MANUAL.equals(m) && !ActionSpec.AUTOMATED.equals(m)) {
                ch.problem(p + ".defaultMode", "expected \"manual\" or \"automated\", got " + Checker.quote(m));
            } else if (ActionSpec.AUTOMATED.equals(m) && au == null) {
                ch.problem(p + ".defaultMode", "expected \"manual\": the action declares no automated mode "
                        + "(add \"automated\": {\"prepare\", \"parallelism\", \"perTarget\"})");
            }
        }
    }

    /** A multi-step action's stages: each with a title and a duration; a restore needs at least one. */
    private static void steps(Checker ch, String p, ActionSpec a) {
        if ("restore-from-backup".equals(a.kind()) && a.steps().isEmpty()) {
            ch.problem(p + ".steps", "expected the steps of the restore (each with title and duration), got none");
        }
        ch.atMost(p + ".steps", a.steps(), MAX_PARAMS, "steps");
        for (int k = 0; k < a.steps().size(); k++) {
            ActionSpec.Step st = a.steps().get(k);
            String sp = p + ".steps[" + k + "]";
            if (st == null) {
                ch.problem(sp, "expected a step object with title and duration, got null");
                continue;
            }
            ch.text(sp + ".title", st.title());
            ch.duration(sp + ".duration", st.duration());
        }
    }

    private static void params(Checker ch, String p, ActionSpec a, boolean kindKnown) {
        if (a.params().size() > MAX_PARAMS) {
            ch.problem(p + ".params", "expected at most " + MAX_PARAMS + " parameters, got " + a.params().size());
        }
        Map<String, double[]> needed = kindKnown ? KIND_PARAMS.getOrDefault(a.kind(), Map.of()) : Map.of();
        boolean shares = kindKnown && "set-shares".equals(a.kind());
        if (shares && a.params().isEmpty()) {
            ch.problem(p + ".params", "expected at least one priority level's shares (a parameter named after one of "
                    + QUEUED_LEVELS + "), got none");
        }
        for (Map.Entry<String, ActionSpec.Param> e : a.params().entrySet()) {
            String pp = Checker.key(p + ".params", e.getKey());
            ActionSpec.Param prm = e.getValue();
            if (prm == null) {
                ch.problem(pp, "expected a parameter object with default and unit, got null");
                continue;
            }
            boolean ok = ch.present(pp + ".default", prm.defaultValue(), "a default value (a number)");
            ch.text(pp + ".unit", prm.unit());
            ch.optionalText(pp + ".help", prm.help());
            if (prm.min() != null && prm.max() != null && prm.min() > prm.max()) {
                ch.problem(pp + ".max", "expected max ≥ min (" + Checker.fmt(prm.min()) + "), got " + Checker.fmt(prm.max()));
            } else if (ok && ((prm.min() != null && prm.defaultValue() < prm.min())
                    || (prm.max() != null && prm.defaultValue() > prm.max()))) {
                ch.problem(pp + ".default", "expected the default within [min, max], got " + Checker.fmt(prm.defaultValue()));
            }
            if (shares && !QUEUED_LEVELS.contains(e.getKey())) {
                ch.problem(pp, "expected a priority level of " + QUEUED_LEVELS + " (set-shares sets its concurrency shares), got "
                        + Checker.quote(e.getKey()));
                continue;
            }
            double[] bounds = shares ? new double[] {0, MAX_SHARES} : needed.get(e.getKey());
            if (bounds != null) {
                String what = "a number in [" + Checker.fmt(bounds[0]) + ", " + Checker.fmt(bounds[1]) + "] (the physical range of "
                        + e.getKey() + " for " + a.kind() + ")";
                for (String[] f : new String[][] {{"default"}, {"min"}, {"max"}}) {
                    Double v = "default".equals(f[0]) ? prm.defaultValue() : "min".equals(f[0]) ? prm.min() : prm.max();
                    if (!ch.present(pp + "." + f[0], v, what)) {
                        continue;
                    }
                    if (v < bounds[0] || v > bounds[1]) {
                        ch.problem(pp + "." + f[0], "expected " + what + ", got " + Checker.fmt(v));
                    }
                }
            }
        }
        for (String required : needed.keySet().stream().sorted().toList()) {
            if (!a.params().containsKey(required)) {
                ch.problem(p + ".params", "expected a parameter \"" + required + "\" (action kind " + a.kind() + " reads it), got none");
            }
        }
    }

    private static void team(Checker ch, Team t) {
        if (ch.present("$.team", t, "the team section (an object)")) {
            ch.range("$.team.responders", t.responders(), 1, 100);
            ch.optionalRange("$.team.escalationAdds", t.escalationAdds(), 0, 100);
            ch.optionalDuration("$.team.escalationDelay", t.escalationDelay());
        }
    }

    private static void milestones(Checker ch, Scenario s, Context ctx) {
        ch.atMost("$.realTimeline", s.realTimeline(), MAX_MILESTONES, "milestones");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.realTimeline().size(); i++) {
            Milestone m = s.realTimeline().get(i);
            String p = "$.realTimeline[" + i + "]";
            if (m == null) {
                ch.problem(p, "expected a milestone object, got null");
                continue;
            }
            if (ch.id(p + ".id", m.id()) && !ids.add(m.id())) {
                ch.problem(p + ".id", "expected a unique milestone id, got duplicate " + Checker.quote(m.id()));
            }
            if (ch.time(p + ".at", m.at())) {
                inWindow(ch, p + ".at", ScenarioTime.secondsOfDay(m.at()), ctx);
            }
            ch.text(p + ".label", m.label());
            if (m.measure() != null && !Measures.isValid(m.measure(), ctx.fleet.services, ctx.fleet.regions.size())) {
                ch.problem(p + ".measure", measureProblem(m.measure(), ctx.fleet.services));
            }
            ch.optionalDuration(p + ".tolerance", m.tolerance());
            if (m.source() != null && !ctx.sourceIds.contains(m.source())) {
                ch.problem(p + ".source", Checker.unknown("meta.sources[].id", ctx.sourceIds, "source", m.source()));
            }
        }
    }

    /**
     * Why a measure is not valid: a known measure naming a service that does not exist says which
     * services do; an unknown measure name gets the list and the nearest one.
     */
    static String measureProblem(String measure, Set<String> services) {
        int colon = measure.indexOf(':');
        String name = colon < 0 ? measure : measure.substring(0, colon);
        if (colon > 0 && Measures.PER_SERVICE.contains(name)) {
            String service = measure.substring(colon + 1);
            return "expected " + name + ":SERVICE with SERVICE one of fleet.services[].id " + Checker.choices(services)
                    + ", got unknown service " + Checker.quote(service) + Checker.didYouMean(service, services);
        }
        if (colon < 0 && Measures.PER_SERVICE.contains(name)) {
            return "expected " + name + ":SERVICE (a service of fleet.services[].id " + Checker.choices(services)
                    + "), got " + Checker.quote(measure) + " without a service";
        }
        List<String> names = new java.util.ArrayList<>(new java.util.TreeSet<>(Measures.FLEET));
        names.addAll(new java.util.TreeSet<>(Measures.PER_SERVICE));
        String near = JsonShape.nearest(name, names);
        String suggestion = near == null ? "" : " (did you mean " + Checker.quote(Measures.PER_SERVICE.contains(near)
                ? near + ":" + (colon < 0 ? "SERVICE" : measure.substring(colon + 1)) : near) + "?)";
        return "expected " + Measures.HELP + ", got " + Checker.quote(measure) + suggestion;
    }

    private static Set<String> ids(java.util.stream.Stream<String> ids) {
        Set<String> out = new java.util.LinkedHashSet<>();
        ids.filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    static Set<String> actionIds(Scenario s) {
        return ids(s.actions().stream().map(a -> a == null ? null : a.id()));
    }
}
