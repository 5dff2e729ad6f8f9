package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance (issue 4): every shipped scenario is in canonical form, so {@code write(load(file))}
 * reproduces the file byte for byte and the editor can save it without a spurious diff.
 */
class ShippedRoundTripTest {
    static Stream<String> shipped() {
        return ScenarioLoader.shippedIds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void writeOfLoadIsTheFileByteForByte(String id) throws IOException, InvalidInputException {
        byte[] file;
        try (InputStream in = ShippedRoundTripTest.class.getResourceAsStream("/scenarios/" + id + ".json")) {
            assertNotNull(in, id);
            file = in.readAllBytes();
        }
        String expected = new String(file, StandardCharsets.UTF_8);
        String actual = StrictJson.write(ScenarioLoader.loadShipped(id));
        assertEquals("identical", firstDifference(expected, actual), id + " is not in canonical form");
        assertEquals(expected, actual);
    }

    /** "line N: <file line> | <written line>", so a failure says where to look. */
    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": file has " + x.strip() + " | canonical is " + y.strip();
            }
        }
        return "identical";
    }
}
