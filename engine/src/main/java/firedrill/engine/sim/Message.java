package firedrill.engine.sim;

/**
 * A line in the incident channel: a narrative inject, a facilitator message, or an action's result.
 * {@code kind} is one of inject, action, alert, system, status (a posted status update's text).
 */
public record Message(int tick, String time, String channel, String kind, String text) {}
