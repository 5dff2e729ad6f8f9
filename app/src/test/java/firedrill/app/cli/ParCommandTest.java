package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import firedrill.engine.scenario.StrictJson;
import org.junit.jupiter.api.Test;

/** {@code par}: the JSON shape, and a timing proxy for the 200-run budget (docs/architecture.md). */
class ParCommandTest {
    @Test
    void printsTheDistributionAsJson() throws Exception {
        CliTest.Result r = CliTest.run("par", "--scenario", "openai-2024-12-11", "--runs", "40", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = StrictJson.mapper().readTree(r.out());
        assertEquals(40, j.get("runs").asInt());
        long elapsedMs = j.get("elapsedMs").asLong();
        for (String p : new String[] {"p10", "p50", "p90"}) {
            assertTrue(j.get("impactMinutes").get(p).isNumber(), p);
            assertTrue(j.get("services").get("api").get("fullRecovery").get(p).isTextual(), p);
        }
        double p10 = j.get("impactMinutes").get("p10").asDouble();
        double p90 = j.get("impactMinutes").get("p90").asDouble();
        assertTrue(p10 <= p90 && p10 > 300 && p90 < 420, "reference impact spread " + p10 + "–" + p90);
        assertEquals(40, j.get("services").get("api").get("recovered").asInt());
        assertTrue(j.get("milestones").size() >= 12);
        // 200 runs must take under 60 s on two cores; 40 runs here, after a cold start, extrapolate linearly.
        assertTrue(elapsedMs * 5 < 60_000, "40 runs took " + elapsedMs + " ms; 200 would take about " + elapsedMs * 5 + " ms");
    }

    @Test
    void badInputIsExitTwo() {
        assertEquals(Cli.BAD_INPUT, CliTest.run("par", "--scenario", "no-such-scenario", "--runs", "2").code());
        assertEquals(Cli.BAD_INPUT, CliTest.run("par", "--scenario", "openai-2024-12-11", "--runs", "0").code());
    }
}
