package firedrill.engine.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fluid request server: queues, rejection, timeouts, and metastability that emerges from retries
 * and wasted work rather than from a threshold.
 */
class RequestServerTest {
    private static final double TIMEOUT = 60;

    /** 100 seats; "agents" (1 s requests, patience 10 s) in a queued level; "ops" in an exempt one. */
    private static RequestServer server(RetryPolicy retry, double retrySeconds, double queueLimit) {
        return new RequestServer(new ServerSpec(100, TIMEOUT, List.of(
                PriorityLevel.exempt("exempt"),
                PriorityLevel.queued("workload", 100, 0.5, queueLimit)),
                List.of(new ClientClass("agents", "workload", Cost.fixed(1), Cost.fixed(retrySeconds), 10, retry),
                        new ClientClass("ops", "exempt", Cost.fixed(0.5), null, 30, RetryPolicy.none()))));
    }

    /** Normal load 80/s, a spike of {@code spike}/s for {@code spikeSeconds} from t=60, then normal again. */
    private static void run(RequestServer s, double spike, int spikeSeconds, int seconds) {
        for (int t = 0; t < seconds; t++) {
            double rate = t >= 60 && t < 60 + spikeSeconds ? spike : 80;
            s.advance(1, new double[] {rate, 1}, 0);
        }
    }

    @Test
    void underCapacityEverythingIsAnsweredAtItsServiceTime() {
        RequestServer s = server(RetryPolicy.immediate(1, 60, 120), 1, 1000);
        Observables o = null;
        for (int t = 0; t < 100; t++) {
            o = s.step(1, new double[] {80, 1}, 0);
        }
        assertEquals(1, o.answeredShare(), 1e-12);
        assertEquals(0, o.rejectedShare());
        assertEquals(0, o.queued());
        assertEquals(80.5, o.seatsInUse(), 1e-9);
        assertEquals(1, o.p99Seconds(), 1e-6, "no queue: latency is the service time");
        assertTrue(s.idle());
    }

    @Test
    void sustainedOverloadFillsTheQueueRejectsTheRestAndP99ReachesTheTimeout() {
        RequestServer s = server(RetryPolicy.none(), 1, 10_000);
        Observables o = null;
        for (int t = 0; t < 600; t++) {
            o = s.step(1, new double[] {150, 0}, 0);
        }
        assertEquals(100, o.seatsInUse(), 1e-9, "every seat busy");
        assertEquals(TIMEOUT, o.p99Seconds(), 0.01, "queue wait reaches the request timeout");
        assertTrue(o.answeredShare() < 0.2, "clients with 10 s patience give up: " + o.answeredShare());
        assertTrue(s.timedOut() > 0 || o.rejectedShare() > 0, "the excess is dropped");

        RequestServer small = server(RetryPolicy.none(), 1, 200);
        for (int t = 0; t < 600; t++) {
            o = small.step(1, new double[] {150, 0}, 0);
        }
        assertEquals(200, o.queued(), 1e-6, "the queue holds its limit");
        assertEquals(1 / 3.0, o.rejectedShare(), 0.01, "a third of 150/s does not fit in 100 seats: 429");
        assertTrue(o.p99Seconds() < TIMEOUT && o.p99Seconds() > 1, "a short queue keeps latency bounded");
    }

    @Test
    void metastabilityEmergesFromWastedWorkAndRetriesNotFromAThreshold() {
        // The same server and the same normal load: a short spike passes, a long one leaves the server
        // stuck at normal load, because a full queue makes clients give up and retry (work done for nobody).
        RequestServer shortSpike = server(RetryPolicy.immediate(1, 60, 120), 1, 1000);
        run(shortSpike, 150, 5, 1800);
        assertEquals(1, shortSpike.answered(0), 1e-6, "a 5 s spike drains away");

        RequestServer longSpike = server(RetryPolicy.immediate(1, 60, 120), 1, 1000);
        run(longSpike, 150, 60, 1800);
        assertTrue(longSpike.answered(0) < 0.5, "stuck after the trigger is gone: " + longSpike.answered(0));
        assertTrue(longSpike.offeredSeats() > 100, "retries keep offered work above the seats");

        // Shedding load (the caller lowers arrivals) gets it out; the normal load then holds.
        for (int t = 0; t < 600; t++) {
            longSpike.advance(1, new double[] {30, 1}, 0);
        }
        for (int t = 0; t < 1800; t++) {
            longSpike.advance(1, new double[] {80, 1}, 0);
        }
        assertEquals(1, longSpike.answered(0), 1e-6, "same load as while stuck, now healthy: two stable states");
    }

