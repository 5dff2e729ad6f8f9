package firedrill.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What target selectors and references can name in a fleet: regions, services, explicit cluster ids
 * and the ids the generator will give its clusters. Built null-safely from an unvalidated fleet.
 */
final class FleetIndex {
    final Set<String> regions = new LinkedHashSet<>();
    final Set<String> services = new LinkedHashSet<>();
    final Set<String> explicitClusters = new LinkedHashSet<>();
    /** Versions the explicit clusters run (target selector {@code version:NAME}). */
    final Set<String> versions = new LinkedHashSet<>();
    /** Every id the generator may produce: prefix + region + "-" + NNN, up to ceil(clusters / regions) per region. */
    final Set<String> generatedClusters = new LinkedHashSet<>();
    /**
     * The generated ids that exist whatever the seed: up to floor(clusters / regions) per region. Which
     * regions get one more depends on the generator's shuffle, known only when the fleet is built.
     */
    final Set<String> certainGenerated = new LinkedHashSet<>();
    int totalClusters;

    static FleetIndex of(Fleet fleet) {
        FleetIndex ix = new FleetIndex();
        if (fleet == null) {
            return ix;
        }
        for (String r : fleet.regions()) {
            if (r != null) {
                ix.regions.add(r);
            }
        }
        for (Fleet.Service s : fleet.services()) {
            if (s != null && s.id() != null) {
                ix.services.add(s.id());
            }
        }
        for (Fleet.ClusterSpec c : fleet.clusters()) {
            if (c != null && c.id() != null) {
                ix.explicitClusters.add(c.id());
            }
            if (c != null && c.version() != null) {
                ix.versions.add(c.version());
            }
        }
        ix.totalClusters = fleet.clusters().size();
        Fleet.Generator g = fleet.generator();
        if (g != null && g.clusters() != null && g.clusters() > 0 && g.clusters() <= ScenarioValidator.MAX_CLUSTERS
                && !ix.regions.isEmpty()) {
            ix.totalClusters += g.clusters();
            String prefix = g.idPrefix() == null ? "" : g.idPrefix();
            int most = (g.clusters() + ix.regions.size() - 1) / ix.regions.size();
            int least = g.clusters() / ix.regions.size();
            // Mirrors model.FleetBuilder's naming; which regions get the extra cluster depends on the seed.
            for (String r : ix.regions) {
                for (int n = 1; n <= most; n++) {
                    String id = String.format(Locale.ROOT, "%s%s-%03d", prefix, r, n);
                    ix.generatedClusters.add(id);
                    if (n <= least) {
                        ix.certainGenerated.add(id);
                    }
                }
            }
        }
        return ix;
    }

    boolean hasCluster(String id) {
        return explicitClusters.contains(id) || generatedClusters.contains(id);
    }

    /**
     * Why a target selector cannot work in this fleet, or null when it can. Selectors (docs/scenario-format.md):
     * {@code all}, {@code cluster:ID[,ID…]}, {@code region:NAME}, {@code largest:N}, {@code service:ID}.
     * A step naming a generated cluster that this seed did not produce is refused when issued.
     */
    String targetProblem(String target) {
        return targetProblem(target, false);
    }

    /**
     * Like {@link #targetProblem(String)}, for scripted timeline events: they are resolved when the
     * model is built, where an unknown cluster cannot be refused, so every id must certainly exist.
     */
    String scriptedTargetProblem(String target) {
        return targetProblem(target, true);
    }

    /** Every cluster id a selector may name: the explicit ones, then the generated ones. */
    Set<String> clusterIds() {
        Set<String> all = new LinkedHashSet<>(explicitClusters);
        all.addAll(generatedClusters);
        return all;
    }

    /** Unknown cluster ids, with the nearest known id and a hint when the name is a region or a service. */
    private String unknownClusters(List<String> unknown) {
        String first = unknown.get(0);
        StringBuilder b = new StringBuilder("expected a cluster of this fleet (fleet.clusters[].id or a generated id) ")
                .append(Checker.choices(clusterIds())).append(", got unknown cluster ")
                .append(Checker.quote(String.join(",", unknown)));
        if (unknown.size() == 1) {
            b.append(Checker.didYouMean(first, clusterIds()));
        }
        if (regions.contains(first)) {
            b.append("; ").append(Checker.quote(first)).append(" is a region: use ").append(Checker.quote("region:" + first));
        } else if (services.contains(first)) {
            b.append("; ").append(Checker.quote(first)).append(" is a service: use ").append(Checker.quote("service:" + first));
        }
        return b.toString();
    }

    private String targetProblem(String target, boolean certain) {
        String expected = "expected all, cluster:ID, region:NAME, largest:N or service:ID";
        if (target.equals("all")) {
            return null;
        }
        int colon = target.indexOf(':');
        if (colon < 0) {
            String hint = regions.contains(target) ? " (\"region:" + target + "\" is a region)"
                    : hasCluster(target) ? " (\"cluster:" + target + "\" is a cluster)"
                    : services.contains(target) ? " (\"service:" + target + "\" is a service)" : "";
            return expected + ", got " + Checker.quote(target) + hint;
        }
        String kind = target.substring(0, colon);
        String arg = target.substring(colon + 1);
        switch (kind) {
            case "cluster": {
                List<String> unknown = new ArrayList<>();
                for (String id : arg.split(",", -1)) {
                    if (id.isBlank()) {
                        return "expected cluster:ID or cluster:ID,ID,… with non-empty ids, got " + Checker.quote(target);
                    }
                    String trimmed = id.trim();
                    if (certain && generatedClusters.contains(trimmed) && !certainGenerated.contains(trimmed)) {
                        return "expected a cluster that exists for any generator seed, got " + Checker.quote(trimmed)
                                + " (only some regions get this many generated clusters); name an explicit cluster "
                                + "or a lower-numbered generated one";
                    }
                    if (!hasCluster(trimmed)) {
                        unknown.add(trimmed);
                    }
                }
                return unknown.isEmpty() ? null : unknownClusters(unknown);
            }
            case "region":
                return regions.contains(arg) ? null : Checker.unknown("fleet.regions", regions, "region", arg)
                        + (hasCluster(arg) ? "; " + Checker.quote("cluster:" + arg) + " is a cluster" : "");
            case "version":
                return versions.contains(arg) ? null : "expected a version some cluster runs (fleet.clusters[].version) "
                        + versions + ", got unknown version " + Checker.quote(arg);
            case "service":
                return services.contains(arg) ? null : Checker.unknown("fleet.services[].id", services, "service", arg);
            case "largest": {
                if (!arg.matches("[1-9]\\d{0,4}")) {
                    return "expected largest:N with a whole number N ≥ 1, got " + Checker.quote(target);
                }
                int n = Integer.parseInt(arg);
                return totalClusters > 0 && n > totalClusters
                        ? "expected largest:N with N at most the fleet's " + totalClusters + " clusters, got " + n : null;
            }
            default:
                String near = JsonShape.nearest(kind, List.of("cluster", "region", "largest", "service"));
                return expected + ", got " + Checker.quote(target)
                        + (near == null ? "" : " (did you mean " + Checker.quote(near + ":" + arg) + "?)");
        }
    }
}
