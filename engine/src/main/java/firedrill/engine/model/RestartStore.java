package firedrill.engine.model;

import firedrill.engine.queue.ClientClass;
import firedrill.engine.queue.Cost;
import firedrill.engine.queue.PriorityLevel;
import firedrill.engine.queue.RequestServer;
import firedrill.engine.queue.RetryPolicy;
import firedrill.engine.queue.ServerSpec;
import firedrill.engine.scenario.Mechanisms;
import java.util.List;

/**
 * The shared configuration store restarted consumers reload from, as a queue ({@link RequestServer}):
 * a restarted cluster's tasks come up one after another over the rolling restart and each fetches its
 * configuration as it does, fetches not answered in time are retried, and answered fetches are credited
 * to the restarting clusters first come, first served. A cluster is done when all its tasks have their
 * configuration. Many clusters restarted together are a herd: the store's queue
 * overflows, most fetches time out and come back as retries, and only the seats' worth is served.
 * Run state (queue, retry pool, line) lives in {@link ArtifactState} so that forks copy it.
 */
final class RestartStore {
    /** Credited fetches within half a task of the total count as done (the fluid pool never quite empties). */
    private static final double DONE_SLACK = 0.5;
    private final ServerSpec spec;
    private final double tasks;

    RestartStore(Mechanisms.ConfigArtifact p) {
        tasks = p.restartTasks();
        double patience = p.fetchPatienceSeconds();
        double seats = p.storeSeats();
        // Never abandoned: a restarting task keeps asking until it has its configuration.
        double giveUp = 1e9;
        RetryPolicy retry = Boolean.TRUE.equals(p.fetchBackoff())
                ? RetryPolicy.backoff(p.fetchRetrySeconds(), Math.max(p.fetchRetrySeconds(), 600), giveUp)
                : RetryPolicy.immediate(p.fetchRetrySeconds(), Math.max(p.fetchRetrySeconds(), 600), giveUp);
        // The store queues what it can serve within the patience; the rest is refused at once.
        double queueLimit = Math.max(1, seats * patience / p.fetchSeconds());
        spec = new ServerSpec(seats, patience, List.of(PriorityLevel.queued("fetch", 1, 0, queueLimit)),
                List.of(new ClientClass("restart", "fetch", Cost.fixed(p.fetchSeconds()), null, patience, retry)));
    }

    RequestServer newServer() {
        return new RequestServer(spec);
    }

    /**
     * One second: the tasks of clusters that joined the line this tick fetch, the store serves, and the
     * answered fetches go to the clusters in line order. Returns nothing; finished clusters get their
     * {@code restartUntil} (the next tick).
     */
    void step(ArtifactState a, int tick, int restartTicks) {
        if (a.store == null || a.waiting() == 0) {
            return;
        }
        double fresh = 0;
        for (int i = a.lineHead; i < a.lineTail; i++) {
            if (a.fetchingUntil[a.line[i]] > tick) {
                fresh += tasks / restartTicks;
            }
        }
        RequestServer store = a.store;
        store.advance(1, new double[] {fresh}, 0);
        double answered = store.offered(0) * store.answered(0);
        a.credit += answered;
        // The fluid queue conserves fetches only approximately: once nothing is left to fetch, queued or
        // waiting to retry, every cluster in line has its configuration.
        boolean drained = fresh == 0 && store.queued() < DONE_SLACK && store.retrying(0) < DONE_SLACK;
        while (a.waiting() > 0 && (drained || a.credit >= tasks - DONE_SLACK)) {
            int c = a.dequeue();
            a.queued[c] = false;
            a.restartUntil[c] = tick + 1;
            a.credit = Math.max(0, a.credit - tasks);
        }
        if (a.waiting() == 0) {
            a.credit = 0;
        }
    }

    /** A cluster joins the line: its tasks restart and fetch over the next {@code restartTicks} seconds. */
    void join(ArtifactState a, int c, int tick, int restartTicks) {
        if (a.store == null) {
            a.store = newServer();
        }
        a.queued[c] = true;
        a.enqueue(c);
        a.fetchingUntil[c] = tick + 1 + restartTicks;
    }
}