    @Test
    void backoffLetsTheServerRecoverWhereImmediateRetriesKeepItDown() {
        RequestServer immediate = server(RetryPolicy.immediate(1, 60, 120), 1.5, 200);
        RequestServer backoff = server(RetryPolicy.backoff(1, 60, 120), 1.5, 200);
        int recovered = -1;
        for (int t = 0; t < 3600; t++) {
            double rate = t >= 60 && t < 120 ? 150 : 80;
            immediate.advance(1, new double[] {rate, 1}, 0);
            backoff.advance(1, new double[] {rate, 1}, 0);
            if (t > 120 && recovered < 0 && backoff.answered(0) > 0.99) {
                recovered = t;
            }
        }
        assertTrue(recovered > 0, "backoff recovers");
        assertTrue(immediate.answered(0) < 0.5, "immediate retries stay down: " + immediate.answered(0));
    }

    @Test
    void aConfigPushTurnsBackoffOnForTheClientsThatRestarted() {
        RequestServer s = server(RetryPolicy.immediate(1, 60, 120), 1.5, 200);
        run(s, 150, 60, 600);
        assertTrue(s.answered(0) < 0.5);
        for (int t = 0; t < 3600; t++) {
            s.setBackoffShare(0, Math.min(1, t / 600.0)); // clients restart with the new config over 10 min
            s.advance(1, new double[] {80, 1}, 0);
        }
        assertEquals(1, s.answered(0), 1e-6, "recovers once enough clients back off");
        assertThrows(IllegalArgumentException.class, () -> s.setBackoffShare(0, 1.5));
    }

    @Test
    void exemptClientsGetThroughAnOverloadedServerAndQueuedOnesDoNot() {
        RequestServer s = server(RetryPolicy.immediate(1, 60, 120), 1, 1000);
        run(s, 150, 60, 600);
        assertTrue(s.answered(0) < 0.5);
        assertEquals(1, s.answered(1), 1e-12, "break-glass: the exempt level is never queued");

        s.setLevel(1, s.spec().level("workload")); // without break-glass the operators queue with everyone
        s.advance(1, new double[] {80, 1}, 0);
        assertTrue(s.answered(1) < 0.5, "operators without exemption wait like the rest: " + s.answered(1));
    }

    @Test
    void listCostGrowsWithTheObjectCount() {
        ServerSpec spec = new ServerSpec(100, TIMEOUT, List.of(PriorityLevel.queued("all", 1, 0, 100)),
                List.of(new ClientClass("lister", "all", Cost.perObject(0.01, 0.001), null, 30, RetryPolicy.none())));
        RequestServer s = new RequestServer(spec);
        Observables small = s.step(1, new double[] {10}, 1000);
        assertEquals(10 * 1.01, small.offeredSeats(), 1e-9);
        assertEquals(1, small.answeredShare(), 1e-12);
        Observables large = new RequestServer(spec).step(1, new double[] {10}, 20_000);
        assertEquals(10 * 20.01, large.offeredSeats(), 1e-9, "LIST cost ∝ objects");
        assertTrue(large.answeredShare() < 1, "the same clients overload a larger server");
        Cost wide = new Cost(1, 0, 0.01, 10);
        assertEquals(10, wide.seats(5000), 1e-12, "seats of one request are capped");
        assertEquals(6, wide.seats(500), 1e-12);
    }

    @Test
    void wideRequestsBeyondTheirSeatCapSlowEveryLevelDown() {
        // The lister is charged at most 10 seats per request but really uses 1 + objects/100.
        ServerSpec spec = new ServerSpec(100, TIMEOUT, List.of(
                PriorityLevel.queued("high", 50, 0, 1000),
                PriorityLevel.queued("low", 50, 0, 1000)),
                List.of(new ClientClass("beat", "high", Cost.fixed(0.1), null, 10, RetryPolicy.none()),
                        new ClientClass("lister", "low", new Cost(1, 0, 0.01, 10), null, 60, RetryPolicy.none())));
        RequestServer narrow = new RequestServer(spec);
        RequestServer wide = new RequestServer(spec);
        for (int t = 0; t < 120; t++) {
            narrow.advance(1, new double[] {100, 4}, 900);   // 10 seats charged and used per LIST
            wide.advance(1, new double[] {100, 4}, 4900);    // 10 charged, 50 used
        }
        assertEquals(1, narrow.slowdown(), 1e-12);
        assertTrue(wide.slowdown() > 1.5, "real width beyond the seats: " + wide.slowdown());
        assertTrue(wide.latencySeconds(0.5) > narrow.latencySeconds(0.5));
        assertEquals(1, narrow.answered(0), 1e-9);
    }

