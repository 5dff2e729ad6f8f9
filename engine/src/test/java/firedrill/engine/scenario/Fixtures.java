package firedrill.engine.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The malformed-scenario fixtures: each is valid-minimal.json with one thing wrong, the JSON path
 * where that one problem must be reported, a fragment of the message, and whether the published JSON
 * Schema alone rejects it too ({@code null} when the file is not JSON at all).
 */
final class Fixtures {
    static final String VALID = "valid-minimal.json";

    record Case(String file, String path, String fragment, Boolean schemaRejects) {
        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Case> CASES = List.of(
            // JSON syntax and structure: the parser's words, our paths.
            new Case("syntax-missing-comma.json", "$.meta", "not valid JSON (line 6, column 5)", null),
            new Case("trailing-garbage.json", "$", "unexpected content after the JSON object", null),
            new Case("empty.json", "$", "the file is empty; expected a JSON object", null),
            new Case("top-level-array.json", "$", "expected a JSON object at the top level, got an array", true),
            new Case("duplicate-key.json", "$.meta.title", "duplicate key \"title\"", null),
            new Case("nan.json", "$.mechanisms.dns.graceSeconds", "expected a finite number", null),
            new Case("infinity.json", "$.mechanisms.dataPlane.headroom", "expected a finite number", null),
            new Case("number-overflow.json", "$.mechanisms.dns.spreadSeconds", "expected a finite number", true),
            new Case("deeply-nested.json", "$.discussion" + "[0]".repeat(64), "expected at most 64 levels", true),
            new Case("invalid-utf8.json", "$.meta", "expected UTF-8 text", null),
            // Unknown fields, types, nulls: the shape check, all problems at once.
            new Case("unknown-field-top.json", "$.comments", "unknown field \"comments\"; expected one of format, meta,", true),
            new Case("unknown-field-nested.json", "$.fleet.clusters[1].color", "unknown field \"color\"; expected one of id, region,", true),
            new Case("misspelt-field.json", "$.team.responder", "did you mean \"responders\"?", true),
            new Case("string-for-number.json", "$.fleet.clusters[0].nodes", "expected a whole number, got the string \"many\"", true),
            new Case("number-for-string.json", "$.meta.title", "expected a string, got the number 42", true),
            new Case("object-for-array.json", "$.fleet.regions", "expected an array, got an object", true),
            new Case("quoted-number.json", "$.team.responders", "expected a whole number, got the string \"42\"", true),
            new Case("float-for-integer.json", "$.team.escalationAdds", "expected a whole number, got the number 2.5", true),
            new Case("integer-overflow.json", "$.fleet.generator.clusters", "expected a whole number between", true),
            new Case("string-for-boolean.json", "$.actions[0].needsApi", "expected true or false, got the string \"false\"", true),
            new Case("null-element.json", "$.timeline[0]", "expected an object, got null", true),
            new Case("null-field.json", "$.meta.summary", "expected a string, got null", true),
            // Required sections and fields.
            new Case("missing-section.json", "$.mechanisms", "expected the mechanisms section", true),
            new Case("missing-field.json", "$.fleet.clusters[0].nodes", "expected a number in [1, 100000]; missing", true),
            new Case("bad-format.json", "$.format", "made by a newer Firedrill (scenario@2); this version reads scenario@1", true),
            // Times and durations.
            new Case("bad-time-25.json", "$.timeline[0].at", "expected a local time HH:MM or HH:MM+D", true),
            new Case("bad-time-3pm.json", "$.realTimeline[0].at", "got \"3pm\"", true),
            new Case("bad-duration.json", "$.actions[0].duration", "expected an ISO-8601 duration", true),
            new Case("negative-duration.json", "$.team.escalationDelay", "expected a non-negative duration", true),
            new Case("time-after-horizon.json", "$.timeline[1].at", "expected a time between meta.start (14:00) and the horizon (15:30), got 16:00", false),
            new Case("time-before-start.json", "$.realTimeline[0].at", "expected a time between meta.start (14:00)", false),
            new Case("timeline-out-of-order.json", "$.timeline[1].at", "expected events in time order, got 14:05 after 14:10", false),
            new Case("horizon-before-start.json", "$.meta.horizon", "expected a time after meta.start", false),
            new Case("bad-date.json", "$.meta.date", "expected a calendar date YYYY-MM-DD", false), // "format" only annotates
            new Case("unknown-timezone.json", "$.meta.timezone", "expected an IANA time zone", false),
            // Numbers and ranges.
            new Case("negative-nodes.json", "$.fleet.clusters[1].nodes", "expected a number in [1, 100000], got -5", true),
            new Case("negative-capacity.json", "$.mechanisms.controlPlane.seatsPerReplica", "expected a number in [1, 1000000], got -600", true),
            new Case("probability-out-of-range.json", "$.mechanisms.observation.gapProbability", "expected a number in [0, 1], got 1.5", true),
            new Case("lag-too-long.json", "$.mechanisms.observation.lagSeconds", "expected lagSeconds at most 120 × scrapeSeconds", false),
            new Case("wave-beyond-rollout.json", "$.fleet.clusters[0].wave", "expected a wave between 1 and the rollout's 2 waves", false),
            // References between sections.
            new Case("unknown-region.json", "$.fleet.clusters[1].region", "got unknown region \"north\"", false),
            new Case("unknown-service-in-traffic.json", "$.fleet.clusters[0].traffic.mail", "got unknown service \"mail\"", false),
            new Case("traffic-not-summing.json", "$.fleet.services[0]", "expected the traffic shares of service \"web\" to sum to 1", false),
            new Case("unknown-action-kind.json", "$.actions[0].kind", "got unknown kind \"reboot-everything\"", true),
            new Case("missing-kind-param.json", "$.actions[2].params", "expected a parameter \"replicas\"", false),
            new Case("unknown-metric.json", "$.alerts[0].metric", "got unknown metric \"cpuTemperature\"", true),
            new Case("unknown-source.json", "$.realTimeline[0].source", "got unknown source \"S9\"", false),
            new Case("unknown-measure.json", "$.realTimeline[1].measure", "expected impactStart:SERVICE with SERVICE one of fleet.services[].id [web, api], got unknown service \"mail\"", false),
            new Case("duplicate-cluster-id.json", "$.fleet.clusters[1].id", "expected a unique cluster id, got duplicate \"big-east\"", false),
            new Case("duplicate-alert-id.json", "$.alerts[1].id", "expected a unique alert id, got duplicate \"api-errors\"", false),
            new Case("generated-id-collision.json", "$.fleet.clusters[1].id", "expected an id the generator does not also produce", false),
            // Inject conditions.
            new Case("inject-until-without-when.json", "$.timeline[0].when", "expected a condition for until (14:10) to wait for", true),
            new Case("inject-condition-on-rollout.json", "$.timeline[1].when", "expected no condition on a rollout event", true),
            new Case("inject-unknown-service.json", "$.timeline[0].when.servicesBelow.mail", "got unknown service \"mail\"", false),
            new Case("inject-unknown-after-action.json", "$.timeline[0].when.afterAction", "got unknown action \"reboot\"", false),
            new Case("inject-bad-impact.json", "$.timeline[0].when.impact", "expected ongoing or over, got \"gone\"", true),
            // The reference playbook.
            new Case("unknown-playbook-action.json", "$.referencePlaybook.actions[0].action", "got unknown action \"panic\"", false),
            new Case("bad-target-selector.json", "$.referencePlaybook.actions[2].target", "expected all, cluster:ID, region:NAME, largest:N or service:ID, got \"biggest:3\"", true),
            new Case("unknown-target-cluster.json", "$.referencePlaybook.actions[1].target", "got unknown cluster \"nowhere\"", false),
            new Case("target-largest-too-many.json", "$.referencePlaybook.actions[2].target", "N at most the fleet's 6 clusters", false),
            new Case("step-text-not-status.json", "$.referencePlaybook.actions[1].text", "only a status update carries words", false),
            new Case("step-param-out-of-range.json", "$.referencePlaybook.actions[1].params.replicas", "expected a value in [1, 10], got 40", false));

    private Fixtures() {}

    static Stream<Case> cases() {
        return CASES.stream();
    }

    static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("/malformed/" + VALID).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static byte[] validBytes() {
        try {
            return Files.readAllBytes(file(VALID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode validTree() {
        try {
            return (ObjectNode) StrictJson.mapper().readTree(validBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
