package firedrill.engine.queue;

import java.util.Arrays;

/**
 * The state of one request-serving component, stepped with rates: per priority level the work waiting
 * in its queues (seat-seconds), per client class the failed requests waiting to be retried, and the
 * settings that actions change (seats, shares, a class's level, the share of a class's clients that
 * back off). Deterministic and allocation-free in {@link #advance}; {@link #copy} forks it.
 *
 * <p>One step of {@code dt} seconds (docs/model.md, "Overload as queues"):
 * <ol>
 * <li>each class offers its fresh arrivals plus the retries leaving its pool; work = requests × cost
 *     (cost may grow with the object count);</li>
 * <li>each non-exempt level gets {@code seats × shares / Σ shares}; levels that need less lend part of
 *     the rest to busier ones, in proportion to their shares;</li>
 * <li>a level serves its queue first in, first out up to its seats; what does not fit waits, up to the
 *     level's queue limit (the excess is rejected: 429) and at most {@code timeout} (the excess times
 *     out);</li>
 * <li>the wait of a request entering a level is the work ahead of it over the level's seats; fair
 *     queuing spreads waits across flows, taken as exponential around that mean, so the share
 *     answered before a client's patience runs out is {@code 1 − exp(−(patience − duration)/wait)};</li>
 * <li>every request not answered in time (rejected, timed out, or answered after its client gave up:
 *     work done for nothing) joins its class's retry pool if the class retries.</li>
 * </ol>
 * Metastability is not a threshold here: it appears when retries (and their cost) keep the offered
 * work above the seats after the trigger is gone.
 */
public final class RequestServer {
    private static final double EPS = 1e-9;

    private final ServerSpec spec;
    private final int levels;
    private final int clients;
    // The spec's classes and levels as arrays, and each class's backoff range in doublings (hot path).
    private final ClientClass[] classOf;
    private final PriorityLevel[] levelSpec;
    private final double[] doublings;
    // Settings (actions change them)
    private double seats;
    private final double[] shares;
    private final int[] levelOf;
    private final double[] backoffShare;
    // State
    private final double[] queueWork;
    private final double[] meanWork;
    private final double[] retryPool;
    /** Mean backoff delay of the backing-off clients of each class, seconds (0 = not yet backing off). */
    private final double[] backoffDelay;
    // Results of the last step
    private final double[] offered;
    private final double[] duration;
    /** Share of class k's requests of the last step that were retries, and their mean duration. */
    private final double[] retryShare;
    private final double[] retryDuration;
    private final double[] freshDuration;
    private final double[] answered;
    private final double[] levelWait;
    private final double[] levelRejected;
    private final double[] levelTimedOut;
    private final double[] levelCapacity;
    private final double[] levelWork;
    private final double[] levelRaw;
    private final double[] levelRequests;
    /** Slowdown of every request because admitted work's real width exceeds the seats (&ge; 1). */
    private double slowdown = 1;
    private double seatsInUse;
    private double offeredSeats;
    private double offeredRealSeats;
    private double answeredShare = 1;
    private double timedOutRequests;
    // A stuck server often settles at an exact floating-point fixed point: when the last step left its
    // state bit for bit unchanged and the inputs repeat, the next step would repeat it too, so it is
    // skipped (exact, and what keeps long overloads cheap to simulate).
    private boolean stationary;
    /** The last latency quantile asked for and its value, valid until the next computed step. */
    private boolean latencyValid;
    private double latencyQ;
    private double latency;
    /** Each level's nominal seats, for {@code nominalSeats} seats and the current shares. */
    private final double[] nominal;
    private double nominalSeats = Double.NaN;
    private boolean nominalStale = true;
    private double lastDt = Double.NaN;
    private double lastObjects = Double.NaN;
    private final double[] lastArrivals;
    private final double[] before;
    private final double[] after;

