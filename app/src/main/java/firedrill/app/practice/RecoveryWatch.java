package firedrill.app.practice;

import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.sim.History;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Decides, from what responders can see, that the incident is over: after the first alert some
 * service's observed availability dipped below 99%, and now every service has been at or above 99%
 * (observed, at the edge probes) for {@link #STABLE_MINUTES} minutes in a row.
 */
public final class RecoveryWatch {
    public static final int STABLE_MINUTES = 15;

    private RecoveryWatch() {}

    public static boolean recovered(History history, int firstAlertTick) {
        return recovered(history.size(), history::minute, firstAlertTick, STABLE_MINUTES);
    }

    public static boolean recovered(List<History.Minute> rows, int firstAlertTick, int stableMinutes) {
        return recovered(rows.size(), rows::get, firstAlertTick, stableMinutes);
    }

    /** {@code n} rows, {@code row.apply(i)} the i-th minute. */
    public static boolean recovered(int n, IntFunction<History.Minute> row, int firstAlertTick, int stableMinutes) {
        if (firstAlertTick < 0 || n < stableMinutes + 1) {
            return false;
        }
        for (int i = n - stableMinutes; i < n; i++) {
            if (!allHealthy(row.apply(i).observedAvailability())) {
                return false;
            }
        }
        for (int i = n - stableMinutes - 1; i >= 0; i--) {
            History.Minute m = row.apply(i);
            if (m.tick() < firstAlertTick - 30 * 60) {
                break;
            }
            if (anyImpact(m.observedAvailability())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Minutes until {@link #recovered} ends the run if every service stays at or above 99%: the
     * stable minutes still missing, or -1 when no ending is under way (no alert yet, no impact seen
     * before the current healthy stretch, or the latest minute is unhealthy). The console shows it so
     * the run never ends without warning.
     */
    public static int minutesLeft(int n, IntFunction<History.Minute> row, int firstAlertTick, int stableMinutes) {
        if (firstAlertTick < 0 || n == 0) {
            return -1;
        }
        int healthy = 0;
        int i = n - 1;
        while (i >= 0 && allHealthy(row.apply(i).observedAvailability())) {
            healthy++;
            i--;
        }
        if (healthy == 0 || i < 0) {
            return -1;
        }
        // The stretch must follow an impact minute (that is what recovered() looks back for).
        for (int j = i; j >= 0; j--) {
            History.Minute m = row.apply(j);
            if (m.tick() < firstAlertTick - 30 * 60) {
                break;
            }
            if (anyImpact(m.observedAvailability())) {
                return Math.max(0, stableMinutes - healthy);
            }
        }
        return -1;
    }

    public static int minutesLeft(List<History.Minute> rows, int firstAlertTick) {
        return minutesLeft(rows.size(), rows::get, firstAlertTick, STABLE_MINUTES);
    }

    private static boolean allHealthy(double[] observed) {
        for (double v : observed) {
            if (Double.isNaN(v) || v < ServiceOutcome.IMPACT) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyImpact(double[] observed) {
        for (double v : observed) {
            if (!Double.isNaN(v) && v < ServiceOutcome.IMPACT) {
                return true;
            }
        }
        return false;
    }
}
