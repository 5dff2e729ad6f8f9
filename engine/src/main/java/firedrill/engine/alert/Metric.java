package firedrill.engine.alert;

/** What responders can observe. Cluster metrics are scraped; service availability is measured at the edge. */
public enum Metric {
    API_ERROR_RATIO("apiErrorRatio", "API error ratio", true),
    API_LATENCY_SECONDS("apiLatencySeconds", "API p99 latency (s)", true),
    API_SATURATION("apiSaturation", "API seats in use / capacity", true),
    DNS_FAILURE_RATIO("dnsFailureRatio", "DNS failure ratio", true),
    /** Requests the cluster's serving binary fails (5xx), e.g. while it crash-loops on a bad configuration. */
    WORKLOAD_ERROR_RATIO("workloadErrorRatio", "Workload 5xx ratio", true),
    SERVICE_AVAILABILITY("serviceAvailability", "Customer success rate", false);

    private final String id;
    private final String label;
    private final boolean perCluster;

    Metric(String id, String label, boolean perCluster) {
        this.id = id;
        this.label = label;
        this.perCluster = perCluster;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean perCluster() {
        return perCluster;
    }

    public static Metric fromId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }

    public static String knownIds() {
        StringBuilder sb = new StringBuilder();
        for (Metric m : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(m.id);
        }
        return sb.toString();
    }
}
