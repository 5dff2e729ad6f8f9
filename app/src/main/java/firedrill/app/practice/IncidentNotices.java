package firedrill.app.practice;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.sim.Message;
import firedrill.engine.sim.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the console announces in a pop-up beside the incident channel: narrative injects and team news
 * as they are posted, and each action's result once it has finished (rejections included). Reads
 * snapshots only, so it needs no toolkit; {@link #next} returns what is new since the last call.
 */
final class IncidentNotices {
    /** How a notice is shown: {@code kind} picks its colour. */
    enum Kind { NEWS, GOOD, PARTIAL, BAD }

    /** One pop-up: a title line and a text. */
    record Notice(Kind kind, String title, String text) {}

    private final Set<Integer> announced = new HashSet<>();
    private int messagesSeen;

    /** The notices for what {@code s} adds to the snapshots seen so far, oldest first. */
    List<Notice> next(Snapshot s) {
        List<Notice> out = new ArrayList<>();
        List<Message> messages = s.messages();
        for (int i = messagesSeen; i < messages.size(); i++) {
            Message m = messages.get(i);
            if ("inject".equals(m.kind()) || "system".equals(m.kind())) {
                out.add(new Notice(Kind.NEWS, m.time() + "  #" + m.channel(), m.text()));
            }
        }
        messagesSeen = Math.max(messagesSeen, messages.size());
        for (ActionRecord r : s.actions()) {
            if (r.outcome().finished() && announced.add(r.seq())) {
                out.add(result(r));
            }
        }
        return out;
    }

    private static Notice result(ActionRecord r) {
        Kind kind = r.outcome() == Outcome.SUCCEEDED ? Kind.GOOD : r.outcome() == Outcome.PARTIAL ? Kind.PARTIAL : Kind.BAD;
        boolean rejected = r.outcome() == Outcome.FAILED && r.startTick() < 0;
        String label = rejected ? "rejected" : r.outcome().label();
        String where = r.targets() > 1 ? r.targets() + " clusters" : r.target() == null ? "" : r.target();
        String took = r.startTick() >= 0 && r.endTick() >= r.startTick()
                ? Math.round((r.endTick() - r.startTick()) / 60.0) + " min" : "";
        String text = r.reason() != null && !r.reason().isEmpty() ? r.reason()
                : String.join(" · ", Stream.of(where.isEmpty() ? "" : "On " + where, took)
                        .filter(x -> !x.isEmpty()).toList());
        return new Notice(kind, r.title() + " " + label, text);
    }
}
