package firedrill.engine.action;

/**
 * The effects the engine knows. A scenario's action catalog names one per action ({@code kind}) and
 * sets its durations; the physics of each effect is in {@code model.FleetModel}.
 */
public enum ActionKind {
    PAUSE_ROLLOUT("pause-rollout", false),
    ROLLBACK_TELEMETRY("rollback-telemetry", true),
    DELETE_TELEMETRY("delete-telemetry", true),
    BLOCK_ADMIN_API("block-admin-api", true),
    UNBLOCK_ADMIN_API("unblock-admin-api", true),
    SCALE_DOWN_CLUSTER("scale-down-cluster", true),
    RESTORE_CLUSTER_SIZE("restore-cluster-size", true),
    SCALE_UP_APISERVERS("scale-up-apiservers", true),
    RESTART_APISERVERS("restart-apiservers", true),
    SHIFT_TRAFFIC("shift-traffic", true),
    RESTORE_TRAFFIC("restore-traffic", false),
    RESTART_COREDNS("restart-coredns", true),
    ESCALATE("escalate", false),
    STATUS_UPDATE("status-update", false),
    INVESTIGATE("investigate", true),
    DELETE_WEBHOOK("delete-webhook", true),
    RESTORE_FROM_BACKUP("restore-from-backup", true),
    REPAIR_NODES("repair-nodes", true),
    SCALE_OUT_COMPUTE("scale-out-compute", false),
    DEAD_END("dead-end", false),
    RESTORE_COMPONENT("restore-component", true),
    // Regional-platform mechanisms (mechanisms.platform): fleet-wide, one effect when done.
    FREEZE_AUTOMATION("freeze-automation", false),
    REPAIR_DNS_RECORD("repair-dns-record", false),
    THROTTLE_LEASE_INTAKE("throttle-lease-intake", false),
    RESTART_LEASE_MANAGER("restart-lease-manager", false),
    THROTTLE_LAUNCHES("throttle-launches", false),
    DISABLE_AUTO_FAILOVER("disable-auto-failover", false),
    ENABLE_AUTO_FAILOVER("enable-auto-failover", false),
    CAP_FAILOVER_REMOVAL("cap-failover-removal", false),
    // Generated configuration artifacts (mechanisms.configArtifact).
    STOP_ARTIFACT_GENERATION("stop-artifact-generation", false),
    PUSH_GOOD_ARTIFACT("push-good-artifact", false),
    RESTART_CONSUMERS("restart-consumers", true),
    ROUTE_TO_FALLBACK("route-to-fallback", true),
    // The request-queue API server (mechanisms.apiServer).
    BREAK_GLASS("break-glass", true),
    ENABLE_CLIENT_BACKOFF("enable-client-backoff", true),
    ADD_SEATS("add-seats", true),
    SET_SHARES("set-shares", true);

    private final String id;
    private final boolean clusterScoped;

    ActionKind(String id, boolean clusterScoped) {
        this.id = id;
        this.clusterScoped = clusterScoped;
    }

    public String id() {
        return id;
    }

    /** Whether the action acts on target clusters (otherwise on the fleet or the team). */
    public boolean clusterScoped() {
        return clusterScoped;
    }

    public static ActionKind fromId(String id) {
        for (ActionKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    public static String knownIds() {
        StringBuilder sb = new StringBuilder();
        for (ActionKind k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.id);
        }
        return sb.toString();
    }
}
