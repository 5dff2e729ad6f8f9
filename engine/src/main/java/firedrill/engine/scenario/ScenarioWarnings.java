package firedrill.engine.scenario;

import java.util.List;
import java.util.Set;

/**
 * Checks of meaning that do not make a scenario unloadable, so files that loaded before keep loading:
 * an action whose effect needs a mechanism or event the scenario lacks (it would run and change
 * nothing, or fail with a reason that points elsewhere), and flags that have no effect. Each warning
 * names its JSON path and says what would make it meaningful. Run on a scenario that validated.
 */
public final class ScenarioWarnings {
    /** Kinds that do not act on clusters: {@code needsApi} changes nothing for them (the validator's kinds minus its cluster-scoped ones). */
    static final Set<String> FLEET_KINDS = ScenarioValidator.ACTION_KINDS.stream()
            .filter(k -> !ScenarioValidator.CLUSTER_SCOPED_KINDS.contains(k))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ScenarioWarnings() {}

    public static List<Problem> check(String file, Scenario s) {
        Checker ch = new Checker(file);
        if (s == null || s.mechanisms() == null) {
            return ch.problems();
        }
        Mechanisms m = s.mechanisms();
        boolean rollout = has(s, TimelineEvent.ROLLOUT);
        boolean osUpdate = has(s, TimelineEvent.OS_UPDATE);
        boolean upgrade = has(s, TimelineEvent.UPGRADE);
        for (int i = 0; i < s.actions().size(); i++) {
            ActionSpec a = s.actions().get(i);
            if (a == null || a.kind() == null) {
                continue;
            }
            String p = "$.actions[" + i + "]";
            String k = Checker.quote(a.kind());
            switch (a.kind()) {
                case "rollback-telemetry", "delete-telemetry" -> {
                    if (!rollout) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " removes the telemetry agent, but the timeline "
                                + "has no rollout event: it would succeed and change nothing");
                    }
                }
                case "pause-rollout" -> {
                    if (!rollout && !osUpdate) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " stops a rollout or OS updates, but the "
                                + "timeline has neither: it would succeed and change nothing");
                    }
                }
                case "scale-out-compute" -> {
                    if (m.backlog() == null || m.backlog().maxScaleOut() == null || m.backlog().maxScaleOut() <= 0) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " adds processing for backlogs, but "
                                + "mechanisms.backlog is missing or its maxScaleOut is 0: every run would fail with "
                                + "\"the cloud provider's quota stopped the scale-out\"");
                    }
                }
                case "repair-nodes" -> {
                    if (m.repair() == null || m.repair().nodesPerMinute() == null || m.repair().nodesPerMinute() <= 0) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " queues broken nodes for repair, but "
                                + "mechanisms.repair is missing or repairs 0 nodes per minute: nothing would be repaired");
                    } else if (!osUpdate) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " repairs nodes broken by an os-update "
                                + "event, and the timeline has none: it would change nothing");
                    }
                }
                case "restore-component" -> {
                    if (m.network() == null || !upgrade) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " gives the network component members "
                                + "again, which only an upgrade event with mechanisms.network takes away; this scenario "
                                + (m.network() == null ? "has no mechanisms.network" : "has no upgrade event")
                                + ": it would change nothing");
                    }
                }
                case "delete-webhook" -> {
                    if (m.network() == null || !Boolean.TRUE.equals(m.network().admissionWebhooks())) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " removes admission webhooks, but "
                                + "mechanisms.network.admissionWebhooks is not true (API writes call no webhooks here): "
                                + "it would change nothing");
                    }
                }
                case "break-glass", "enable-client-backoff", "set-shares" -> {
                    if (m.apiServer() == null) {
                        ch.problem(p + ".kind", "warning: action kind " + k + " changes the API server's request queues, "
                                + "but mechanisms.apiServer is missing (the static formula has no queues): it would "
                                + "change nothing");
                    }
                }
                default -> { }
            }
            if (Boolean.TRUE.equals(a.needsApi()) && FLEET_KINDS.contains(a.kind())) {
                ch.problem(p + ".needsApi", "warning: expected false: action kind " + k + " does not act on clusters, "
                        + "so it never waits for a cluster's API and needsApi has no effect");
            }
        }
        return ch.problems();
    }

    private static boolean has(Scenario s, String kind) {
        return s.timeline().stream().anyMatch(e -> e != null && kind.equals(e.kind()));
    }
}
