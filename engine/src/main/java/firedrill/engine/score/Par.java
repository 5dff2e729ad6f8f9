package firedrill.engine.score;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Par (docs/scoring.md): the reference playbook (or any command log) run over many seeds, giving the
 * spread of impact minutes and of each service's recovery that the real team's decisions produce
 * when they are taken as a real team would on another day: each run draws its own decision times
 * around the published ones ({@link ParTempo}) as well as its own luck. A trainee's run is then placed
 * in it: "better than 92% of reference runs". Runs go in parallel on every core; results are ordered
 * by seed, so the output depends only on (scenario, commands, tempo, first seed, runs). Cancellable
 * between and within runs; reports progress.
 */
public final class Par {
    /** Ticks simulated between two checks of the cancel flag (a simulated hour). */
    private static final int CHUNK_TICKS = 3600;

    /** Called after each finished run, from the worker threads: runs done so far, and the total. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** p10/p25/p50/p75/p90 by nearest rank, with min and max. NaN fields when nothing was measured. */
    public record Spread(double p10, double p25, double p50, double p75, double p90, double min, double max) {
        static Spread of(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            return new Spread(pct(s, 10), pct(s, 25), pct(s, 50), pct(s, 75), pct(s, 90),
                    s.length == 0 ? Double.NaN : s[0], s.length == 0 ? Double.NaN : s[s.length - 1]);
        }
    }

    /**
     * One service over all runs: impact minutes, and the full-recovery tick. A run that never
     * recovered counts as later than any that did, so a percentile can be "never" (-1).
     */
    public record ServicePar(String id, Spread impactMinutes, int[] fullRecoverySorted, int recovered) {
        public int fullRecoveryPercentile(int p) {
            if (fullRecoverySorted.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(p / 100.0 * fullRecoverySorted.length);
            int v = fullRecoverySorted[Math.max(0, Math.min(fullRecoverySorted.length - 1, rank - 1))];
            return v == Integer.MAX_VALUE ? -1 : v;
        }

        /** Share (0–100) of par runs that recovered later than {@code tick} (-1 = never; ties count half). */
        public double percentileOf(int tick) {
            long key = tick < 0 ? Integer.MAX_VALUE : tick;
            double better = 0;
            for (int v : fullRecoverySorted) {
                if (v > key) {
                    better += 1;
                } else if (v == key) {
                    better += 0.5;
                }
            }
            return fullRecoverySorted.length == 0 ? Double.NaN : 100.0 * better / fullRecoverySorted.length;
        }
    }

    /** The distribution: runs by seed (firstSeed, firstSeed+1, …), spreads, per-service results. */
    public record Result(String scenario, long firstSeed, int runs, List<RunOutcome> outcomes, double[] impactMinutes,
                         Spread impact, Map<String, ServicePar> services, ParTempo tempo) {
        /**
         * Share (0–100) of par runs with more impact minutes than {@code minutes} (ties count half):
         * "better than N% of reference runs".
         */
        public double percentileOf(double minutes) {
            double better = 0;
            for (double v : impactMinutes) {
                if (v > minutes) {
                    better += 1;
                } else if (v == minutes) {
                    better += 0.5;
                }
            }
            return impactMinutes.length == 0 ? Double.NaN : 100.0 * better / impactMinutes.length;
        }

        /** True when {@code minutes} lies within the middle half of the distribution (p25–p75). */
        public boolean withinMiddleHalf(double minutes) {
            return minutes >= impact.p25() && minutes <= impact.p75();
        }

        public ServicePar service(String id) {
            return services.get(id);
        }
    }

    private Par() {}

    /**
     * {@code runs} runs of the scenario's reference playbook from seed 1 with a real team's variability
     * ({@link ParTempo#DEFAULT}), no progress, not cancellable.
     */
    public static Result reference(ModelSpec spec, int runs) {
        return run(spec, referenceCommands(spec), ParTempo.DEFAULT, 1, runs, Progress.NONE, () -> false);
    }

    /** The scenario's reference playbook as commands (empty when it has none). */
    public static List<Command> referenceCommands(ModelSpec spec) {
        return spec.scenario().referencePlaybook() == null ? List.of()
                : firedrill.engine.sim.Playbooks.commands(spec.scenario().referencePlaybook(), spec, "reference");
    }