    @Test
    void idleLevelsLendSeatsToBusyOnesInProportionToShares() {
        ServerSpec spec = new ServerSpec(100, TIMEOUT, List.of(
                PriorityLevel.queued("small", 10, 0, 1000),
                PriorityLevel.queued("big", 90, 0.5, 1000)),
                List.of(new ClientClass("a", "small", Cost.fixed(1), null, 10, RetryPolicy.none()),
                        new ClientClass("b", "big", Cost.fixed(1), null, 10, RetryPolicy.none())));
        RequestServer s = new RequestServer(spec);
        s.advance(1, new double[] {40, 0}, 0);
        assertEquals(40, s.seatsInUse(), 1e-9, "10 nominal seats plus 30 borrowed (45 lendable)");
        assertEquals(0, s.queued(), 1e-9);

        RequestServer busy = new RequestServer(spec);
        busy.advance(1, new double[] {150, 0}, 0);
        assertEquals(55, busy.seatsInUse(), 1e-9, "borrowing is capped by what the idle level may lend");
        busy.setShares(1, 0);
        busy.advance(1, new double[] {150, 0}, 0);
        assertEquals(100, busy.seatsInUse(), 1e-9, "shares moved: the small level now has every seat");
        s.setSeats(0);
        s.advance(1, new double[] {40, 0}, 0);
        assertEquals(0, s.answered(0), "no seats (server down): nothing answered");
    }

    @Test
    void addingSeatsEndsTheOverload() {
        RequestServer s = server(RetryPolicy.immediate(1, 60, 120), 1, 1000);
        run(s, 150, 60, 600);
        assertTrue(s.answered(0) < 0.5);
        s.setSeats(400);
        run(s, 80, 0, 900);
        assertEquals(1, s.answered(0), 1e-6);
        assertEquals(400, s.observe().seatCapacity());
    }

    @Test
    void aCopyIsIndependentAndStepsAreDeterministic() {
        RequestServer a = server(RetryPolicy.backoff(1, 60, 120), 1.5, 200);
        RequestServer b = server(RetryPolicy.backoff(1, 60, 120), 1.5, 200);
        run(a, 150, 60, 300);
        run(b, 150, 60, 300);
        RequestServer fork = a.copy();
        assertEquals(a.observe(), b.observe(), "same inputs, same state, bit for bit");
        for (int t = 0; t < 100; t++) {
            fork.advance(1, new double[] {10, 1}, 0);
        }
        assertEquals(a.observe(), b.observe(), "stepping the fork leaves the original alone");
        assertArrayEquals(new double[] {a.retrying(0), a.offered(0)}, new double[] {b.retrying(0), b.offered(0)});
        assertTrue(fork.retrying(0) < a.retrying(0));
    }

    @Test
    void aRestartHerdAddedToTheRetryPoolComesBackAtOnce() {
        RequestServer s = server(RetryPolicy.immediate(1, 60, 120), 1, 1000);
        run(s, 80, 0, 60);
        s.dropQueues();
        s.addRetries(0, 5000);
        s.advance(1, new double[] {80, 1}, 0);
        assertTrue(s.offered(0) > 2000, "half the herd arrives within the first second: " + s.offered(0));
        assertTrue(s.answered(0) < 1);
    }

