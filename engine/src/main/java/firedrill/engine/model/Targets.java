package firedrill.engine.model;

import java.util.Arrays;

/**
 * Target selectors (docs/scenario-format.md): {@code all}, {@code cluster:ID[,ID…]}, {@code region:NAME},
 * {@code largest:N}, {@code service:ID}, {@code version:NAME} (the clusters running that software). The resolved order is the order in which an action works
 * through its targets: a cluster list keeps the order it was written in (duplicates dropped); every
 * other selector goes largest first (ties by index), because that is where a responder starts.
 */
public final class Targets {
    private Targets() {}

    public static int[] resolve(String selector, FleetLayout layout) {
        if (selector == null || selector.isBlank()) {
            throw new IllegalArgumentException("expected a target (all, cluster:ID, region:NAME, largest:N, service:ID)");
        }
        int n = layout.clusters();
        if (selector.equals("all") || selector.equals("fleet")) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = layout.largest(i);
            }
            return all;
        }
        int colon = selector.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("unknown target \"" + selector
                    + "\"; expected all, cluster:ID, region:NAME, largest:N or service:ID");
        }
        String kind = selector.substring(0, colon);
        String arg = selector.substring(colon + 1);
        switch (kind) {
            case "cluster":
            case "clusters": {
                String[] ids = arg.split(",");
                int[] out = new int[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    out[i] = layout.indexOf(ids[i].trim());
                    if (out[i] < 0) {
                        throw new IllegalArgumentException("no cluster \"" + ids[i].trim() + "\" in this fleet");
                    }
                }
                return Arrays.stream(out).distinct().toArray();
            }
            case "region": {
                int r = layout.regions().indexOf(arg);
                if (r < 0) {
                    throw new IllegalArgumentException("no region \"" + arg + "\"; expected one of " + layout.regions());
                }
                int[] out = new int[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    int c = layout.largest(i);
                    if (layout.region(c) == r) {
                        out[k++] = c;
                    }
                }
                return Arrays.copyOf(out, k);
            }
            case "largest": {
                int count;
                try {
                    count = Integer.parseInt(arg);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected largest:N with a whole number N, got \"" + selector + "\"");
                }
                if (count < 1 || count > n) {
                    throw new IllegalArgumentException("expected largest:N with 1 ≤ N ≤ " + n + ", got " + count);
                }
                int[] out = new int[count];
                for (int i = 0; i < count; i++) {
                    out[i] = layout.largest(i);
                }
                return out;
            }
            case "service": {
                int s = layout.serviceIndex(arg);
                if (s < 0) {
                    throw new IllegalArgumentException("no service \"" + arg + "\" in this scenario");
                }
                int[] out = new int[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    int c = layout.largest(i);
                    if (layout.share(s, c) > 0) {
                        out[k++] = c;
                    }
                }
                return Arrays.copyOf(out, k);
            }
            case "version": {
                int[] out = new int[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    int c = layout.largest(i);
                    if (arg.equals(layout.version(c))) {
                        out[k++] = c;
                    }
                }
                if (k == 0) {
                    throw new IllegalArgumentException("no cluster runs version \"" + arg + "\"");
                }
                return Arrays.copyOf(out, k);
            }
            default:
                throw new IllegalArgumentException("unknown target kind \"" + kind
                        + "\"; expected all, cluster:ID, region:NAME, largest:N or service:ID");
        }
    }

    /** True when the selector is well-formed for this fleet. */
    public static boolean isValid(String selector, FleetLayout layout) {
        try {
            resolve(selector, layout);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The same clusters in ascending index order, for callers that want a set, not a work order. */
    public static int[] resolveAscending(String selector, FleetLayout layout) {
        int[] out = resolve(selector, layout);
        Arrays.sort(out);
        return out;
    }
}
