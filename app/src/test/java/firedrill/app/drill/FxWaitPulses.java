package firedrill.app.drill;

/** Waits for rendered frames (tests in this package). */
final class FxWaitPulses {
    private FxWaitPulses() {}

    static void pulses(int n) throws InterruptedException {
        firedrill.app.testing.FxWait.pulses(n);
    }
}
