package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.action.ActionKind;
import firedrill.engine.alert.Metric;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The valid side of the format: canonical writing, engine mirrors, null-safety, times, boundaries. */
class ScenarioFormatTest {

    @Test
    void theValidFixtureIsCanonicalAndRoundTripsByteForByte() throws InvalidInputException {
        byte[] bytes = Fixtures.validBytes();
        Scenario s = ScenarioLoader.parse(Fixtures.VALID, bytes);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), StrictJson.write(s));
        assertArrayEquals(bytes, StrictJson.writeBytes(s));
        assertEquals(s, ScenarioLoader.parse("again.json", StrictJson.writeBytes(s)), "write then read is the identity");
    }

    @Test
    void canonicalWritingLeavesOutAbsentFieldsAndHelperGetters() throws InvalidInputException {
        String json = StrictJson.write(ScenarioLoader.parse(Fixtures.VALID, Fixtures.validBytes()));
        assertFalse(json.contains("null"), "absent optional fields are left out");
        assertFalse(json.contains("\"noise\": false"), "isNoise() is not a property");
        assertFalse(json.contains("\"params\": {}"), "empty maps are left out");
        assertTrue(json.contains("\"assumptions\": ["), "lists are always written");
    }

    @Test
    void numbersAreWrittenInShortPlainDecimal() {
        assertEquals("600", CanonicalJson.number(600.0));
        assertEquals("0.0004", CanonicalJson.number(0.0004));
        assertEquals("1", CanonicalJson.number(1.0));
        assertEquals("0.1", CanonicalJson.number(0.1));
        assertEquals("-2.5", CanonicalJson.number(-2.5));
        assertEquals("0", CanonicalJson.number(-0.0));
        assertEquals("1.0E-30", CanonicalJson.number(1e-30));
        assertEquals(1e-30, Double.parseDouble(CanonicalJson.number(1e-30)));
    }

    @Test
    void shippedScenariosLoad() throws InvalidInputException {
        assertFalse(ScenarioLoader.shippedIds().isEmpty());
        for (String id : ScenarioLoader.shippedIds()) {
            Scenario s = ScenarioLoader.loadShipped(id);
            assertEquals(id, s.id());
            assertEquals(List.of(), ScenarioValidator.validate(id, s));
        }
    }

    @Test
    void validatorMirrorsTheEngine() {
        assertEquals(Arrays.stream(ActionKind.values()).map(ActionKind::id).toList(), ScenarioValidator.ACTION_KIND_LIST,
                "ScenarioValidator.ACTION_KIND_LIST must list action.ActionKind in order");
        assertEquals(Arrays.stream(ActionKind.values()).filter(ActionKind::clusterScoped).map(ActionKind::id)
                .collect(Collectors.toSet()), ScenarioValidator.CLUSTER_SCOPED_KINDS);
        assertEquals(Arrays.stream(Metric.values()).map(Metric::id).toList(), ScenarioValidator.METRIC_LIST,
                "ScenarioValidator.METRIC_LIST must list alert.Metric in order");
        for (String kind : ScenarioValidator.KIND_PARAMS.keySet()) {
            assertTrue(ScenarioValidator.ACTION_KINDS.contains(kind), kind);
        }
    }

    /** The editor hands the validator half-built records: every hole is a problem, never an exception. */
    @Test
    void recordsFullOfNullsGiveProblemsNotExceptions() {
        Scenario empty = new Scenario(null, null, null, null, null, null, null, null, null, null, null, null);
        List<Problem> problems = ScenarioValidator.validate("empty.json", empty);
        assertEquals(List.of("$.format", "$.meta", "$.fleet", "$.mechanisms", "$.team"),
                problems.stream().map(Problem::path).toList());
        problems.forEach(MalformedScenarioTest::assertClean);

        Meta meta = new Meta(null, null, null, null, null, null, null, null, null, null, null,
                Arrays.asList((String) null), Arrays.asList((Meta.Source) null));
        Map<String, Double> nullShare = new HashMap<>();
        nullShare.put("web", null);
        Map<String, ActionSpec.Param> nullParam = new HashMap<>();
        nullParam.put("rate", null);
        Fleet fleet = new Fleet(Arrays.asList((String) null), Arrays.asList((Fleet.Service) null),
                Arrays.asList(null, new Fleet.ClusterSpec(null, null, null, null, null, nullShare, null)),
                new Fleet.Generator(null, null, null, null, null, null, null, null));
        Mechanisms mechanisms = new Mechanisms(new Mechanisms.ControlPlane(null, null, null, null, null, null, null, null,
                null, null, null, null), new Mechanisms.Telemetry(null, null, null), new Mechanisms.Dns(null, null, null, null, null),
                new Mechanisms.DataPlane(null, null), new Mechanisms.Observation(null, null, null, null));
        Map<String, Double> nullStepParam = new HashMap<>();
        nullStepParam.put("x", null);
        Scenario holes = new Scenario(Scenario.FORMAT, meta, fleet, mechanisms,
                Arrays.asList(null, new TimelineEvent(null, null, null, null, null, null, null),
                        new TimelineEvent("14:00", "rollout", null, null, null, null, null)),
                Arrays.asList(null, new AlertRule(null, null, null, null, null, null, null, null, null, true, null),
                        new AlertRule(null, null, null, null, "service", null, null, null, null, null, null)),
                Arrays.asList(null, new ActionSpec(null, null, null, null, null, null, null, null, null, nullParam, null),
                        new ActionSpec("a", "unblock-admin-api", "t", "d", true, "PT1M", null, null, null,
                                Map.of("rate", new ActionSpec.Param(null, null, null, null, null)), null)),
                new Team(null, null, null),
                Arrays.asList(null, new Milestone(null, null, null, null, null, null)),
                new Playbook(null, null, null, Arrays.asList(null, new Playbook.Step(null, null, null, nullStepParam, null),
                        new Playbook.Step("14:00", "a", null, null, null))),
                Arrays.asList((String) null), Arrays.asList(null, new Assumption(null, null)));
        List<Problem> many = assertDoesNotThrow(() -> ScenarioValidator.validate("holes.json", holes));
        assertTrue(many.size() > 40, () -> many.size() + " problems: " + many);
        many.forEach(MalformedScenarioTest::assertClean);
        many.forEach(p -> assertTrue(p.message().contains("expected"), p::toString));
        assertDoesNotThrow(() -> PlaybookValidator.validate("pb.json", holes.referencePlaybook(), holes));
        assertDoesNotThrow(() -> PlaybookValidator.validate("pb.json", null, holes));
        assertDoesNotThrow(() -> PlaybookValidator.validate("pb.json", holes.referencePlaybook(), empty));
        assertDoesNotThrow(() -> PlaybookValidator.validate("pb.json", holes.referencePlaybook(), null));
        assertDoesNotThrow(() -> ScenarioValidator.validate("null.json", null));
        assertDoesNotThrow(() -> StrictJson.write(holes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT4M", "PT1H30M", "P1D", "PT90S", "P30D", "P1DT2H"})
    void durationsAccepted(String d) {
        assertTrue(ScenarioTime.isDuration(d), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "pt4m", "PT-5M", "-PT5M", "PT0.5S", "P31D", "4M", "PT4m", "P1W", "PT99999999999M",
        "P1DT", "5 minutes"})
    void durationsRefused(String d) {
        assertFalse(ScenarioTime.isDuration(d), d);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioTime.seconds(d));
        assertTrue(e.getMessage().startsWith("expected"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:00", "14:05", "23:59", "08:58+1", "14:05:30", "23:59:59+30"})
    void timesAccepted(String t) {
        assertTrue(ScenarioTime.isTime(t), t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25:00", "3pm", "24:00", "9:00", "14:60", "14:05+", "14:05+100", " 14:05", "14h05"})
    void timesRefused(String t) {
        assertFalse(ScenarioTime.isTime(t), t);
    }

    @Test
    void selectorsAreCheckedAgainstTheFleet() throws InvalidInputException {
        FleetIndex fleet = FleetIndex.of(ScenarioLoader.parse(Fixtures.VALID, Fixtures.validBytes()).fleet());
        for (String ok : List.of("all", "cluster:big-east", "cluster:big-east, mid-west", "cluster:gen-east-001",
                "region:west", "largest:6", "service:api")) {
            assertEquals(null, fleet.targetProblem(ok), ok);
        }
        for (String bad : List.of("", "fleet", "clusters:big-east", "cluster:", "cluster:big-east,", "cluster:nope",
                "region:north", "largest:0", "largest:7", "largest:x", "service:mail", "everything")) {
            String problem = fleet.targetProblem(bad);
            assertTrue(problem != null && problem.startsWith("expected"), bad + " -> " + problem);
        }
    }

    /**
     * Scripted upgrades are resolved when the model is built, where an unknown cluster cannot be
     * refused: they may only name generated clusters that exist for every seed (found while fuzzing
     * the newer mechanisms: such a target made the model throw).
     */
    @Test
    void scriptedEventsNameOnlyClustersThatCertainlyExist() throws Exception {
        ObjectNode tree = Fixtures.validTree();
        ((ObjectNode) tree.get("fleet").get("generator")).put("clusters", 5); // 2 regions: 2 or 3 each
        ((ObjectNode) tree.get("mechanisms")).putObject("network").put("componentSelector", "role=route-reflector")
                .put("holdSeconds", 90).put("reconvergeSeconds", 300);
        ObjectNode upgrade = ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("timeline")).addObject();
        upgrade.put("at", "14:10").put("kind", "upgrade").put("target", "cluster:gen-east-003")
                .put("removesLabel", "role=route-reflector").put("window", "PT1M");
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> ScenarioLoader.parse("upgrade.json", StrictJson.mapper().writeValueAsBytes(tree)));
        assertEquals(List.of("$.timeline[2].target"), e.problems().stream().map(Problem::path).toList());
        assertTrue(e.problems().get(0).message().startsWith("expected a cluster that exists for any generator seed"));

        upgrade.put("target", "cluster:gen-east-002,big-east");
        Scenario ok = ScenarioLoader.parse("upgrade.json", StrictJson.mapper().writeValueAsBytes(tree));
        ScenarioFuzzTest.simulate(ok, 900);

        FleetIndex fleet = FleetIndex.of(ok.fleet());
        assertEquals(null, fleet.targetProblem("cluster:gen-east-003"), "a step may name it: refused when issued if absent");
        assertTrue(fleet.scriptedTargetProblem("cluster:gen-west-003").startsWith("expected"));
        assertEquals(null, fleet.scriptedTargetProblem("largest:7"));
    }

    /**
     * Every number of the valid scenario set to its schema minimum and maximum: what loads must also
     * simulate. A deterministic companion to the fuzz property.
     */
    @Test
    void numbersAtTheirBoundsStillSimulate() throws Exception {
        Map<String, double[]> bounds = SchemaTest.numericBounds();
        ObjectNode valid = Fixtures.validTree();
        List<String> loaded = new ArrayList<>();
        Set<String> refused = new TreeSet<>();
        List<JsonNode[]> leaves = new ArrayList<>();
        numericLeaves(valid, null, leaves);
        for (int i = 0; i < leaves.size(); i++) {
            String field = leaves.get(i)[0].textValue();
            double[] range = bounds.get(field);
            if (range == null) {
                continue;
            }
            for (double v : range) {
                ObjectNode copy = valid.deepCopy();
                List<JsonNode[]> copyLeaves = new ArrayList<>();
                numericLeaves(copy, null, copyLeaves);
                JsonNode[] leaf = copyLeaves.get(i);
                if (v == Math.rint(v) && Math.abs(v) < 1e9) {
                    ((ObjectNode) leaf[1]).put(field, (int) v);
                } else {
                    ((ObjectNode) leaf[1]).put(field, v);
                }
                try {
                    Scenario s = ScenarioLoader.parse(field + "=" + v, StrictJson.mapper().writeValueAsBytes(copy));
                    ScenarioFuzzTest.simulate(s, 300);
                    loaded.add(field + "=" + v);
                } catch (InvalidInputException e) {
                    refused.add(field + "=" + v + ": " + e.problems().get(0).message());
                }
            }
        }
        assertTrue(loaded.size() > refused.size(), () -> "loaded " + loaded + "\nrefused " + refused);
    }

    /** [field name, parent object] for every numeric value inside an object, depth-first. */
    private static void numericLeaves(JsonNode node, String name, List<JsonNode[]> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isNumber()) {
                    out.add(new JsonNode[] {com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), node});
                } else {
                    numericLeaves(e.getValue(), e.getKey(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> numericLeaves(n, name, out));
        }
    }
}
