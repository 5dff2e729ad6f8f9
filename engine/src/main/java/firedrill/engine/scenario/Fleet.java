package firedrill.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The fleet: regions, the services (products) it serves, explicitly listed clusters and a generator
 * for the long tail. Traffic shares of each service sum to 1 over explicit clusters plus the
 * generator's share.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"regions", "services", "clusters", "generator"})
public record Fleet(
        List<String> regions,
        List<Service> services,
        List<ClusterSpec> clusters,
        Generator generator) {

    public Fleet {
        regions = ScenarioMaps.list(regions);
        services = ScenarioMaps.list(services);
        clusters = ScenarioMaps.list(clusters);
    }

    /**
     * A product whose availability is scored, e.g. ChatGPT. {@code trafficWeight} (optional, default 1):
     * its traffic volume relative to the other services', which is what a cluster's load and spare
     * capacity count (a small product moved onto a cluster takes little room).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "trafficWeight"})
    public record Service(String id, String name, Double trafficWeight) {
        public Service(String id, String name) {
            this(id, name, null);
        }

        public double weightOrDefault() {
            return trafficWeight == null ? 1 : trafficWeight;
        }
    }

    /**
     * One explicitly described cluster. {@code traffic} maps service id to the share of that
     * service's traffic this cluster carries. {@code wave} pins its rollout wave (1-based).
     * {@code version} names the software the cluster runs (e.g. an old and a new proxy); consumers of a
     * generated configuration artifact react to a bad artifact by their version.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "region", "nodes", "apiReplicas", "wave", "version", "traffic", "note"})
    public record ClusterSpec(
            String id,
            String region,
            Integer nodes,
            Integer apiReplicas,
            Integer wave,
            String version,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> traffic,
            String note) {
        public ClusterSpec {
            traffic = traffic == null ? Map.of() : ScenarioMaps.ordered(traffic);
        }

        /** A cluster without a version (every scenario before configuration artifacts). */
        public ClusterSpec(String id, String region, Integer nodes, Integer apiReplicas, Integer wave,
                           Map<String, Double> traffic, String note) {
            this(id, region, nodes, apiReplicas, wave, null, traffic, note);
        }
    }

    /**
     * Generates {@code clusters} clusters whose node counts follow a Pareto law (shape
     * {@code paretoAlpha}, scale {@code minNodes}, capped at {@code maxNodes}), spread round-robin over
     * the regions in a shuffled order. {@code traffic} gives, per service, the share of its traffic
     * the generated clusters carry together, split in proportion to nodes^{@code trafficSizeExponent}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"seed", "clusters", "idPrefix", "minNodes", "maxNodes", "paretoAlpha",
            "trafficSizeExponent", "traffic"})
    public record Generator(
            Long seed,
            Integer clusters,
            String idPrefix,
            Integer minNodes,
            Integer maxNodes,
            Double paretoAlpha,
            Double trafficSizeExponent,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> traffic) {
        public Generator {
            traffic = traffic == null ? Map.of() : ScenarioMaps.ordered(traffic);
        }
    }
}
