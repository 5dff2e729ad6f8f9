package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.AlertRule;
import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths, the lens over immutable records, and command objects: apply then revert is the identity. */
class EditCommandTest {
    private final Scenario template = ScenarioFiles.template();

    @Test
    void pathsParseAndFormatLikeTheValidator() {
        String p = "$.fleet.clusters[2].traffic['my svc'].x";
        List<JsonPath.Segment> s = JsonPath.parse(p);
        assertEquals(6, s.size());
        assertEquals(2, s.get(2).index());
        assertEquals("my svc", s.get(4).name());
        assertEquals(p, JsonPath.format(s));
        assertEquals("$.a['1x']", JsonPath.child("$.a", "1x"));
        assertEquals("$.meta.sources[0].id", JsonPath.join("$.meta", "sources[0].id"));
        assertEquals("$.timeline[0]", JsonPath.join("$.timeline", "[0]"));
        assertTrue(JsonPath.isPrefix("$.fleet.clusters", "$.fleet.clusters[0].nodes"));
        assertFalse(JsonPath.isPrefix("$.fleet.cluster", "$.fleet.clusters[0]"));
        assertEquals("$.fleet.clusters[0]", JsonPath.parent("$.fleet.clusters[0].nodes"));
        assertEquals("fleet", JsonPath.section("$.fleet.clusters[0].nodes"));
    }

