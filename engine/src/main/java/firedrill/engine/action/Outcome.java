package firedrill.engine.action;

/** Where an action stands. */
public enum Outcome {
    QUEUED, RUNNING, SUCCEEDED, PARTIAL, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == PARTIAL || this == FAILED;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
