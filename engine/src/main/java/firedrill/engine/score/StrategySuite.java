package firedrill.engine.score;

import com.fasterxml.jackson.databind.JsonNode;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.PlaybookValidator;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's strategy suite: playbooks written from the physics, each with a one-line claim, its
 * reason and machine-checkable {@link Claim}s, listed in {@code claims.json}. The shipped suites live
 * beside the scenarios ({@code scenarios/strategies/<id>/}, on the class path), so both the tests
 * (StrategySuiteTest) and the {@code sensitivity} command read the same files.
 */
public record StrategySuite(String scenario, List<Strategy> strategies) {
    public static final String SHIPPED = "/scenarios/strategies/";
    static final String CLAIMS = "claims.json";

    /** One strategy: its playbook's file name, claim, reason, the playbook and what must hold. */
    public record Strategy(String name, String claim, String reason, Playbook playbook, List<Claim> expect) {}

    /** Where the files of a suite come from: the class path or a folder. */
    @FunctionalInterface
    interface Source {
        byte[] read(String file) throws IOException;
    }

    /** The shipped suite of a scenario (by its id), or an empty suite when it has none. */
    public static StrategySuite shipped(Scenario scenario) throws InvalidInputException {
        String base = SHIPPED + scenario.id() + "/";
        if (scenario.id() == null || StrategySuite.class.getResource(base + CLAIMS) == null) {
            return new StrategySuite(scenario.id(), List.of());
        }
        return read("scenarios/strategies/" + scenario.id() + "/", file -> {
            try (InputStream in = StrategySuite.class.getResourceAsStream(base + file)) {
                if (in == null) {
                    throw new IOException("missing from the class path");
                }
                return in.readNBytes((int) StrictJson.MAX_BYTES + 1);
            }
        }, scenario);
    }

    /** A suite in a folder holding {@code claims.json} and the playbooks it names. */
    public static StrategySuite load(Path dir, Scenario scenario) throws InvalidInputException {
        return read(dir + "/", file -> {
            Path p = dir.resolve(file).normalize();
            if (!p.startsWith(dir.normalize())) {
                throw new IOException("expected a file inside " + dir);
            }
            if (Files.size(p) > StrictJson.MAX_BYTES) {
                throw new IOException("larger than " + StrictJson.MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(p);
        }, scenario);
    }

    private static StrategySuite read(String where, Source source, Scenario scenario) throws InvalidInputException {
        String claimsName = where + CLAIMS;
        JsonNode root;
        try {
            root = StrictJson.mapper().readTree(source.read(CLAIMS));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(claimsName, "$", "cannot read the strategy suite: " + e.getMessage()));
        }
        JsonNode list = root == null ? null : root.get("strategies");
        if (list == null || !list.isArray()) {
            throw new InvalidInputException(new Problem(claimsName, "$.strategies", "expected a list of strategies"));
        }
        List<Strategy> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String p = "$.strategies[" + i + "]";
            String file = text(s, "playbook", claimsName, p);
            List<Claim> expect = new ArrayList<>();
            JsonNode ex = s.get("expect");
            if (ex == null || !ex.isArray() || ex.isEmpty()) {
                throw new InvalidInputException(new Problem(claimsName, p + ".expect", "expected a non-empty list of claims"));
            }
            for (int k = 0; k < ex.size(); k++) {
                Map<String, String> fields = new LinkedHashMap<>();
                ex.get(k).fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
                try {
                    expect.add(Claim.parse(fields));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(new Problem(claimsName, p + ".expect[" + k + "]", e.getMessage()));
                }
            }
            Playbook pb;
            try {
                pb = StrictJson.read(where + file, source.read(file), Playbook.class, Playbook.FORMAT);
            } catch (IOException e) {
                throw new InvalidInputException(new Problem(where + file, "$", "cannot read the playbook: " + e.getMessage()));
            }
            List<Problem> problems = PlaybookValidator.validate(where + file, pb, scenario);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            out.add(new Strategy(file, text(s, "claim", claimsName, p), s.hasNonNull("reason") ? s.get("reason").asText() : "",
                    pb, List.copyOf(expect)));
        }
        return new StrategySuite(scenario.id(), List.copyOf(out));
    }

    private static String text(JsonNode s, String field, String file, String path) throws InvalidInputException {
        JsonNode v = s == null ? null : s.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidInputException(new Problem(file, path + "." + field, "expected a non-empty text"));
        }
        return v.asText();
    }
}
