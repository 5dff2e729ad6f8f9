package firedrill.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins what the engine does, per {@link ModelVersion#MODEL_VERSION}: the 11 Dec reference run at seed
 * 1 must end in the pinned state and outcome. A change of behaviour without a version bump fails here,
 * so records made by the old engine are never silently replayed as if nothing had changed.
 */
class ModelVersionTest {
    /**
     * The 11 Dec scenario's content hash, the final {@link StateDigest}, and the SHA-256 of the
     * {@code simulate --json} outcome of the reference run at seed 1 (the same as {@code firedrill simulate
     * --scenario openai-2024-12-11 --playbook reference --json | sha256sum}).
     */
    record Pin(String scenarioHash, String stateDigest, String outcomeSha256) {
        @Override
        public String toString() {
            return "new Pin(\"" + scenarioHash + "\", \"" + stateDigest + "\", \"" + outcomeSha256 + "\")";
        }
    }

    /** One entry per model version; keep the old ones, they record what each version did. */
    static final Map<Integer, Pin> PINNED = Map.of(
            1, new Pin("7e55f2e48d19ef18c630bd083fced5b887c13b29914a31d1c992e523ea8efe77", "d37f11a5ff95c2db",
                    "bffa89dbd11db423ebb6136dbba910207bc16ae2ebcbff21aa7d0530e9d8d931"),
            // 2: execution modes and per-target effects, per-cluster and per-action streams, state-aware
            // injects, restart-coredns through the API.
            2, new Pin("68ba40c436412690bab0257a9ce130a5e35214e69baebddcffabdc957cda6342", "a49973fb6320ac4a",
                    "8731738b334c7bae2b5b0cec6ddcf146b7f755cff29498fc40ad4e77afdcdc6c"),
            // 3: the Kubernetes scenarios' API servers as request queues (ADR 0050: re-lists apart from
            // heartbeats, one pending re-list per node, crashes from work in flight), set-shares, and
            // CoreDNS re-synced only after a minute of answers, settled servers skipped.
            3, new Pin("be115cfd40ff937b80ba49e8349136bd97db0082568a28dd921959cae17337a9", "ae6067b21796839e",
                    "1c877518a64a52c96a08019d100bf1097bb9583a9ad9a66a5b9dfbbf82b2160d"));

    static Pin referenceRun() throws Exception {
        ModelSpec spec = Fixtures.openai();
        Simulation sim = Fixtures.run(spec, 1, Fixtures.reference(spec));
        RunOutcome o = RunOutcome.of(sim);
        String json = StrictJson.write(OutcomeJson.of(o, spec, Score.of(o, spec)));
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        return new Pin(spec.hash(), String.format(Locale.ROOT, "%016x", StateDigest.of(sim)), HexFormat.of().formatHex(sha));
    }

    @Test
    void theReferenceRunIsPinnedForThisModelVersion() throws Exception {
        int version = ModelVersion.MODEL_VERSION;
        Pin now = referenceRun();
        Pin pinned = PINNED.get(version);
        if (pinned == null) {
            fail("Model version " + version + " has no pinned run. Add to ModelVersionTest.PINNED: "
                    + version + ", " + now);
        }
        if (pinned.equals(now)) {
            return;
        }
        if (!pinned.scenarioHash().equals(now.scenarioHash())) {
            fail("The 11 Dec scenario file changed (content hash " + now.scenarioHash() + ", pinned "
                    + pinned.scenarioHash() + "), and with it the reference run. A scenario change alone needs no "
                    + "MODEL_VERSION bump (records carry the scenario hash): update ModelVersionTest.PINNED entry "
                    + version + " to " + now + ". If engine code changed as well, also bump "
                    + "ModelVersion.MODEL_VERSION to " + (version + 1) + " and pin the run there instead.");
        }
        fail("The engine's behaviour changed: the 11 Dec reference run at seed 1 no longer ends as pinned for "
                + "model version " + version + " (now " + now + ", pinned " + pinned + "). If the change is "
                + "intended, bump ModelVersion.MODEL_VERSION to " + (version + 1) + " and add to "
                + "ModelVersionTest.PINNED: " + (version + 1) + ", " + now + " (keep the old entries). Records "
                + "made before then will say they were made with model version " + version + ".");
    }

    @Test
    void thePinSeesAChangeOfOutcome() throws Exception {
        // The check is only as good as its fingerprint: another seed must not pass as the pinned run.
        ModelSpec spec = Fixtures.openai();
        Simulation other = Fixtures.run(spec, 2, Fixtures.reference(spec));
        assertNotEquals(referenceRun().stateDigest(), String.format(Locale.ROOT, "%016x", StateDigest.of(other)));
        assertEquals(ModelVersion.MODEL_VERSION, PINNED.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
                "the newest pin is the current model version");
    }
}
