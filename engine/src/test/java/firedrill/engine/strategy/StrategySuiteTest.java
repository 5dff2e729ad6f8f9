package firedrill.engine.strategy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import firedrill.engine.Fixtures;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.score.Claim;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.sim.Playbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strategies written from the physics, not from the reference: each playbook under
 * {@code strategies/<scenario>/} comes with a one-line claim, its reason and machine-checkable
 * {@link Claim}s in {@code claims.json}. Every claim must hold in each of 20 seeds.
 */
class StrategySuiteTest {
    private static final int SEEDS = 20;
    private static final List<String> SCENARIOS = List.of("openai-2024-12-11", "reddit-2023-03-14", "datadog-2023-03-08",
            "aws-2025-10-20", "cloudflare-2025-11-18");
    private static final Map<String, ModelSpec> SPECS = new LinkedHashMap<>();

    static Stream<Arguments> strategies() throws Exception {
        List<Arguments> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String id : SCENARIOS) {
            Path dir = Path.of(StrategySuiteTest.class.getResource("/strategies/" + id).toURI());
            JsonNode claims = json.readTree(Files.readString(dir.resolve("claims.json")));
            for (JsonNode s : claims.get("strategies")) {
                List<Claim> expect = new ArrayList<>();
                for (JsonNode c : s.get("expect")) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    c.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
                    expect.add(Claim.parse(fields));
                }
                out.add(Arguments.of(id, s.get("playbook").asText(), s.get("claim").asText(),
                        dir.resolve(s.get("playbook").asText()), expect));
            }
        }
        return out.stream();
    }

    private static synchronized ModelSpec spec(String id) {
        return SPECS.computeIfAbsent(id, Fixtures::shipped);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("strategies")
    void claimHoldsOverTwentySeeds(String scenario, String name, String claim, Path file, List<Claim> expect)
            throws Exception {
        ModelSpec spec = spec(scenario);
        Playbook pb = Playbooks.load(file, spec.scenario());
        List<Command> commands = Playbooks.commands(pb, spec, "strategy");
        assertFalse(expect.isEmpty(), "a strategy states at least one checkable claim");
        ConcurrentLinkedQueue<String> misses = new ConcurrentLinkedQueue<>();
        IntStream.rangeClosed(1, SEEDS).parallel().forEach(seed -> {
            RunOutcome o = RunOutcome.of(Playbooks.run(spec, seed, commands, spec.horizonTick()));
            for (Claim c : expect) {
                String miss = c.check(o, spec);
                if (miss != null) {
                    misses.add("seed " + seed + " " + c + ": " + miss);
                }
            }
        });
        assertTrue(misses.isEmpty(), name + " — \"" + claim + "\" does not hold: " + misses);
    }
}
