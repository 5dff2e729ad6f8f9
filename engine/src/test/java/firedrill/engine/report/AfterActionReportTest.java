package firedrill.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import firedrill.engine.Fixtures;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import firedrill.engine.score.Scorecard;
import firedrill.engine.score.ScoringFixtures;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The after-action report: all sections, self-contained, and safe against hostile scenario text. */
class AfterActionReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    /** The shipped scenario with a hostile title, inject, milestone label and discussion question. */
    private static ModelSpec hostileScenario() throws Exception {
        JsonNode tree;
        try (InputStream in = AfterActionReportTest.class.getResourceAsStream("/scenarios/" + Fixtures.OPENAI + ".json")) {
            tree = StrictJson.mapper().readTree(in);
        }
        ((ObjectNode) tree.get("meta")).put("title", "Outage " + SCRIPT);
        ObjectNode inject = null;
        for (JsonNode e : tree.get("timeline")) {
            if ("inject".equals(e.path("kind").asText())) {
                inject = (ObjectNode) e;
                break;
            }
        }
        inject.put("text", "support: " + SCRIPT + " users report errors");
        ((ObjectNode) tree.get("realTimeline").get(0)).put("label", "Alert " + SCRIPT);
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("discussion")).set(0, TextNode.valueOf("Why " + SCRIPT + "?"));
        byte[] bytes = StrictJson.mapper().writeValueAsBytes(tree);
        return new ModelSpec(ScenarioLoader.parse("hostile.json", bytes));
    }

    @Test
    void hostileTextIsEscapedEverywhereAndThereIsNoScriptElement() throws Exception {
        ModelSpec spec = hostileScenario();
        List<Command> commands = new ArrayList<>();
        for (Command c : Fixtures.playbook("openai-fast-response.json", spec)) {
            commands.add(Command.action(c.tick(), c.action(), c.target(), c.params(), "\"><img src=x onerror=alert(1)>"));
        }
        commands.add(Command.inject(spec.tickOf("15:30"), "facilitator", "Inject " + SCRIPT));
        commands.sort(java.util.Comparator.comparingInt(Command::tick));
        Simulation sim = Playbooks.run(spec, 1, commands, spec.horizonTick());
        RunOutcome o = RunOutcome.of(sim);
        SessionRecord session = SessionRecord.of(sim, "hard", "drill", 0, OutcomeJson.of(o, spec, Score.of(o, spec)), null,
                List.of(new SessionRecord.Note(spec.tickOf("15:40"), "scribe " + SCRIPT, "Note " + SCRIPT)), null);
        Scorecard card = Scorecard.of(spec, RunRecord.of(sim));
        String html = AfterActionReport.of(card, session).toHtml();

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<img"), "no element smuggled in through a command");
        for (String where : List.of("Outage " + ESCAPED, "support: " + ESCAPED, "Alert " + ESCAPED, "Why " + ESCAPED,
                "Inject " + ESCAPED, "Note " + ESCAPED, "scribe " + ESCAPED, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")) {
            assertTrue(html.contains(where), "escaped text present: " + where);
        }
        assertTrue(html.contains("<title>After-action report — Outage " + ESCAPED + "</title>"));
        String json = AfterActionReport.of(card, session).toJson();
        assertTrue(json.contains("Outage " + SCRIPT), "JSON keeps the text as data (it is not HTML)");
    }

    @Test
    void reportHasEverySectionAndIsSelfContainedAndPrintable() {
        Scorecard card = ScoringFixtures.card(ScoringFixtures.fastWithMistakes());
        AfterActionReport report = AfterActionReport.of(card, null);
        String html = report.toHtml();
        for (String id : List.of("summary", "timeline", "charts", "decisions", "strengths", "improvements", "discussion")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), "section " + id);
        }
        ModelSpec spec = card.spec();
        assertEquals(spec.layout().services(), count(html, "<svg "), "one chart per product");
        assertEquals(spec.scenario().discussion().size(), count(html, "class=\"answer\""), "space for every answer");
        assertTrue(html.contains("@media print") && html.contains("@page"), "print rules");
        String lower = html.toLowerCase(Locale.ROOT);
        for (String external : List.of("src=", "href=", "url(", "@import", "<link", "<iframe", "<object", "<embed", "javascript:")) {
            assertFalse(lower.contains(external), "no external request or active content: " + external);
        }
        assertTrue(html.contains("restart-apiservers on largest:3"), "decisions are listed");
        assertTrue(html.contains(Html.escape(spec.action("restart-apiservers").lesson())), "with why they hurt");
        assertEquals(report.toHtml(), html, "rendering is deterministic");
        assertEquals(report.toJson(), AfterActionReport.of(card, null).toJson(), "stable JSON");
    }

    @Test
    void improvementsLinkToTheRealIncidentsLessons() {
        AfterActionReport report = AfterActionReport.of(ScoringFixtures.card(ScoringFixtures.fastWithMistakes()), null);
        AfterActionReport.Improvement dns = report.improvements().stream()
                .filter(i -> i.text().contains("restart-coredns")).findFirst().orElseThrow();
        assertTrue(dns.objective().contains("DNS"), dns.objective());
        assertEquals(ScoringFixtures.spec().action("restart-coredns").lesson(), dns.lesson());
        AfterActionReport.Improvement comms = report.improvements().stream()
                .filter(i -> i.text().startsWith("Status updates")).findFirst().orElseThrow();
        assertTrue(comms.objective().contains("stakeholders informed"), comms.objective());
        assertTrue(report.strengths().stream().anyMatch(s -> s.startsWith("API fully recovered")), report.strengths().toString());
        assertTrue(report.timeline().stream().anyMatch(r -> r.side().equals("real") && r.text().startsWith("Alert fires")));
    }

    @Test
    void eachStatusUpdateAppearsWithItsTextEscapedAndItsRubricScore() {
        ModelSpec spec = ScoringFixtures.spec();
        String first = "Identified: ChatGPT & the API <b>fail</b> for most users. Next update at 15:55.";
        String second = "Identified: ChatGPT, the API and Sora are recovering.";
        List<Command> commands = new ArrayList<>(ScoringFixtures.fast());
        commands.add(Command.action(spec.tickOf("15:25"), "status-update", null, null, "test", first));
        commands.add(Command.action(spec.tickOf("15:50"), "status-update", null, null, "test", second));
        Scorecard card = ScoringFixtures.card(commands);
        AfterActionReport report = AfterActionReport.of(card, null);
        assertEquals(2, card.statusUpdates().size());

        String html = report.toHtml();
        assertTrue(html.contains("<section id=\"status-updates\">"));
        assertTrue(html.contains("Identified: ChatGPT &amp; the API &lt;b&gt;fail&lt;/b&gt; for most users. Next update at 15:55."),
                "the text, escaped");
        assertFalse(html.contains("<b>fail</b>"), "never as markup");
        for (var u : card.statusUpdates()) {
            assertTrue(html.contains("<td>" + u.points() + "/" + firedrill.engine.score.StatusRubric.MAX_POINTS + "</td>"),
                    "score of " + u.text());
            for (var c : u.criteria()) {
                assertTrue(html.contains(Html.escape(c.name() + ": " + c.why())), "why: " + c.why());
            }
        }

        JsonNode json = read(report.toJson());
        JsonNode scored = json.get("score").get("statusUpdates").get("scored");
        assertEquals(2, scored.size());
        assertEquals(first, scored.get(0).get("text").asText(), "JSON keeps the words as data");
        assertEquals(card.statusUpdates().get(0).points(), scored.get(0).get("points").asInt());
        assertEquals(4, scored.get(0).get("criteria").size());
        assertEquals(second, scored.get(1).get("text").asText());
        assertTrue(report.timeline().stream().anyMatch(r -> r.text().contains("“" + first + "”")), "the timeline quotes it");
    }

    private static JsonNode read(String json) {
        try {
            return StrictJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
