package firedrill.engine.model;

import firedrill.engine.scenario.PlatformMechanisms;

/**
 * The regional-platform mechanisms of a scenario's {@code mechanisms.platform} section, stepped once
 * per second after the clusters: each scales the availability of the service it names, then service
 * dependencies pass outages downstream. Absent parts do nothing; a scenario without the section has no
 * Platform at all. The chain on 20 Oct 2025: endpoint DNS → lease renewals → launches → propagation →
 * health checks (docs/model.md, "Platform mechanisms").
 */
final class Platform {
    final EndpointDns dns;
    final LeaseManager leases;
    final Propagation propagation;
    final HealthChecks healthChecks;
    private final ServiceDependencies dependencies;

    Platform(PlatformMechanisms p, ModelSpec spec, long seed) {
        FleetLayout layout = spec.layout();
        dns = p.endpointDns() == null ? null : new EndpointDns(p.endpointDns(), spec, seed);
        leases = p.leases() == null ? null : new LeaseManager(p.leases(), layout);
        propagation = p.propagation() == null ? null : new Propagation(p.propagation(), layout);
        healthChecks = p.healthChecks() == null ? null : new HealthChecks(p.healthChecks(), layout);
        dependencies = new ServiceDependencies(p.dependencies(), layout);
    }

    private Platform(Platform o) {
        dns = o.dns == null ? null : o.dns.copy();
        leases = o.leases == null ? null : o.leases.copy();
        propagation = o.propagation == null ? null : o.propagation.copy();
        healthChecks = o.healthChecks == null ? null : o.healthChecks.copy();
        dependencies = o.dependencies;
    }

    Platform copy() {
        return new Platform(this);
    }

    /**
     * Steps the mechanisms and writes into {@code out} the availability of each service: what the
     * clusters serve ({@code serving}) × the platform's factor, then dependencies. Mechanisms that read a
     * service (lease renewals) read {@code out} as it was at the end of the previous tick.
     */
    void step(int tick, double[] serving, double[] out) {
        double renew = leases == null || leases.renewVia < 0 ? 1 : out[leases.renewVia];
        System.arraycopy(serving, 0, out, 0, serving.length);
        if (dns != null) {
            out[dns.service] *= dns.step(tick);
        }
        double leased = 1;
        if (leases != null) {
            leases.step(tick, renew);
            leased = leases.leasedShare();
            if (leases.service >= 0) {
                out[leases.service] *= leased;
            }
        }
        double reachable = 1;
        if (propagation != null) {
            propagation.step(leased);
            reachable = propagation.reachable();
            if (propagation.service >= 0) {
                out[propagation.service] *= propagation.launches(leased);
            }
        }
        if (healthChecks != null) {
            // Instances on leased hosts are registered as targets whether or not their network state has
            // arrived; those without it fail checks and flap. Throttling new launches does not change that.
            healthChecks.step(leased * (1 - reachable));
            out[healthChecks.service] *= healthChecks.available();
        }
        dependencies.apply(out);
    }
}