    public RequestServer(ServerSpec spec) {
        this.spec = spec;
        this.levels = spec.levels().size();
        this.clients = spec.clients().size();
        this.classOf = spec.clients().toArray(new ClientClass[0]);
        this.levelSpec = spec.levels().toArray(new PriorityLevel[0]);
        this.doublings = new double[clients];
        for (int k = 0; k < clients; k++) {
            RetryPolicy r = classOf[k].retry();
            doublings[k] = Math.log(r.maxDelaySeconds() / r.delaySeconds()) * INV_LN2;
        }
        this.seats = spec.seats();
        this.shares = new double[levels];
        for (int l = 0; l < levels; l++) {
            shares[l] = spec.levels().get(l).shares();
        }
        this.levelOf = new int[clients];
        this.backoffShare = new double[clients];
        for (int k = 0; k < clients; k++) {
            ClientClass c = classOf[k];
            levelOf[k] = spec.level(c.level());
            backoffShare[k] = c.retry().backoff() ? 1 : 0;
        }
        queueWork = new double[levels];
        meanWork = new double[levels];
        retryPool = new double[clients];
        backoffDelay = new double[clients];
        offered = new double[clients];
        duration = new double[clients];
        retryShare = new double[clients];
        retryDuration = new double[clients];
        freshDuration = new double[clients];
        answered = new double[clients];
        Arrays.fill(answered, 1);
        levelWait = new double[levels];
        levelRejected = new double[levels];
        levelTimedOut = new double[levels];
        levelCapacity = new double[levels];
        levelWork = new double[levels];
        levelRaw = new double[levels];
        levelRequests = new double[levels];
        lastArrivals = new double[clients];
        nominal = new double[levels];
        before = new double[stateSize()];
        after = new double[stateSize()];
    }

