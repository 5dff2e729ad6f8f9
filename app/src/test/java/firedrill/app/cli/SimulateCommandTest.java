package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the comparison with the real timeline shows times to the second and the exact difference
 * — "real 15:13 run 15:13:40 +40 s", never a rounding shown as a difference ("15:13 15:13 +1 min").
 */
class SimulateCommandTest {
    private static final Pattern ROW = Pattern.compile(
            "real (\\d\\d:\\d\\d(?::\\d\\d)?)\\s+run (\\S+)\\s+(never|±0 s|[+−]\\d+ s|[+−]\\d+ min(?: \\d+ s)?)");

    @Test
    void milestoneDeltasAreExactToTheSecond() {
        CliTest.Result r = CliTest.run("simulate", "--scenario", "openai-2024-12-11", "--playbook", "reference");
        assertEquals(0, r.code(), r.err());
        int rows = 0;
        for (String line : r.out().split("\n")) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            rows++;
            if (!m.group(2).equals("—")) {
                int real = seconds(m.group(1));
                int run = seconds(m.group(2));
                assertEquals(SimulateCommand.delta(run - real), m.group(3), line);
            }
        }
        assertTrue(rows >= 3, r.out());
    }

    @Test
    void differencesReadExactly() {
        assertEquals("±0 s", SimulateCommand.delta(0));
        assertEquals("+40 s", SimulateCommand.delta(40));
        assertEquals("−3 min", SimulateCommand.delta(-180));
        assertEquals("+3 min 20 s", SimulateCommand.delta(200));
    }

    private static int seconds(String hms) {
        String[] p = hms.split(":");
        return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + (p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }
}
