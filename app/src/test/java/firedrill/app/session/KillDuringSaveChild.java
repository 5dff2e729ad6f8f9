package firedrill.app.session;

import firedrill.engine.session.SessionRecord;
import firedrill.engine.command.Command;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Child process of {@link KillDuringSaveTest}: saves a large session over the same file in a loop,
 * forever, printing "ready" after the first save and "saved N" after each later one. The parent kills
 * it with SIGKILL while it is in the middle of the next save.
 */
public final class KillDuringSaveChild {
    private KillDuringSaveChild() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        SessionRecord big = KillDuringSaveChild.largeRecord();
        SessionStore store = new SessionStore(target.getParent());
        for (long i = 0; ; i++) {
            store.save(target, big.withSavedAt("iteration " + i));
            System.out.println(i == 0 ? "ready" : "saved " + i);
            System.out.flush();
        }
    }

    /** About 2 MB of JSON: 12,000 commands. */
    static SessionRecord largeRecord() {
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            commands.add(Command.action(1 + i, "unblock-admin-api", "cluster:gpt-eastus-01", Map.of("rate", 0.1),
                    "responder " + (i % 8)));
        }
        return new SessionRecord(SessionRecord.FORMAT, "openai-2024-12-11", "0".repeat(64), 7L, "hard", "practice", 0,
                12_000, null, commands, Map.of("scenario", "openai-2024-12-11"), null, List.of());
    }
}