    /**
     * Whether a step left the state where it was: each value within {@link #SETTLED} of itself,
     * relatively. A fluid pool converging geometrically takes hours of ticks to stop changing in the
     * last bit; frozen once its steps are this small, it is within ~1e-10 of its limit.
     */
    private static boolean settled(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            double x = a[i];
            double y = b[i];
            if (x != y && !(Math.abs(x - y) <= SETTLED * Math.max(Math.abs(x), Math.abs(y)))) {
                return false;
            }
        }
        return true;
    }

    private static final double SETTLED = 1e-12;

    /** Bit-for-bit equal to the last step's arrivals (a plain loop: six values, called every tick). */
    private boolean sameArrivals(double[] arrivals) {
        for (int k = 0; k < clients; k++) {
            if (Double.doubleToRawLongBits(arrivals[k]) != Double.doubleToRawLongBits(lastArrivals[k])) {
                return false;
            }
        }
        return true;
    }

    private int stateSize() {
        return 3 * clients + 2 * levels + 1;
    }

    /** The state one step reads and writes (not the settings, whose setters end stationarity). */
    private void saveState(double[] into) {
        System.arraycopy(retryPool, 0, into, 0, clients);
        System.arraycopy(backoffDelay, 0, into, clients, clients);
        System.arraycopy(answered, 0, into, 2 * clients, clients);
        System.arraycopy(queueWork, 0, into, 3 * clients, levels);
        System.arraycopy(meanWork, 0, into, 3 * clients + levels, levels);
        into[3 * clients + 2 * levels] = slowdown;
    }

    private RequestServer(RequestServer o) {
        spec = o.spec;
        levels = o.levels;
        clients = o.clients;
        classOf = o.classOf;
        levelSpec = o.levelSpec;
        doublings = o.doublings;
        seats = o.seats;
        shares = o.shares.clone();
        levelOf = o.levelOf.clone();
        backoffShare = o.backoffShare.clone();
        queueWork = o.queueWork.clone();
        meanWork = o.meanWork.clone();
        retryPool = o.retryPool.clone();
        backoffDelay = o.backoffDelay.clone();
        offered = o.offered.clone();
        duration = o.duration.clone();
        retryShare = o.retryShare.clone();
        retryDuration = o.retryDuration.clone();
        freshDuration = o.freshDuration.clone();
        answered = o.answered.clone();
        levelWait = o.levelWait.clone();
        levelRejected = o.levelRejected.clone();
        levelTimedOut = o.levelTimedOut.clone();
        levelCapacity = o.levelCapacity.clone();
        levelWork = o.levelWork.clone();
        levelRaw = o.levelRaw.clone();
        levelRequests = o.levelRequests.clone();
        stationary = o.stationary;
        lastDt = o.lastDt;
        lastObjects = o.lastObjects;
        lastArrivals = o.lastArrivals.clone();
        nominal = o.nominal.clone();
        nominalSeats = o.nominalSeats;
        nominalStale = o.nominalStale;
        before = new double[o.before.length];
        after = new double[o.after.length];
        slowdown = o.slowdown;
        seatsInUse = o.seatsInUse;
        offeredSeats = o.offeredSeats;
        offeredRealSeats = o.offeredRealSeats;
        answeredShare = o.answeredShare;
        timedOutRequests = o.timedOutRequests;
    }

    /** An independent copy (a fork of the run). */
    public RequestServer copy() {
        return new RequestServer(this);
    }

    public ServerSpec spec() {
        return spec;
    }

    /**
     * Advances {@code dt} seconds and returns what monitoring sees, latency percentiles included.
     *
     * @param arrivals fresh requests per second per client class (in {@link ServerSpec#clients()} order)
     * @param objects  the object count that per-object costs scale with (e.g. nodes)
     */
    public Observables step(double dt, double[] arrivals, double objects) {
        advance(dt, arrivals, objects);
        return observe();
    }

    /** {@link #step} without computing the observables (the hot path; read them with the getters). */
    public void advance(double dt, double[] arrivals, double objects) {
        if (!(dt > 0) || arrivals.length != clients) {
            throw new IllegalArgumentException("dt > 0 and one arrival rate per client class expected");
        }
        if (stationary && dt == lastDt && objects == lastObjects && sameArrivals(arrivals)) {
            return;
        }
        latencyValid = false;
        lastDt = dt;
        lastObjects = objects;
        System.arraycopy(arrivals, 0, lastArrivals, 0, clients);
        saveState(before);
        double timeout = spec.timeoutSeconds();
        Arrays.fill(levelWork, 0);
        Arrays.fill(levelRaw, 0);
        Arrays.fill(levelRequests, 0);
        for (int k = 0; k < clients; k++) {
            ClientClass c = classOf[k];
            double rate = Math.max(0, arrivals[k]);
            double fresh = rate * dt;
            double release = 0;
            if (c.retry().retries() && retryPool[k] > 0) {
                RetryPolicy r = c.retry();
                // A client waiting to retry sends nothing new: of the rate × giveUp requests wanted at
                // any time, those in the pool are not sent fresh.
                double wanted = rate * r.giveUpSeconds();
                fresh *= wanted > 0 ? Math.max(0, 1 - retryPool[k] / wanted) : 0;
                // Abandoned or superseded requests leave the pool first, then retries leave it.
                double p = retryPool[k] * (1 - leave(dt, r.giveUpSeconds()));
                release = p * releaseFraction(k, r, dt);
                double left = p - release;
                retryPool[k] = left < EPS ? 0 : left;
            }
            double requests = fresh + release;
            double work = fresh * c.cost().seatSeconds(objects) + release * c.retryCost().seatSeconds(objects);
            double raw = fresh * c.cost().realSeatSeconds(objects) + release * c.retryCost().realSeatSeconds(objects);
            offered[k] = requests / dt;
            freshDuration[k] = c.cost().durationSeconds(objects);
            retryDuration[k] = c.retryCost().durationSeconds(objects);
            retryShare[k] = requests > 0 ? release / requests : 0;
            duration[k] = requests > 0
                    ? (fresh * freshDuration[k] + release * retryDuration[k]) / requests
                    : freshDuration[k];
            int l = levelOf[k];
            levelWork[l] += work;
            levelRaw[l] += raw;
            levelRequests[l] += requests;
        }
        allocateSeats(dt);
        slowdown = slowdown(dt);
        seatsInUse = 0;
        offeredSeats = 0;
        offeredRealSeats = 0;
        timedOutRequests = 0;
        for (int l = 0; l < levels; l++) {
            PriorityLevel p = levelSpec[l];
            offeredSeats += levelWork[l] / dt;
            offeredRealSeats += levelRaw[l] / dt;
            if (levelRequests[l] > 0) {
                meanWork[l] = levelWork[l] / levelRequests[l];
            }
            if (p.exempt()) {
                seatsInUse += levelWork[l] / dt;
                levelWait[l] = 0;
                levelRejected[l] = 0;
                levelTimedOut[l] = 0;
                continue;
            }
            double cap = levelCapacity[l] / slowdown; // seats that finish work at 1/slowdown speed
            double q = queueWork[l] + levelWork[l];
            double served = Math.min(q, cap * dt);
            q -= served;
            seatsInUse += served * slowdown / dt;
            double m = meanWork[l] > 0 ? meanWork[l] : 1;
            double rejected = Math.max(0, q - p.queueLimit() * m);
            q -= rejected;
            double longest = cap * timeout;
            double dropped = 0;
            if (q > longest) {
                dropped = q - longest;
                timedOutRequests += dropped / m;
                q = longest;
            }
            if (q < EPS * m) {
                q = 0;
            }
            queueWork[l] = q;
            levelRejected[l] = levelWork[l] > 0 ? Math.min(1, rejected / levelWork[l]) : 0;
            // Work that waited past the timeout is answered with an error: a share of this step's arrivals.
            levelTimedOut[l] = levelWork[l] > 0 ? Math.min(1 - levelRejected[l], dropped / levelWork[l]) : 0;
            // With no seats at all nothing is answered: an infinite wait.
            levelWait[l] = cap == 0 ? (levelWork[l] > 0 ? Double.POSITIVE_INFINITY : 0) : q == 0 ? 0 : q / cap;
        }
        double offeredAll = 0;
        double answeredAll = 0;
        // Classes on one level with the same patience and duration (CoreDNS and controllers) share
        // one answered share: remember the last one computed.
        double memoPatience = Double.NaN;
        double memoDuration = Double.NaN;
        double memoWait = Double.NaN;
        double memo = 0;
        for (int k = 0; k < clients; k++) {
            ClientClass c = classOf[k];
            int l = levelOf[k];
            double wait = levelWait[l];
            double r = retryShare[k];
            double g;
            if (r > 0 && c.retryPatienceSeconds() != c.patienceSeconds()) {
                // Retries that wait differently (a re-list after a failed heartbeat) are answered apart.
                g = (1 - r) * answeredInTime(c.patienceSeconds(), freshDuration[k], timeout, wait)
                        + r * answeredInTime(c.retryPatienceSeconds(), retryDuration[k], timeout, wait);
            } else if (c.patienceSeconds() == memoPatience && duration[k] == memoDuration && wait == memoWait) {
                g = memo;
            } else {
                g = answeredInTime(c.patienceSeconds(), duration[k], timeout, wait);
                memoPatience = c.patienceSeconds();
                memoDuration = duration[k];
                memoWait = wait;
                memo = g;
            }
            g *= 1 - levelRejected[l] - levelTimedOut[l];
            answered[k] = g;
            offeredAll += offered[k];
            answeredAll += offered[k] * g;
            if (c.retry().retries()) {
                double p = retryPool[k] + offered[k] * dt * (1 - g);
                double cap = c.retry().pendingPerObject() * objects;
                if (cap > 0 && p > cap) {
                    p = cap; // a newer failure supersedes a client's pending one
                }
                retryPool[k] = p < EPS ? 0 : p;
                if (retryPool[k] == 0) {
                    backoffDelay[k] = 0; // clients that succeed reset their backoff
                }
            }
        }
        answeredShare = offeredAll > 0 ? answeredAll / offeredAll : 1;
        saveState(after);
        stationary = settled(before, after);
    }

    /**
     * Share of requests answered before the client's patience (capped by the server's timeout) runs
     * out, for a request of this duration entering a queue with this mean (exponential) wait.
     */
    private double answeredInTime(double patience, double durationSeconds, double timeout, double wait) {
        double limit = Math.min(patience, timeout) - durationSeconds * slowdown;
        if (limit <= 0) {
            return 0;
        }
        return wait == 0 ? 1 : 1 - Math.exp(-limit / wait);
    }

    /** Share of the retry pool that comes back within dt: the backing-off clients wait longer. */
    private double releaseFraction(int k, RetryPolicy r, double dt) {
        double now = leave(dt, r.delaySeconds());
        double b = backoffShare[k];
        if (b == 0) {
            return now;
        }
        // Expected consecutive failures at answered share g are (1-g)/g; the delay doubles with each.
        // Clients learn the outcome once per attempt, so the delay moves toward that at 1/delay.
        double g = Math.max(answered[k], EPS);
        double failures = Math.min(64, (1 - g) / g);
        double target = failures >= doublings[k] ? r.maxDelaySeconds() : r.delaySeconds() * Math.exp(failures * LN2);
        double d = backoffDelay[k] > 0 ? backoffDelay[k] : r.delaySeconds();
        d += (target - d) * leave(dt, d);
        backoffDelay[k] = d;
        return (1 - b) * now + b * leave(dt, d);
    }

    private static final double LN2 = Math.log(2);
    private static final double INV_LN2 = 1 / LN2;

    /**
     * Share of a pool with mean stay {@code mean} that leaves within {@code dt}: dt / (mean + dt), the
     * discrete-time (geometric) counterpart of 1 − e^(−dt/mean), without a transcendental call.
     */
    private static double leave(double dt, double mean) {
        return dt / (mean + dt);
    }

    /**
     * Seats bound concurrency, not the resources a request uses: a wide request is charged at most
     * its class's maxSeats but uses its real width. When the real width of the requests holding
     * seats (exempt ones included) exceeds the seats, every request runs that much slower (processor
     * sharing). Occupancy uses the previous step's slowdown: slower requests hold their seats longer.
     */
    private double slowdown(double dt) {
        if (seats <= 0) {
            return 1;
        }
        double real = 0;
        for (int l = 0; l < levels; l++) {
            if (levelWork[l] <= 0 && queueWork[l] <= 0) {
                continue;
            }
            double ratio = levelWork[l] > 0 ? levelRaw[l] / levelWork[l] : 1;
            if (levelSpec[l].exempt()) {
                real += levelRaw[l] / dt * slowdown;
            } else {
                double need = (queueWork[l] + levelWork[l]) / dt * slowdown;
                real += Math.min(levelCapacity[l], need) * ratio;
            }
        }
        // Occupancy changes as requests finish, not at once: the slowdown relaxes toward its target
        // over one step (without this, the delayed feedback of occupancy on itself rings in a 4-step
        // cycle instead of settling).
        double target = Math.max(1, real / seats);
        return slowdown + (target - slowdown) * leave(dt, dt);
    }

    /**
     * Nominal seats by shares; unused lendable seats go to levels that need more than their nominal
     * seats, in proportion to their shares (one round, as borrowing in API Priority and Fairness).
     */
    private void allocateSeats(double dt) {
        if (nominalSeats != seats || nominalStale) {
            double total = 0;
            for (int l = 0; l < levels; l++) {
                if (!levelSpec[l].exempt()) {
                    total += shares[l];
                }
            }
            for (int l = 0; l < levels; l++) {
                nominal[l] = levelSpec[l].exempt() || !(total > 0) ? 0 : seats * shares[l] / total;
            }
            nominalSeats = seats;
            nominalStale = false;
        }
        double lendable = 0;
        double borrowerShares = 0;
        for (int l = 0; l < levels; l++) {
            PriorityLevel p = levelSpec[l];
            if (p.exempt()) {
                levelCapacity[l] = 0;
                continue;
            }
            double nominalSeats = nominal[l];
            levelCapacity[l] = nominalSeats;
            double need = (queueWork[l] + levelWork[l]) / dt;
            if (need < nominalSeats) {
                lendable += p.lendableShare() * (nominalSeats - need);
            } else if (need > nominalSeats) {
                borrowerShares += shares[l];
            }
        }
        if (lendable <= 0 || borrowerShares <= 0) {
            return;
        }
        for (int l = 0; l < levels; l++) {
            if (levelSpec[l].exempt()) {
                continue;
            }
            double need = (queueWork[l] + levelWork[l]) / dt;
            if (need > levelCapacity[l]) {
                levelCapacity[l] += Math.min(need - levelCapacity[l], lendable * shares[l] / borrowerShares);
            }
        }
    }

    /** What monitoring sees after the last step, latency percentiles included. */
    public Observables observe() {
        double req = 0;
        double ok = 0;
        double rej = 0;
        for (int k = 0; k < clients; k++) {
            req += offered[k];
            ok += offered[k] * answered[k];
            rej += offered[k] * levelRejected[levelOf[k]];
        }
        return new Observables(seatsInUse, seatCapacity(), offeredSeats, queued(),
                req > 0 ? rej / req : 0, req > 0 ? ok / req : 1, latencySeconds(0.5), latencySeconds(0.99));
    }

    /**
     * The q-quantile of the latency of the requests admitted in the last step (rejected ones are
     * counted by the rejected share instead), weighted by what each class offered: a request is
     * answered after its duration plus its (exponential) wait, none later than the server's timeout. Found by bisection; call it per
     * scrape, not per tick.
     */
    public double latencySeconds(double q) {
        if (latencyValid && q == latencyQ) {
            return latency; // nothing changed since (a stationary server is scraped at the same p99)
        }
        latencyQ = q;
        latency = computeLatency(q);
        latencyValid = true;
        return latency;
    }

    private double computeLatency(double q) {
        double timeout = spec.timeoutSeconds();
        double total = 0;
        for (int k = 0; k < clients; k++) {
            total += offered[k] * (1 - levelRejected[levelOf[k]]);
        }
        if (total <= 0) {
            double d = Double.MAX_VALUE;
            for (int k = 0; k < clients; k++) {
                d = Math.min(d, duration[k] * slowdown);
            }
            return Math.min(timeout, d);
        }
        double lo = 0;
        double hi = timeout;
        if (cdf(hi, total) < q) {
            return timeout;
        }
        boolean waits = false;
        for (int k = 0; k < clients; k++) {
            waits |= offered[k] > 0 && levelWait[levelOf[k]] > 0;
        }
        if (!waits) {
            // No queue anywhere: latencies are the classes' durations; the quantile is one of them.
            double best = timeout;
            for (int k = 0; k < clients; k++) {
                double d = Math.min(timeout, duration[k] * slowdown);
                if (offered[k] > 0 && d < best && cdf(d, total) >= q) {
                    best = d;
                }
            }
            return best;
        }
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid, total) >= q) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private double cdf(double x, double total) {
        double timeout = spec.timeoutSeconds();
        double f = 0;
        for (int k = 0; k < clients; k++) {
            if (offered[k] <= 0) {
                continue;
            }
            int l = levelOf[k];
            double p;
            if (x >= timeout) {
                p = 1;
            } else if (x < duration[k] * slowdown) {
                p = 0;
            } else if (levelWait[l] == 0) {
                p = 1;
            } else if (levelWait[l] == Double.POSITIVE_INFINITY) {
                p = 0;
            } else {
                p = 1 - Math.exp(-(x - duration[k] * slowdown) / levelWait[l]);
            }
            f += offered[k] * (1 - levelRejected[l]) * p;
        }
        return f / total;
    }

    // ---- Observables of the last step -------------------------------------------------------------

    /** Seats busy on average over the last step, exempt requests included. */
    public double seatsInUse() {
        return seatsInUse;
    }

    /** Share of all requests of the last step answered before their clients gave up (goodput / offered). */
    public double answeredShare() {
        return answeredShare;
    }

    /** Seats the offered work would really use (uncapped widths): the server's real load. */
    public double offeredRealSeats() {
        return offeredRealSeats;
    }

    /** Seats the offered work would need as charged (first attempts and retries). */
    public double offeredSeats() {
        return offeredSeats;
    }

    /** Requests waiting in all queues. */
    public double queued() {
        double n = 0;
        for (int l = 0; l < levels; l++) {
            if (queueWork[l] > 0) {
                n += queueWork[l] / meanWork[l];
            }
        }
        return n;
    }

    /** How much slower than at no load every request runs (&ge; 1): real work beyond the seats. */
    public double slowdown() {
        return slowdown;
    }

    /** Multiplies class k's retry pool by {@code factor} in [0,1] (clients cut off, e.g. by a network block). */
    public void scaleRetries(int k, double factor) {
        if (factor < 0 || factor > 1) {
            throw new IllegalArgumentException("factor in [0,1] expected");
        }
        if (factor != 1 && retryPool[k] != 0) {
            retryPool[k] *= factor;
            stationary = false;
        }
    }

    /** Requests waiting in level l's queues. */
    public double queued(int l) {
        return queueWork[l] > 0 ? queueWork[l] / meanWork[l] : 0;
    }

    /** Requests that waited past the server's timeout in the last step. */
    public double timedOut() {
        return timedOutRequests;
    }

    /** Share of class k's requests answered before its clients gave up, last step. */
    public double answered(int k) {
        return answered[k];
    }

    /** Class k's offered requests per second (fresh and retries), last step. */
    public double offered(int k) {
        return offered[k];
    }

    /** Failed requests of class k waiting to be retried. */
    public double retrying(int k) {
        return retryPool[k];
    }

    /** Mean wait of a request entering level l, seconds. */
    public double waitSeconds(int l) {
        return levelWait[l];
    }

    /** Share of level l's requests rejected (429), last step. */
    public double rejected(int l) {
        return levelRejected[l];
    }

    /** Non-exempt seats. */
    public double seatCapacity() {
        return seats;
    }

    /** True when nothing waits and nobody retries: stepping with unchanged arrivals changes nothing. */
    public boolean idle() {
        for (double q : queueWork) {
            if (q != 0) {
                return false;
            }
        }
        for (double p : retryPool) {
            if (p != 0) {
                return false;
            }
        }
        return true;
    }

    // ---- Settings actions change ------------------------------------------------------------------

    /** Non-exempt seats from now on (add seats, or 0 while the server is down). */
    public void setSeats(double seats) {
        if (seats < 0) {
            throw new IllegalArgumentException("seats >= 0 expected");
        }
        if (seats != this.seats) {
            this.seats = seats;
            stationary = false;
        }
    }

    /** Nominal concurrency shares of level l from now on. */
    public void setShares(int l, double shares) {
        if (shares < 0) {
            throw new IllegalArgumentException("shares >= 0 expected");
        }
        this.shares[l] = shares;
        stationary = false;
        nominalStale = true;
    }

    public double shares(int l) {
        return shares[l];
    }

    /** Moves client class k to level l (a changed flow schema); its pending retries follow it. */
    public void setLevel(int k, int l) {
        if (levelOf[k] != l) {
            levelOf[k] = l;
            stationary = false;
        }
    }

    public int level(int k) {
        return levelOf[k];
    }

    /** Share of class k's clients that back off, [0,1] (a config push reaches clients as they restart). */
    public void setBackoffShare(int k, double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("backoff share in [0,1] expected");
        }
        if (backoffShare[k] != share) {
            backoffShare[k] = share;
            stationary = false;
        }
    }

    public double backoffShare(int k) {
        return backoffShare[k];
    }

    /** Adds requests to class k's retry pool (e.g. every client reconnecting after a restart). */
    public void addRetries(int k, double requests) {
        if (requests < 0) {
            throw new IllegalArgumentException("requests >= 0 expected");
        }
        if (requests > 0) {
            retryPool[k] += requests;
            stationary = false;
        }
    }

    /** Drops everything queued (the server restarted); clients whose requests were lost retry. */
    public void dropQueues() {
        for (double q : queueWork) {
            if (q != 0) {
                Arrays.fill(queueWork, 0);
                stationary = false;
                return;
            }
        }
    }
}
