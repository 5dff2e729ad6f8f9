package firedrill.app.practice;

/** Simulated seconds per wall-clock second. */
public enum Speed {
    X1(1), X10(10), X60(60), X300(300);

    private final int factor;

    Speed(int factor) {
        this.factor = factor;
    }

    public int factor() {
        return factor;
    }

    public String label() {
        return factor + "×";
    }

    /** Keyboard shortcut 1–4. */
    public static Speed ofKey(int digit) {
        return digit >= 1 && digit <= 4 ? values()[digit - 1] : null;
    }
}