    @Test
    void lensReadsAndRewritesOnlyThePath() {
        assertEquals(5000, ScenarioLens.get(template, "$.fleet.clusters[0].nodes"));
        assertEquals("PT3M", ScenarioLens.get(template, "$.alerts[0].for"));
        assertEquals(0.1, ScenarioLens.get(template, "$.actions[3].params.rate.default"));
        assertNull(ScenarioLens.get(template, "$.fleet.clusters[99].nodes"));
        Scenario edited = ScenarioLens.with(template, "$.fleet.clusters[0].nodes", 900);
        assertEquals(900, edited.fleet().clusters().get(0).nodes());
        assertEquals(5000, template.fleet().clusters().get(0).nodes(), "the original is untouched");
        assertSame(template.alerts().get(0), edited.alerts().get(0), "untouched records are shared");
        assertSame(template.fleet().clusters().get(1), edited.fleet().clusters().get(1));
        assertEquals(Integer.class, ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, "$.fleet.clusters[0].nodes")));
        assertEquals(Double.class, ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, "$.fleet.clusters[0].traffic.web")));
        assertEquals(String.class, ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, "$.alerts[0].for")));
        assertThrows(IllegalArgumentException.class, () -> ScenarioLens.typeAt(Scenario.class, "$.fleet.nodez"));
    }

    @Test
    void setAndRevertRestoreEveryKindOfValue() {
        String[][] edits = {
                {"$.meta.title", "Another title"},
                {"$.meta.summary", null},
                {"$.fleet.clusters[0].nodes", "-5"},
                {"$.fleet.clusters[0].traffic.web", null},
                {"$.fleet.clusters[0].traffic.api", "0.3"},
                {"$.fleet.generator.paretoAlpha", "2.5"},
                {"$.mechanisms.dns.graceSeconds", "600"},
                {"$.mechanisms.network.holdSeconds", "90"},
                {"$.alerts[0].for", "PT5M"},
                {"$.actions[3].params.rate.max", "0.5"},
                {"$.actions[3].params.burst.default", "1"},
                {"$.referencePlaybook.actions[7].params.rate", "0.2"},
                {"$.team.escalationDelay", null},
        };
        for (String[] e : edits) {
            Class<?> type = ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, e[0]));
            Object value = e[1] == null ? null : Codec.of(type).parse(e[1]).value();
            EditCommand c = Edits.set(template, e[0], value);
            Scenario after = c.apply(template);
            assertEquals(value, ScenarioLens.get(after, e[0]), e[0]);
            assertNotEquals(template, after, e[0]);
            assertEquals(template, c.revert(after), "revert restores " + e[0]);
            assertEquals(ScenarioFiles.bytes(template).length, ScenarioFiles.bytes(c.revert(after)).length);
            assertEquals(e[0], c.path());
        }
        assertNull(Edits.set(template, "$.meta.title", template.meta().title()), "no change, no command");
    }

    @Test
    void removingAndRestoringAMapEntryKeepsItsOrder() {
        EditCommand c = Edits.set(template, "$.fleet.clusters[0].traffic.web", null);
        Scenario after = c.apply(template);
        assertEquals(List.of("api"), List.copyOf(after.fleet().clusters().get(0).traffic().keySet()));
        Scenario back = c.revert(after);
        assertEquals(List.of("web", "api"), List.copyOf(back.fleet().clusters().get(0).traffic().keySet()));
        assertEquals(new String(ScenarioFiles.bytes(template)), new String(ScenarioFiles.bytes(back)));
    }

    @Test
    void settingUnderAnAbsentSectionCreatesItAndRevertRemovesIt() {
        EditCommand c = Edits.set(template, "$.mechanisms.network.holdSeconds", 90.0);
        assertEquals("$.mechanisms.network", ((Edits.SetValue) c).target());
        assertEquals("$.mechanisms.network.holdSeconds", c.path());
        Scenario after = c.apply(template);
        Mechanisms.Network n = after.mechanisms().network();
        assertEquals(90.0, n.holdSeconds());
        assertNull(c.revert(after).mechanisms().network());
    }

    @Test
    void listCommandsInsertRemoveAndMove() {
        AlertRule rule = new AlertRule("new-rule", "info", "Something", "apiSaturation", "fleet", null, ">", 0.9, null, null, null);
        EditCommand ins = new Edits.Insert("$.alerts", 1, rule, "Add alert");
        Scenario a = ins.apply(template);
        assertEquals(rule, a.alerts().get(1));
        assertEquals(template.alerts().size() + 1, a.alerts().size());
        assertEquals(template, ins.revert(a));
        assertEquals("$.alerts[1]", ins.path());

        EditCommand rm = new Edits.Remove("$.fleet.clusters", 0, template.fleet().clusters().get(0), "Remove cluster");
        Scenario b = rm.apply(template);
        assertEquals(2, b.fleet().clusters().size());
        assertEquals(template, rm.revert(b));

        EditCommand mv = new Edits.Move("$.timeline", 0, 2, "Move");
        Scenario c = mv.apply(template);
        assertEquals(template.timeline().get(0), c.timeline().get(2));
        assertEquals(template, mv.revert(c));

        EditCommand both = new Edits.Composite("Two", List.of(ins, mv), "$.alerts[1]");
        assertEquals(template, both.revert(both.apply(template)));
    }

    @Test
    void codecsParseByTypeAndRefuseWhatIsNotAValue() {
        assertEquals(-5, Codec.WHOLE.parse(" -5 ").value());
        assertFalse(Codec.WHOLE.parse("2.5").ok());
        assertFalse(Codec.NUMBER.parse("NaN").ok());
        assertFalse(Codec.NUMBER.parse("1d").ok());
        assertEquals(0.0004, Codec.NUMBER.parse("4e-4").value());
        assertNull(Codec.TEXT.parse("  ").value());
        assertEquals("0.0004", Codec.NUMBER.format(0.0004));
        assertEquals("600", Codec.NUMBER.format(600.0));
        assertEquals(20240604L, Codec.LONG.parse("20240604").value());
    }

    @Test
    void undoStackIsBoundedAndTracksStates() {
        UndoStack stack = new UndoStack(3);
        long empty = stack.stateId();
        EditCommand[] cs = new EditCommand[5];
        for (int i = 0; i < 5; i++) {
            cs[i] = Edits.set(template, "$.team.responders", i + 10);
            stack.push(cs[i]);
        }
        assertEquals(3, stack.size(), "the oldest commands are forgotten");
        long top = stack.stateId();
        assertSame(cs[4], stack.undo());
        assertTrue(stack.canRedo());
        assertSame(cs[4], stack.redo());
        assertEquals(top, stack.stateId());
        stack.undo();
        stack.undo();
        stack.undo();
        assertFalse(stack.canUndo());
        assertNull(stack.undo());
        assertNotEquals(empty, stack.stateId(), "the base is the last forgotten state, not the empty one");
        stack.push(cs[0]);
        assertFalse(stack.canRedo(), "a new command clears redo");
    }

    @Test
    void documentTracksDirtyAgainstTheSavedState() {
        ScenarioDocument doc = new ScenarioDocument(template, ScenarioDocument.Origin.FILE, java.nio.file.Path.of("x.json"));
        assertFalse(doc.isDirty());
        doc.set("$.team.responders", 5);
        assertTrue(doc.isDirty());
        assertTrue(doc.undoTextProperty().get().contains("team.responders"));
        doc.undo();
        assertFalse(doc.isDirty(), "back at the opened state");
        doc.redo();
        assertTrue(doc.isDirty());
        Map<String, Double> traffic = doc.scenario().fleet().clusters().get(0).traffic();
        assertEquals(2, traffic.size());
        ScenarioDocument fresh = new ScenarioDocument(template, ScenarioDocument.Origin.NEW, null);
        assertFalse(fresh.isDirty(), "nothing to lose before the first edit");
        fresh.set("$.team.responders", 5);
        assertTrue(fresh.isDirty());
        fresh.undo();
        assertFalse(fresh.isDirty());
        assertEquals("new-scenario (new)", fresh.nameProperty().get());
    }

    @Test
    void shippedScenarioLoads() throws Exception {
        Scenario s = ScenarioLoader.loadShipped("openai-2024-12-11");
        Fleet.ClusterSpec c = s.fleet().clusters().get(0);
        assertEquals(c.nodes(), ScenarioLens.get(s, "$.fleet.clusters[0].nodes"));
    }
}
