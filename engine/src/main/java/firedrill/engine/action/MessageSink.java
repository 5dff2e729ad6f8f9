package firedrill.engine.action;

/** Where actions report to the incident channel. */
@FunctionalInterface
public interface MessageSink {
    void post(int tick, String channel, String kind, String text);
}
