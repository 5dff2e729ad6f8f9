package firedrill.engine.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which engine made a record. Session and drill records carry {@link #MODEL_VERSION} and the Firedrill
 * release, so that replaying a record made by an engine that behaves differently says so and shows
 * both outcomes, instead of silently giving another result.
 *
 * <p><b>Bump {@link #MODEL_VERSION} when the engine's behaviour changes</b>: anything that makes the
 * same scenario, seed and command log end differently (the fleet model, actions, alerts, what is
 * recorded and how it is scored). {@code ModelVersionTest} pins the 11 Dec reference run at seed 1 for
 * the current version and fails, saying so, when the run changes without a bump. A change of a
 * scenario's content needs no bump: records carry the scenario's content hash for that.
 */
public final class ModelVersion {
    /** The engine's behaviour version; see the class comment for when to bump it. */
    public static final int MODEL_VERSION = 3;

    private static final String FIREDRILL_VERSION = readVersion();

    private ModelVersion() {}

    /** The Firedrill release these classes belong to (the project version), or "unknown". */
    public static String firedrillVersion() {
        return FIREDRILL_VERSION;
    }

    /** "Firedrill 0.1.0, model version 1", for logs and messages. */
    public static String describe() {
        return "Firedrill " + FIREDRILL_VERSION + ", model version " + MODEL_VERSION;
    }

    private static String readVersion() {
        try (InputStream in = ModelVersion.class.getResourceAsStream("firedrill-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            // The engine does not log (ADR 0013); an unreadable resource means the version is unknown.
            return "unknown";
        }
    }
}
