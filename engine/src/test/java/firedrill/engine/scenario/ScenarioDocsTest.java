package firedrill.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in docs/scenario-format.md are real: the scenario loads and simulates, the playbook validates. */
class ScenarioDocsTest {
    private static final Path DOC = Path.of("").toAbsolutePath().getParent().resolve("docs/scenario-format.md");

    static List<String> jsonBlocks() throws IOException {
        String md = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(md);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theExampleScenarioLoadsAndSimulates() throws Exception {
        String example = jsonBlocks().stream().filter(b -> b.contains("firedrill/scenario@1")).findFirst().orElseThrow();
        Scenario s = ScenarioLoader.parse("scenario-format.md", example.getBytes(StandardCharsets.UTF_8));
        assertEquals("tiny-overload", s.id());
        ScenarioFuzzTest.simulate(s, 1200);
    }

    @Test
    void theExamplePlaybookValidatesAgainstTheShippedScenario() throws Exception {
        String example = jsonBlocks().stream().filter(b -> b.contains("firedrill/playbook@1")).findFirst().orElseThrow();
        Playbook pb = StrictJson.read("playbook example", example.getBytes(StandardCharsets.UTF_8), Playbook.class);
        Scenario shipped = ScenarioLoader.loadShipped(pb.scenario());
        assertEquals(List.of(), PlaybookValidator.validate("playbook example", pb, shipped));
        assertTrue(pb.actions().size() > 1);
    }
}