    /**
     * Runs {@code commands} over seeds {@code firstSeed … firstSeed + runs − 1} on all cores, each run at
     * the decision times {@code tempo} draws from its seed.
     *
     * @param progress  called after each run (from worker threads)
     * @param cancelled polled between and during runs; when it turns true the call ends early
     * @throws CancellationException when cancelled
     */
    public static Result run(ModelSpec spec, List<Command> commands, ParTempo tempo, long firstSeed, int runs,
                             Progress progress, BooleanSupplier cancelled) {
        if (runs < 1) {
            throw new IllegalArgumentException("expected at least one run, got " + runs);
        }
        java.util.Objects.requireNonNull(tempo, "tempo");
        List<Command> log = List.copyOf(commands);
        RunOutcome[] outcomes = new RunOutcome[runs];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < runs && !stop.get(); i = next.getAndIncrement()) {
                    long seed = firstSeed + i;
                    RunOutcome o = runOne(spec, seed, tempo.apply(spec, log, seed),
                            () -> stop.get() || cancelled.getAsBoolean());
                    if (o == null) {
                        stop.set(true);
                        return;
                    }
                    outcomes[i] = o;
                    progress.update(done.incrementAndGet(), runs);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                stop.set(true);
            }
        };
        int threads = Math.max(1, Math.min(runs, Runtime.getRuntime().availableProcessors()));
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread th = new Thread(worker, "firedrill-par-" + t);
            th.setDaemon(true);
            th.start();
            helpers.add(th);
        }
        worker.run();
        for (Thread th : helpers) {
            try {
                th.join();
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for par runs");
            }
        }
        if (failure.get() != null) {
            Throwable f = failure.get();
            throw f instanceof RuntimeException r ? r : new IllegalStateException("a par run failed", f);
        }
        if (done.get() < runs) {
            throw new CancellationException("par cancelled after " + done.get() + " of " + runs + " runs");
        }
        return summarise(spec, firstSeed, List.of(outcomes), tempo);
    }

    /** One run to the horizon in chunks, so a cancel takes effect within a simulated hour. */
    private static RunOutcome runOne(ModelSpec spec, long seed, List<Command> commands, BooleanSupplier cancelled) {
        Simulation sim = Simulation.start(spec, seed);
        for (Command c : commands) {
            sim.submit(c);
        }
        while (!sim.finished()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            sim.runUntil(sim.tick() + CHUNK_TICKS);
        }
        return RunOutcome.of(sim);
    }

    /** Builds the distribution from outcomes ordered by seed. */
    static Result summarise(ModelSpec spec, long firstSeed, List<RunOutcome> outcomes, ParTempo tempo) {
        int n = outcomes.size();
        double[] impact = new double[n];
        for (int i = 0; i < n; i++) {
            impact[i] = totalImpact(outcomes.get(i));
        }
        Map<String, ServicePar> services = new LinkedHashMap<>();
        for (String id : outcomes.get(0).services().keySet()) {
            double[] minutes = new double[n];
            int[] full = new int[n];
            int recovered = 0;
            for (int i = 0; i < n; i++) {
                ServiceOutcome s = outcomes.get(i).service(id);
                minutes[i] = s.impactMinutes();
                full[i] = s.fullRecovery() < 0 ? Integer.MAX_VALUE : s.fullRecovery();
                if (s.fullRecovery() >= 0 || s.impactStart() < 0) {
                    recovered++;
                }
            }
            Arrays.sort(full);
            services.put(id, new ServicePar(id, Spread.of(minutes), full, recovered));
        }
        return new Result(spec.scenario().id(), firstSeed, n, outcomes, impact, Spread.of(impact),
                java.util.Collections.unmodifiableMap(services), tempo);
    }

    /** Impact minutes of a run over all services, as {@link Score} rounds them. */
    public static double totalImpact(RunOutcome o) {
        double total = 0;
        for (ServiceOutcome s : o.services().values()) {
            total += s.impactMinutes();
        }
        return Math.round(total * 10) / 10.0;
    }

    /** Nearest-rank percentile of sorted values; NaN when empty. */
    static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
