package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.action.ActionKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The messages of issue 17: unknown ids list the valid ones and offer the nearest; a parameter given
 * to an action without parameters says so; one problem per root cause; and warnings, with their JSON
 * path, for actions whose mechanism is missing and for needsApi where it means nothing.
 */
class HelpfulMessagesTest {

    private static List<Problem> problems(Consumer<ObjectNode> change) {
        ObjectNode root = Fixtures.validTree();
        change.accept(root);
        try {
            ScenarioLoader.parse("s.json", StrictJson.mapper().writeValueAsBytes(root));
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Problem only(Consumer<ObjectNode> change) {
        List<Problem> ps = problems(change);
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    private static ObjectNode step(ObjectNode root, int i) {
        return (ObjectNode) root.get("referencePlaybook").get("actions").get(i);
    }

    @Test
    void aMeasureOnAnUnknownServiceNamesTheServices() {
        Problem p = only(r -> ((ObjectNode) r.get("realTimeline").get(1)).put("measure", "fullRecovery:search"));
        assertEquals("$.realTimeline[1].measure", p.path());
        assertEquals("expected fullRecovery:SERVICE with SERVICE one of fleet.services[].id [web, api], "
                + "got unknown service \"search\"", p.message());
        Problem near = only(r -> ((ObjectNode) r.get("realTimeline").get(1)).put("measure", "fullRecovery:wbe"));
        assertTrue(near.message().endsWith("(did you mean \"web\"?)"), near.message());
        Problem name = only(r -> ((ObjectNode) r.get("realTimeline").get(1)).put("measure", "fulRecovery:web"));
        assertTrue(name.message().endsWith("(did you mean \"fullRecovery:web\"?)"), name.message());
    }

    @Test
    void aParameterForAnActionWithoutParametersSaysSo() {
        Problem p = only(r -> step(r, 0).putObject("params").put("rate", 0.5));
        assertEquals("$.referencePlaybook.actions[0].params.rate", p.path());
        assertEquals("expected no params: action \"escalate\" takes no parameters, got \"rate\"", p.message());
        Problem typo = only(r -> {
            step(r, 1).remove("params");
            step(r, 1).putObject("params").put("replica", 4);
        });
        assertEquals("expected a parameter of action \"scale-up\" (replicas), got unknown parameter \"replica\" "
                + "(did you mean \"replicas\"?)", typo.message());
    }

    @Test
    void anActionMissingItsParametersIsOneProblemNotOnePerStep() {
        List<Problem> ps = problems(r -> {
            ((ObjectNode) r.get("actions").get(2)).remove("params");
            ArrayNode steps = (ArrayNode) r.get("referencePlaybook").get("actions");
            steps.insert(2, steps.get(1).deepCopy());
        });
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("$.actions[2].params", ps.get(0).path());
    }

    @Test
    void aRegionWrittenAsAClusterPointsToTheRegion() {
        Problem p = only(r -> step(r, 1).put("target", "cluster:east"));
        assertEquals("$.referencePlaybook.actions[1].target", p.path());
        assertTrue(p.message().contains("got unknown cluster \"east\""), p.message());
        assertTrue(p.message().contains("[big-east, mid-west, gen-east-001, gen-east-002, gen-west-001, gen-west-002]"),
                p.message());
        assertTrue(p.message().endsWith("\"east\" is a region: use \"region:east\""), p.message());
        Problem cluster = only(r -> step(r, 1).put("target", "region:big-east"));
        assertTrue(cluster.message().endsWith("; \"cluster:big-east\" is a cluster"), cluster.message());
        Problem bare = only(r -> step(r, 1).put("target", "east"));
        assertTrue(bare.message().endsWith("(\"region:east\" is a region)"), bare.message());
        Problem kind = only(r -> step(r, 1).put("target", "clustr:big-east"));
        assertTrue(kind.message().endsWith("(did you mean \"cluster:big-east\"?)"), kind.message());
        Problem near = only(r -> step(r, 1).put("target", "cluster:big-eats"));
        assertTrue(near.message().endsWith("(did you mean \"big-east\"?)"), near.message());
    }

    @Test
    void typosOfKindsAndIdsGetTheNearestAndTheList() {
        Problem kind = only(r -> ((ObjectNode) r.get("actions").get(2)).put("kind", "scale-up-apiserver"));
        assertTrue(kind.message().endsWith("got unknown kind \"scale-up-apiserver\" (did you mean \"scale-up-apiservers\"?)"),
                kind.message());
        Problem region = only(r -> ((ObjectNode) r.get("fleet").get("clusters").get(1)).put("region", "wset"));
        assertEquals("expected one of fleet.regions [east, west], got unknown region \"wset\" (did you mean \"west\"?)",
                region.message());
        Problem action = only(r -> step(r, 0).put("action", "escalte"));
        assertEquals("expected one of the scenario's actions[].id [pause-rollout, delete-agent, scale-up, escalate], "
                + "got unknown action \"escalte\" (did you mean \"escalate\"?)", action.message());
        Problem service = only(r -> {
            ObjectNode traffic = (ObjectNode) r.get("fleet").get("clusters").get(0).get("traffic");
            traffic.remove("api");
            traffic.put("apj", 0.5);
        });
        assertTrue(service.message().startsWith("expected one of fleet.services[].id [web, api], got unknown service \"apj\""),
                service.message());
        assertTrue(service.message().endsWith("(did you mean \"api\"?)"), service.message());
        Problem event = only(r -> ((ObjectNode) r.get("timeline").get(0)).put("kind", "injcet"));
        assertTrue(event.message().endsWith("(did you mean \"inject\"?)"), event.message());
    }

    @Test
    void longListsAreCut() {
        Set<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "c" + i)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        assertTrue(Checker.choices(many).endsWith("c11, … (40 in all)]"), Checker.choices(many));
    }

    @Test
    void warningsForMissingMechanismsAndMeaninglessFlags() throws Exception {
        ObjectNode root = Fixtures.validTree();
        ((ObjectNode) root.get("actions").get(3)).put("needsApi", true);
        ObjectNode scaleOut = ((ArrayNode) root.get("actions")).addObject();
        scaleOut.put("id", "scale-out").put("kind", "scale-out-compute").put("title", "Scale out")
                .put("description", "More compute.").put("needsApi", false).put("duration", "PT5M");
        scaleOut.putObject("params").putObject("capacity").put("default", 0.5).put("min", 0)
                .put("max", 1).put("unit", "share");
        ObjectNode webhook = ((ArrayNode) root.get("actions")).addObject();
        webhook.put("id", "drop-webhook").put("kind", "delete-webhook").put("title", "Drop webhook")
                .put("description", "Delete it.").put("needsApi", true).put("duration", "PT2M");
        Scenario s = ScenarioLoader.parse("w.json", StrictJson.mapper().writeValueAsBytes(root));
        List<Problem> warnings = ScenarioWarnings.check("w.json", s);
        assertEquals(List.of("$.actions[3].needsApi", "$.actions[4].kind", "$.actions[5].kind"),
                warnings.stream().map(Problem::path).sorted().toList(), warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> w.message().startsWith("warning: ")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("mechanisms.backlog is missing")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("admissionWebhooks is not true")), warnings.toString());
    }

    @Test
    void theShippedScenariosHaveNoWarnings() throws Exception {
        for (String id : ScenarioLoader.shippedIds()) {
            assertEquals(List.of(), ScenarioWarnings.check(id, ScenarioLoader.loadShipped(id)), id);
        }
        assertEquals(List.of(), ScenarioWarnings.check("valid", ScenarioLoader.parse("v", Fixtures.validBytes())));
    }

    @Test
    void fleetKindsMirrorTheEngine() {
        assertEquals(Arrays.stream(ActionKind.values()).filter(k -> !k.clusterScoped()).map(ActionKind::id)
                .collect(Collectors.toSet()), ScenarioWarnings.FLEET_KINDS);
    }
}
