package firedrill.engine.sim;

import firedrill.engine.model.FleetState;

/**
 * A 64-bit fingerprint of a simulation's state (fleet arrays bit for bit, history, alerts, channel,
 * actions). Equal digests are how tests and the debrief check that a replay or a fork reproduced a
 * run exactly. Not cryptographic.
 */
public final class StateDigest {
    private long h = 0xcbf29ce484222325L;

    private StateDigest() {}

    public static long of(Simulation sim) {
        StateDigest d = new StateDigest();
        d.add(sim.tick());
        FleetState s = sim.model().state();
        d.add(s.nodes).add(s.replicas).add(s.demand).add(s.capacity).add(s.health).add(s.answered).add(s.relist).add(s.agent)
                .add(s.admitted).add(s.dnsOk).add(s.warm).add(s.served).add(s.downUntil).add(s.agentArrival)
                .add(s.dnsStaleSince).add(s.dnsAnsweredFor).add(s.failedAt).add(s.recoveredAt);
        for (double[] row : s.share) {
            d.add(row);
        }
        if (s.artifact != null) {
            // Only scenarios with a configuration artifact: the others' digests stay as they were.
            d.add(s.consumerOk);
            for (long v : s.artifact.digestParts()) {
                d.add(v);
            }
        }
        for (History.Minute m : sim.history().rows()) {
            d.add(m.availability()).add(m.observedAvailability()).add(m.observedApiErrors());
        }
        for (var e : sim.alerts().events()) {
            d.add(e.id().hashCode()).add(e.firedTick()).add(e.resolvedTick());
        }
        for (Message m : sim.messages()) {
            d.add(m.tick()).add(m.text().hashCode());
        }
        for (var a : sim.actionRecords()) {
            d.add(a.seq()).add(a.outcome().ordinal()).add(a.endTick());
        }
        return d.h;
    }

    private StateDigest add(long v) {
        for (int i = 0; i < 8; i++) {
            h = (h ^ (v & 0xff)) * 0x100000001b3L;
            v >>>= 8;
        }
        return this;
    }

    private StateDigest add(double v) {
        return add(Double.doubleToRawLongBits(v));
    }

    private StateDigest add(double[] a) {
        add(a.length);
        for (double v : a) {
            add(v);
        }
        return this;
    }

    private StateDigest add(int[] a) {
        add(a.length);
        for (int v : a) {
            add(v);
        }
        return this;
    }
}
