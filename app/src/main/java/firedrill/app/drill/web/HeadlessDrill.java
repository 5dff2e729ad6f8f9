package firedrill.app.drill.web;

import firedrill.app.drill.Drill;
import firedrill.app.drill.DrillSetup;
import firedrill.app.drill.DrillStore;
import firedrill.app.practice.Difficulty;
import firedrill.app.practice.Speed;
import firedrill.app.session.AtomicWrite;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A drill without the desktop app, for automation ({@code firedrill drill serve}, {@code drill-load},
 * tests): the drill, its room and its web server. With a record file the drill is autosaved there
 * (atomically, like the app's autosave) and can be resumed from it; participants then reconnect with
 * their tokens.
 */
public final class HeadlessDrill implements AutoCloseable {
    private final Drill drill;
    private final Room room;
    private final DrillWebServer server;
    private final String facilitatorToken;
    private final Path scratch;

    private HeadlessDrill(Drill drill, Room room, DrillWebServer server, String facilitatorToken, Path scratch) {
        this.drill = drill;
        this.room = room;
        this.server = server;
        this.facilitatorToken = facilitatorToken;
        this.scratch = scratch;
    }

    /** The speed the whole drill runs at (before and after the first alert). */
    public static Speed speed(int n) {
        for (Speed s : Speed.values()) {
            if (s.factor() == n) {
                return s;
            }
        }
        throw new IllegalArgumentException("--speed must be 1, 10, 60 or 300, not " + n);
    }

    /**
     * Starts (or, with {@code resume}, resumes) a drill of {@code scenario} and serves it on
     * {@code bind}:{@code port}. {@code code} null = a random one.
     */
    public static HeadlessDrill start(Scenario scenario, long seed, Speed speed, String bind, int port, String code,
                                      Path record, DrillRecord resume) throws IOException {
        ModelSpec spec = new ModelSpec(scenario);
        Path scratch = record == null ? null : Files.createTempDirectory("firedrill-serve");
        DrillStore store = scratch == null ? null : new DrillStore(scratch);
        Drill drill;
        if (resume != null) {
            drill = Drill.resume(resume, scenario, store);
            drill.resume();
        } else {
            DrillSetup setup = new DrillSetup(scenario, spec, seed, Difficulty.STANDARD, true, DrillRecord.STANDARD_ROLES,
                    java.util.List.of(), speed, speed);
            drill = Drill.start(setup, store);
        }
        if (record != null) {
            drill.onSaved(r -> {
                try {
                    AtomicWrite.write(record, r.toBytes());
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(HeadlessDrill.class).warn("Could not write {}", record, e);
                }
            });
        }
        String facilitator = Secrets.token();
        try {
            Room room = new Room(drill, code == null ? Secrets.joinCode() : code);
            return new HeadlessDrill(drill, room, DrillWebServer.start(room, bind, port, facilitator), facilitator, scratch);
        } catch (RuntimeException e) {
            drill.close();
            throw e;
        }
    }

    public Drill drill() {
        return drill;
    }

    public Room room() {
        return room;
    }

    public DrillWebServer server() {
        return server;
    }

    public String facilitatorToken() {
        return facilitatorToken;
    }

    @Override
    public void close() {
        server.close();
        drill.close();
        if (scratch != null) {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(HeadlessDrill.class).debug("Could not remove {}", scratch, e);
            }
        }
    }
}
