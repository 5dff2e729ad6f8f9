package firedrill.engine.model;

import java.util.Arrays;
import java.util.List;

/**
 * The fleet as built from a scenario: who the clusters are, where, how big, and what traffic they
 * carry. Immutable and shared by every run and fork of the scenario (seeds vary the dynamics, not
 * the fleet). Arrays are indexed by cluster; never expose them mutably.
 */
public final class FleetLayout {
    private final String[] ids;
    private final String[] regions;
    private final int[] region;
    private final int[] nodes;
    private final int[] apiReplicas;
    private final int[] wave;
    private final String[] serviceIds;
    private final String[] serviceNames;
    private final double[][] share;
    private final int[] bySizeDesc;
    /** Traffic volume per service relative to the others (1 unless the scenario says). */
    private final double[] weight;
    /** Software version per cluster (null when the scenario gives none). */
    private final String[] version;
    /** Immutable views built once, so every published snapshot can share them. */
    private final List<String> idList;
    private final List<String> regionNameList;
    private final List<String> serviceIdList;
    private final List<String> serviceNameList;

    FleetLayout(String[] ids, String[] regions, int[] region, int[] nodes, int[] apiReplicas, int[] wave,
                String[] serviceIds, String[] serviceNames, double[][] share, String[] version, double[] weight) {
        this.ids = ids;
        this.weight = weight;
        this.version = version;
        this.regions = regions;
        this.region = region;
        this.nodes = nodes;
        this.apiReplicas = apiReplicas;
        this.wave = wave;
        this.serviceIds = serviceIds;
        this.serviceNames = serviceNames;
        this.share = share;
        this.bySizeDesc = java.util.stream.IntStream.range(0, ids.length).boxed()
                .sorted((a, b) -> nodes[a] != nodes[b] ? Integer.compare(nodes[b], nodes[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        this.idList = List.of(ids);
        String[] names = new String[ids.length];
        for (int c = 0; c < ids.length; c++) {
            names[c] = regions[region[c]];
        }
        this.regionNameList = List.of(names);
        this.serviceIdList = List.of(serviceIds);
        this.serviceNameList = List.of(serviceNames);
    }

    /** Cluster ids in index order (immutable, shared). */
    public List<String> ids() {
        return idList;
    }

    /** Each cluster's region name, in index order (immutable, shared). */
    public List<String> regionNames() {
        return regionNameList;
    }

    public List<String> serviceIds() {
        return serviceIdList;
    }

    public List<String> serviceNames() {
        return serviceNameList;
    }

    public int clusters() {
        return ids.length;
    }

    public String id(int c) {
        return ids[c];
    }

    public int indexOf(String clusterId) {
        for (int c = 0; c < ids.length; c++) {
            if (ids[c].equals(clusterId)) {
                return c;
            }
        }
        return -1;
    }

    public List<String> regions() {
        return List.of(regions);
    }

    public int region(int c) {
        return region[c];
    }

    public String regionName(int c) {
        return regions[region[c]];
    }

    public int nodes(int c) {
        return nodes[c];
    }

    public int apiReplicas(int c) {
        return apiReplicas[c];
    }

    /** The software version the cluster runs, or null when the scenario gives none. */
    public String version(int c) {
        return version[c];
    }

    /** Rollout wave, 1-based. */
    public int wave(int c) {
        return wave[c];
    }

    public int services() {
        return serviceIds.length;
    }

    public String serviceId(int s) {
        return serviceIds[s];
    }

    public String serviceName(int s) {
        return serviceNames[s];
    }

    public int serviceIndex(String serviceId) {
        for (int s = 0; s < serviceIds.length; s++) {
            if (serviceIds[s].equals(serviceId)) {
                return s;
            }
        }
        return -1;
    }

    /** Traffic volume of service {@code s} relative to the others (default 1): what a share weighs in load. */
    public double weight(int s) {
        return weight[s];
    }

    /** Baseline share of service {@code s}'s traffic carried by cluster {@code c}. */
    public double share(int s, int c) {
        return share[s][c];
    }

    /** Cluster indexes from largest to smallest (ties by index): the meaning of {@code largest:N}. */
    public int largest(int rank) {
        return bySizeDesc[rank];
    }

    public int[] nodesCopy() {
        return nodes.clone();
    }

    public int medianNodes() {
        int[] sorted = nodes.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
