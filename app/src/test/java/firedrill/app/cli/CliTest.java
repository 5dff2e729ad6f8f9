package firedrill.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionPrintsAndExitsZero() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("firedrill "), r.out());
    }

    @Test
    void unknownOptionIsBadInput() {
        Result r = run("--no-such-flag");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no-such-flag"), r.err());
    }

    @Test
    void noArgumentsMeansGui() {
        assertTrue(Cli.isGuiInvocation(new String[0]));
        assertFalse(Cli.isGuiInvocation(new String[] {"--version"}));
    }
}
