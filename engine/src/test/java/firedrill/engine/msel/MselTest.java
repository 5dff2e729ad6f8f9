package firedrill.engine.msel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.csv.Csv;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.scenario.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MselTest {
    static List<String> shipped() {
        return ScenarioLoader.shippedIds();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void exportImportExportIsByteIdentical(String id) throws Exception {
        Scenario s = ScenarioLoader.loadShipped(id);
        String first = Msel.export(s);
        Msel.Imported in = Msel.importInto(s, "msel.csv", first);
        String second = Msel.export(in.scenario());
        assertEquals(first, second);
        assertTrue(in.warnings().isEmpty(), in.warnings().toString());
        // Nothing but the injects' order could change, and it does not: the scenario is the same.
        assertEquals(StrictJson.write(s), StrictJson.write(in.scenario()));
        assertEquals(s.timeline().stream().filter(e -> TimelineEvent.INJECT.equals(e.kind())).count(), in.injects());
    }

    @Test
    void injectTextWithCommasQuotesAndLineBreaksSurvivesTheSheet() throws Exception {
        Scenario s = ScenarioLoader.loadShipped("openai-2024-12-11");
        List<List<String>> rows = new ArrayList<>(Csv.parse(Msel.export(s)).stream().map(Csv.Row::fields).toList());
        String tricky = "VP, Engineering: \"is it DNS?\"\nReply, please.";
        List<String> row = new ArrayList<>(rows.get(2));
        row.set(6, tricky);
        rows.set(2, row);
        String sheet = Csv.write(rows);
        assertTrue(sheet.contains("\"VP, Engineering: \"\"is it DNS?\"\"\nReply, please.\""), "quoted per RFC 4180");
        Msel.Imported in = Msel.importInto(s, "msel.csv", sheet);
        assertTrue(in.scenario().timeline().stream().anyMatch(e -> tricky.equals(e.text())));
        String again = Msel.export(in.scenario());
        assertEquals(sheet, again);
        assertEquals(Msel.importInto(in.scenario(), "again.csv", again).scenario(), in.scenario());
    }

    @Test
    void aBadRowIsRefusedWithItsRowNumberAndColumn() throws Exception {
        Scenario s = ScenarioLoader.loadShipped("reddit-2023-03-14");
        List<List<String>> rows = new ArrayList<>(Csv.parse(Msel.export(s)).stream().map(Csv.Row::fields).toList());
        List<String> bad = new ArrayList<>(rows.get(2));
        bad.set(1, "25:99");
        rows.set(2, bad);
        List<String> empty = new ArrayList<>(rows.get(4));
        empty.set(6, " ");
        rows.set(4, empty);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Msel.importInto(s, "msel.csv", Csv.write(rows)));
        List<String> where = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("row 3, Scenario time", "row 5, Inject"), where);
        assertTrue(e.problems().get(0).message().contains("25:99"));
    }

    @Test
    void aMissingColumnAndBrokenQuotingAreNamed() {
        Scenario s = scenario();
        InvalidInputException header = assertThrows(InvalidInputException.class,
                () -> Msel.importInto(s, "m.csv", "Number,Scenario time\r\n1,05:00\r\n"));
        assertTrue(header.problems().get(0).toString().contains("Real time"), header.problems().toString());
        InvalidInputException quote = assertThrows(InvalidInputException.class,
                () -> Msel.importInto(s, "m.csv", String.join(",", Msel.COLUMNS) + "\r\n1,\"05:00\r\n"));
        assertEquals("line 2", quote.problems().get(0).path());
    }

    @Test
    void whatAScenarioCannotKeepIsSaidNotDropped() throws Exception {
        Scenario s = scenario();
        List<List<String>> rows = new ArrayList<>(Csv.parse(Msel.export(s)).stream().map(Csv.Row::fields).toList());
        rows.add(List.of("", "19:50", "", "exec", "IC", "phone", "The CFO calls", "Give an ETA", "Communicate", ""));
        Msel.Imported in = Msel.importInto(s, "m.csv", Csv.write(rows));
        assertEquals(2, in.warnings().size(), in.warnings().toString());
        assertTrue(in.warnings().get(0).contains("row " + rows.size() + ", Expected action"));
        TimelineEvent added = in.scenario().timeline().stream().filter(e -> "The CFO calls".equals(e.text())).findFirst().orElseThrow();
        assertEquals("exec", added.channel());
        assertEquals(null, added.when());
    }

    @Test
    void aConditionalInjectKeepsItsConditionThroughItsNumber() throws Exception {
        Scenario s = scenario();
        String sheet = Msel.export(s);
        assertTrue(sheet.contains("feed-empty,19:04,T+"), sheet);
        Msel.Imported in = Msel.importInto(s, "m.csv", sheet.replace("feed-empty,19:04,", "feed-empty,19:06,"));
        TimelineEvent e = in.scenario().timeline().stream().filter(x -> "feed-empty".equals(x.id())).findFirst().orElseThrow();
        assertEquals("19:06", e.at());
        assertTrue(e.when() != null && e.until() != null);
    }

    private static Scenario scenario() {
        try {
            return ScenarioLoader.loadShipped("reddit-2023-03-14");
        } catch (InvalidInputException e) {
            throw new AssertionError(e);
        }
    }
}
