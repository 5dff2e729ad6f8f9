package firedrill.engine.tuning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.ScenarioValidator;
import firedrill.engine.scenario.StrictJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scenario as a JSON tree, so parameters can be addressed by path, and back. Every candidate goes
 * through the validator: a value the schema allows but the semantics do not (a step time after the
 * horizon, a parameter outside its action's range) makes the candidate infeasible, never a run.
 */
public final class ScenarioTree {
    /** A scenario built from a tree, or the problems that make it invalid. */
    public record Built(Scenario scenario, List<Problem> problems) {
        public boolean valid() {
            return scenario != null;
        }
    }

    private ScenarioTree() {}

    public static ObjectNode of(Scenario s) {
        return StrictJson.mapper().valueToTree(s);
    }

    /** The scenario with each parameter at its {@code u}; lists whose step times moved are put back in time order. */
    public static Built apply(ObjectNode base, List<Parameter> params, double[] u, String name) {
        ObjectNode tree = base.deepCopy();
        List<List<Object>> movedLists = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            params.get(i).apply(tree, u[i]);
            if (params.get(i).kind() == Parameter.Kind.SHIFT) {
                for (Parameter.Location l : params.get(i).locations()) {
                    List<Object> s = l.segments();
                    if (s.size() >= 2 && s.get(s.size() - 2) instanceof Integer && !movedLists.contains(s.subList(0, s.size() - 2))) {
                        movedLists.add(s.subList(0, s.size() - 2));
                    }
                }
            }
        }
        for (List<Object> list : movedLists) {
            sortByTime(tree, list, "at");
        }
        return build(tree, name);
    }

    public static Built build(ObjectNode tree, String name) {
        Scenario s;
        try {
            s = StrictJson.mapper().treeToValue(tree, Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Built(null, List.of(new Problem(name, "$", "cannot build the scenario: " + e.getMessage())));
        }
        List<Problem> problems = ScenarioValidator.validate(name, s);
        return problems.isEmpty() ? new Built(s, List.of()) : new Built(null, problems);
    }

    /** Stable sort of a list of objects by their {@code at} time (steps and timeline events must be in order). */
    private static void sortByTime(ObjectNode tree, List<Object> listPath, String field) {
        JsonNode node = tree;
        for (Object s : listPath) {
            node = s instanceof Integer i ? node.get(i) : node.get((String) s);
            if (node == null) {
                return;
            }
        }
        if (!(node instanceof ArrayNode array)) {
            return;
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        items.sort(Comparator.comparingInt(n -> {
            JsonNode at = n.get(field);
            return at != null && at.isTextual() && ScenarioTime.isTime(at.textValue())
                    ? ScenarioTime.secondsOfDay(at.textValue()) : Integer.MIN_VALUE;
        }));
        array.removeAll();
        items.forEach(array::add);
    }
}
