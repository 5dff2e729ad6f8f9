package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded load run of the participants' web view on loopback: every participant receives every frame
 * pushed and every proposal reaches the record. The delays are printed, not asserted (no wall clock in
 * tests); {@code drill-load --participants 30 --minutes 10 --speed 60} is the measured run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DrillLoadCommandTest {
    @Test
    void smallLoadRunLosesNothing() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "drill-load", "--participants", "6",
                "--minutes", "3", "--speed", "300", "--json");
        assertEquals(0, code, err.toString());
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertEquals(6, r.get("participants").asInt());
        assertEquals(0, r.get("lost").asInt(), out.toString());
        assertEquals(18, r.get("proposals").asInt(), "one per participant per drill minute");
        assertTrue(r.get("frames").asLong() >= 6, out.toString());
        assertTrue(r.has("p50Ms") && r.has("p99Ms"));
    }

    @Test
    void badArgumentsAreBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(Cli.BAD_INPUT, Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "drill-load", "--participants", "0", "--json"));
        assertEquals(Cli.BAD_INPUT, Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "drill-load", "--speed", "7"));
    }
}