    @Test
    void badSpecsAreRejectedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ServerSpec(10, 60,
                List.of(PriorityLevel.exempt("exempt")),
                List.of(new ClientClass("x", "nowhere", Cost.fixed(1), null, 10, RetryPolicy.none()))));
        assertTrue(e.getMessage().contains("nowhere"));
        assertThrows(IllegalArgumentException.class, () -> new Cost(0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.backoff(10, 5, 60));
        assertThrows(IllegalArgumentException.class, () -> PriorityLevel.queued("q", 1, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> server(RetryPolicy.none(), 1, 10).advance(1, new double[] {1}, 0));
    }

    @Test
    void aClientWithOneThingToRedoKeepsAtMostOnePendingRetryPerObject() {
        // 50 clients (objects) each failing 10 requests a second into a full server: without the
        // bound the pool grows with every failure; with one pending retry per object it stays at 50.
        List<PriorityLevel> levels = List.of(PriorityLevel.queued("l", 1, 0, 0));
        RetryPolicy slow = new RetryPolicy(true, false, 30, 30, 300);
        RequestServer unbounded = new RequestServer(new ServerSpec(0, TIMEOUT, levels,
                List.of(new ClientClass("c", "l", Cost.fixed(1), null, 10, slow))));
        RequestServer bounded = new RequestServer(new ServerSpec(0, TIMEOUT, levels,
                List.of(new ClientClass("c", "l", Cost.fixed(1), null, 10, slow.pendingPerObject(1)))));
        for (int t = 0; t < 120; t++) {
            unbounded.advance(1, new double[] {500}, 50);
            bounded.advance(1, new double[] {500}, 50);
        }
        assertEquals(50, bounded.retrying(0), 1e-9, "one pending retry per object");
        assertTrue(unbounded.retrying(0) > 1000, "without the bound every failure waits: " + unbounded.retrying(0));
        assertThrows(IllegalArgumentException.class, () -> slow.pendingPerObject(-1));
    }

    @Test
    void retriesWithMorePatienceAreAnsweredWhereFirstAttemptsGiveUp() {
        // A queue with ~20 s of wait: 10 s heartbeats give up, a re-list that waits for the timeout
        // is answered.
        List<PriorityLevel> levels = List.of(PriorityLevel.queued("l", 1, 0, 1e9));
        ClientClass patient = new ClientClass("c", "l", Cost.fixed(1), null, 10, TIMEOUT,
                RetryPolicy.immediate(1, 1, 300));
        ClientClass impatient = new ClientClass("c", "l", Cost.fixed(1), null, 10, RetryPolicy.immediate(1, 1, 300));
        RequestServer a = new RequestServer(new ServerSpec(100, TIMEOUT, levels, List.of(patient)));
        RequestServer b = new RequestServer(new ServerSpec(100, TIMEOUT, levels, List.of(impatient)));
        for (int t = 0; t < 21; t++) {
            a.advance(1, new double[] {t < 20 ? 200 : 100}, 0);
            b.advance(1, new double[] {t < 20 ? 200 : 100}, 0);
        }
        assertTrue(a.answered(0) > b.answered(0) + 0.05,
                "patient retries are answered more: " + a.answered(0) + " vs " + b.answered(0));
        assertEquals(TIMEOUT, patient.retryPatienceSeconds());
        assertEquals(10, impatient.retryPatienceSeconds(), "NaN keeps the first attempts' patience");
    }

    @Test
    void sharesMoveSeatsBetweenLevels() {
        RequestServer s = new RequestServer(new ServerSpec(100, TIMEOUT, List.of(
                PriorityLevel.queued("a", 50, 0, 1e9), PriorityLevel.queued("b", 50, 0, 1e9)),
                List.of(new ClientClass("x", "a", Cost.fixed(1), null, 10, RetryPolicy.none()),
                        new ClientClass("y", "b", Cost.fixed(1), null, 10, RetryPolicy.none()))));
        for (int t = 0; t < 60; t++) {
            s.advance(1, new double[] {80, 80}, 0);
        }
        assertTrue(s.answered(0) < 0.5, "50 seats for 80 requests a second: level a overloaded: " + s.answered(0));
        s.setShares(0, 90);
        s.setShares(1, 10);
        for (int t = 0; t < 600; t++) {
            s.advance(1, new double[] {80, 80}, 0);
        }
        assertEquals(1, s.answered(0), 1e-9, "90 seats for 80 a second: every request answered");
        assertTrue(s.answered(1) < 0.2, "level b now starves: " + s.answered(1));
    }

    @Test
    void aSettledServerIsSkippedWithoutChangingWhatItAnswers() {
        // A sustained overload settles; from then on steps are skipped. A twin forced to compute
        // every step (a settings call ends stationarity) answers the same.
        RequestServer skipping = server(RetryPolicy.backoff(1, 30, 120), 1, 500);
        RequestServer computing = server(RetryPolicy.backoff(1, 30, 120), 1, 500);
        for (int t = 0; t < 3000; t++) {
            skipping.advance(1, new double[] {150, 1}, 0);
            computing.setShares(1, computing.shares(1));
            computing.advance(1, new double[] {150, 1}, 0);
        }
        assertEquals(computing.answeredShare(), skipping.answeredShare(), 1e-9);
        assertEquals(computing.retrying(0), skipping.retrying(0), 1e-9 * computing.retrying(0));
        assertEquals(computing.queued(), skipping.queued(), 1e-9 * computing.queued());
        assertEquals(computing.latencySeconds(0.99), skipping.latencySeconds(0.99), 1e-9);
        assertTrue(skipping.answeredShare() < 1, "still overloaded: " + skipping.answeredShare());
        // Inputs change: the skipping server follows at once.
        for (int t = 0; t < 600; t++) {
            skipping.advance(1, new double[] {20, 1}, 0);
            computing.setShares(1, computing.shares(1));
            computing.advance(1, new double[] {20, 1}, 0);
        }
        assertEquals(computing.answeredShare(), skipping.answeredShare(), 1e-9);
        assertEquals(computing.retrying(0), skipping.retrying(0), 1e-9);
    }
}
