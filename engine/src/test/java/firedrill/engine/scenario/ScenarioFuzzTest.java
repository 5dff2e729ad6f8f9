package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.PropertySeeds;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the loader with random edits of the valid minimal scenario and of every shipped one (real
 * fleets, generators, long reference playbooks, the newer mechanisms). Whatever the file holds, loading
 * either succeeds or reports problems; and whatever passes validation can be built and simulated.
 * Try counts are modest so {@code mvn verify} stays fast; raise them locally to hunt
 * (see docs/scenario-format.md, "Testing the format").
 */
class ScenarioFuzzTest {
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ObjectNode VALID = Fixtures.validTree();
    private static final List<ObjectNode> BASES = bases(VALID);

    private static List<ObjectNode> bases(ObjectNode valid) {
        List<ObjectNode> out = new java.util.ArrayList<>(List.of(valid));
        for (String id : ScenarioLoader.shippedIds()) {
            try (java.io.InputStream in = ScenarioFuzzTest.class.getResourceAsStream("/scenarios/" + id + ".json")) {
                out.add((ObjectNode) PLAIN.readTree(in));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<ObjectNode> bases() {
        return Arbitraries.of(BASES);
    }

    @Provide
    Arbitrary<List<TreeMutator.Mutation>> anyEdits() {
        return TreeMutator.mutations(4);
    }

    /** Edits that keep the types, so more of the mutants are valid and reach the engine. */
    @Provide
    Arbitrary<List<TreeMutator.Mutation>> gentleEdits() {
        return TreeMutator.mutations(3, TreeMutator.Op.NUMBER, TreeMutator.Op.NUMBER, TreeMutator.Op.DELETE,
                TreeMutator.Op.DUPLICATE, TreeMutator.Op.SCALAR);
    }

    @Property(tries = 250, seed = PropertySeeds.FIXED)
    void loadingEitherSucceedsOrReportsProblems(@ForAll("bases") ObjectNode base,
            @ForAll("anyEdits") List<TreeMutator.Mutation> edits) throws JsonProcessingException {
        byte[] json = PLAIN.writeValueAsBytes(TreeMutator.apply(base, edits));
        try {
            ScenarioLoader.parse("fuzz.json", json);
            Statistics.collect("valid");
        } catch (InvalidInputException e) {
            Statistics.collect("refused");
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertEquals("fuzz.json", p.file());
                assertTrue(p.path().startsWith("$"), p::toString);
                assertTrue(p.message().contains("expected"), p::toString);
                MalformedScenarioTest.assertClean(p);
            }
        }
    }

    /**
     * The validator also sees records that never came from a file (the editor builds them): bound
     * leniently, with nulls in lists and maps and missing fields, it must report, not throw.
     */
    @Property(tries = 250, seed = PropertySeeds.FIXED)
    void validatorReportsOnHalfBuiltRecords(@ForAll("bases") ObjectNode base,
            @ForAll("anyEdits") List<TreeMutator.Mutation> edits) {
        Scenario s;
        try {
            s = PLAIN.treeToValue(TreeMutator.apply(base, edits), Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Statistics.collect("not bindable");
            return; // a type clash Jackson cannot even bind: the file path covers it
        }
        Statistics.collect("bound");
        List<Problem> problems = ScenarioValidator.validate("fuzz.json", s);
        problems.forEach(MalformedScenarioTest::assertClean);
        if (s.referencePlaybook() != null) {
            PlaybookValidator.validate("fuzz.json", s.referencePlaybook(), s).forEach(MalformedScenarioTest::assertClean);
        }
        StrictJson.write(s);
    }

    /** ADR 0004: a scenario that passes validation is safe to simulate. */
    @Property(tries = 100, seed = PropertySeeds.FIXED)
    void whatPassesValidationCanBeSimulated(@ForAll("bases") ObjectNode base,
            @ForAll("gentleEdits") List<TreeMutator.Mutation> edits) throws JsonProcessingException {
        Scenario s;
        try {
            s = ScenarioLoader.parse("fuzz.json", PLAIN.writeValueAsBytes(TreeMutator.apply(base, edits)));
        } catch (InvalidInputException e) {
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("simulated");
        Statistics.coverage(check -> check.check("simulated").percentage(p -> p >= 20));
        simulate(s, 600);
    }

    /** Builds the model, issues the reference playbook early (so actions run) and steps. */
    static void simulate(Scenario s, int steps) {
        ModelSpec spec = new ModelSpec(s);
        Simulation sim = Simulation.start(spec, 1);
        if (s.referencePlaybook() != null) {
            List<Playbook.Step> plan = s.referencePlaybook().actions();
            for (int i = 0; i < plan.size(); i++) {
                Playbook.Step step = plan.get(i);
                sim.submit(Command.action(1 + i * 20, step.action(), step.target(), step.params(), "fuzz"));
            }
        }
        for (int i = 0; i < steps && !sim.finished(); i++) {
            sim.step();
        }
        sim.snapshot();
        sim.fork().step();
    }
}
