package firedrill.engine.scenario;

import java.util.Set;

/**
 * Names of run outcomes a real-timeline milestone can be compared with: {@code firstAlert},
 * {@code firstClusterRecovered}, {@code allClustersRecovered}, or
 * {@code impactStart|peak|recoveryStart|fullRecovery:SERVICE}, or {@code regionsRecovered:N} (the N-th
 * region to recover fully, e.g. N = regions − 1 for "all regions but one").
 */
public final class Measures {
    public static final Set<String> FLEET = Set.of("firstAlert", "firstClusterRecovered", "allClustersRecovered",
            "firstServiceRecovered", "allServicesRecovered");
    public static final Set<String> PER_SERVICE = Set.of("impactStart", "peak", "recoveryStart", "fullRecovery");
    public static final String HELP = "firstAlert, firstClusterRecovered, allClustersRecovered, firstServiceRecovered, "
            + "allServicesRecovered, or "
            + "impactStart|peak|recoveryStart|fullRecovery:SERVICE, or regionsRecovered:N (1 ≤ N ≤ regions)";

    private Measures() {}

    public static boolean isValid(String measure, Set<String> services) {
        return isValid(measure, services, 0);
    }

    public static boolean isValid(String measure, Set<String> services, int regions) {
        if (FLEET.contains(measure)) {
            return true;
        }
        if (measure.startsWith("regionsRecovered:")) {
            String n = measure.substring("regionsRecovered:".length());
            return n.matches("[1-9]\\d{0,2}") && Integer.parseInt(n) <= regions;
        }
        int colon = measure.indexOf(':');
        return colon > 0 && PER_SERVICE.contains(measure.substring(0, colon))
                && services.contains(measure.substring(colon + 1));
    }
}
