package firedrill.engine.scenario;

import java.util.Set;

/**
 * Names of run outcomes a real-timeline milestone can be compared with: {@code firstAlert},
 * {@code firstClusterRecovered}, {@code allClustersRecovered}, or
 * {@code impactStart|peak|recoveryStart|fullRecovery:SERVICE}.
 */
public final class Measures {
    public static final Set<String> FLEET = Set.of("firstAlert", "firstClusterRecovered", "allClustersRecovered",
            "firstServiceRecovered", "allServicesRecovered");
    public static final Set<String> PER_SERVICE = Set.of("impactStart", "peak", "recoveryStart", "fullRecovery");
    public static final String HELP = "firstAlert, firstClusterRecovered, allClustersRecovered, firstServiceRecovered, "
            + "allServicesRecovered, or "
            + "impactStart|peak|recoveryStart|fullRecovery:SERVICE";

    private Measures() {}

    public static boolean isValid(String measure, Set<String> services) {
        if (FLEET.contains(measure)) {
            return true;
        }
        int colon = measure.indexOf(':');
        return colon > 0 && PER_SERVICE.contains(measure.substring(0, colon))
                && services.contains(measure.substring(colon + 1));
    }
}
