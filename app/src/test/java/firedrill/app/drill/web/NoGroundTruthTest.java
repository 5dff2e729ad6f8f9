package firedrill.app.drill.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import firedrill.app.drill.Drill;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.History;
import firedrill.engine.sim.Snapshot;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No ground truth reaches a participant: every JSON payload the server sends during a drill played
 * through the incident (responses and every pushed frame) has only whitelisted fields — none of the
 * truth (true health, agent shares, admitted, served), no facilitator observation, no scenario title —
 * and the web package cannot even reach the truth in the code.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NoGroundTruthTest {
    /** Every field a participant payload may have (the record components of ObservedFrame, the API's small answers). */
    private static final Set<String> ALLOWED = Set.of(
            // ObservedFrame.View and its parts
            "seq", "tick", "clock", "paused", "ended", "speed", "elapsed", "firing", "responders", "hint", "title",
            "alerts", "channel", "services", "fleet", "dashboards", "actions", "proposals", "severity", "summary",
            "count", "latest", "since", "scopes", "time", "kind", "text", "id", "name", "observed", "ids", "regions",
            "unit", "values", "target", "by", "state", "progress", "reason", "role", "action", "mode", "eta",
            // the catalog, join, me, roles, proposals and posts, errors
            "clusters", "description", "defaultTarget", "defaultMode", "modes", "params", "default", "min", "max",
            "token", "roles", "person", "entered", "decidedAt", "decidedBy", "note", "error",
            // the fleet geometry (the desktop heatmap layout)
            "layouts", "width", "height", "cells", "panels", "x", "y");
    private static final String SECRET = "FACILITATOR-ONLY-NOTE-7731";
    @TempDir
    Path data;

    @Test
    void everyPayloadOfADrillPlayedThroughTheIncidentHasOnlyObservedFields() throws Exception {
        Drill drill = WebFixture.drill(data, false);
        drill.observe(DrillRecord.Tag.NOTE, null, SECRET);
        List<String> payloads = Collections.synchronizedList(new ArrayList<>());
        try (WebFixture f = new WebFixture(drill, WebFixture.steadyClock())) {
            f.server.tap(payloads::add);
            String token = f.join("<img src=x onerror=alert(1)>", "Incident Commander");
            f.get("api/roles", DrillWebServer.CODE, WebFixture.CODE);
            f.get("api/me", DrillWebServer.TOKEN, token);
            f.get("api/catalog", DrillWebServer.TOKEN, token);
            AtomicInteger maxTick = new AtomicInteger();
            f.http.sendAsync(HttpRequest.newBuilder(URI.create(f.base + "api/events")).header(DrillWebServer.TOKEN, token)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                        @Override
                        public void onSubscribe(Flow.Subscription s) {
                            s.request(Long.MAX_VALUE);
                        }

                        @Override
                        public void onNext(String line) {
                            var m = java.util.regex.Pattern.compile("\"tick\":(\\d+)").matcher(line);
                            if (line.startsWith("data:") && m.find()) {
                                maxTick.accumulateAndGet(Integer.parseInt(m.group(1)), Math::max);
                            }
                        }

                        @Override
                        public void onError(Throwable t) {
                        }

                        @Override
                        public void onComplete() {
                        }
                    }));
            ModelSpec spec = drill.spec();
            String action = spec.scenario().actions().get(0).id();
            int start = drill.frame().tick();
            // Through the incident, half an hour at a time, with a proposal (approved or declined) each time.
            for (int step = 1; step <= 10; step++) {
                int at = start + step * 1800;
                drill.runner().fastForwardTo(at);
                drill.runner().awaitFrame(fr -> fr.tick() >= at || fr.ended(), Duration.ofSeconds(60));
                int tick = drill.frame().tick();
                org.testfx.util.WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> maxTick.get() >= tick);
                f.get("api/state", DrillWebServer.TOKEN, token);
                HttpResponse<String> p = f.post("api/proposals", "{\"action\":\"" + action + "\"}", DrillWebServer.TOKEN,
                        token);
                if (p.statusCode() == 201) {
                    String id = new ObjectMapper().readTree(p.body()).get("id").asText();
                    if (step % 2 == 0) {
                        f.room.approve(id, "facilitator");
                    } else {
                        f.room.decline(id, "facilitator", null);
                    }
                }
                f.post("api/posts", "{\"text\":\"seen at step " + step + "\"}", DrillWebServer.TOKEN, token);
                if (drill.frame().ended()) {
                    break;
                }
            }
            assertTrue(drill.frame().snapshot().firstAlertTick() >= 0, "the drill reached the incident");
        }
        String title = drill.spec().scenario().meta().title();
        Set<String> seen = new TreeSet<>();
        int frames = 0;
        for (String json : payloads) {
            JsonNode n = new ObjectMapper().readTree(json);
            keys(n, seen, false);
            frames += n.has("fleet") ? 1 : 0;
            assertFalse(json.contains(SECRET), "a facilitator note reached a participant");
            assertFalse(title != null && json.contains(title), "the scenario's title gives the cause away");
        }
        assertTrue(frames >= 10, "frames inspected: " + frames);
        for (String k : seen) {
            assertTrue(ALLOWED.contains(k), "a participant payload has the field \"" + k + "\"");
        }
        for (String forbidden : List.of("truth", "agent", "admitted", "served", "health", "availability", "notes",
                "observations", "tokenSha256")) {
            assertFalse(seen.contains(forbidden), forbidden);
        }
        assertEquals(Set.of(), Set.copyOf(seen.stream().filter(k -> !ALLOWED.contains(k)).toList()));
    }

    /** Field names, skipping the names of an action's parameters (they are the catalog's, not data). */
    private static void keys(JsonNode n, Set<String> out, boolean paramNames) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!paramNames) {
                    out.add(e.getKey());
                }
                keys(e.getValue(), out, e.getKey().equals("params") && !paramNames);
            }
        } else if (n.isArray()) {
            n.forEach(x -> keys(x, out, false));
        }
    }

    @Test
    void theWebPackageCannotReachTheTruth() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("firedrill.app.drill.web");
        noClasses().should().callMethod(Snapshot.class, "truth")
                .orShould().dependOnClassesThat().belongToAnyOf(Snapshot.Truth.class)
                .orShould().callMethod(History.Minute.class, "availability")
                .orShould().callMethod(History.Minute.class, "clusterHealth")
                .orShould().callMethod(History.Minute.class, "clusterDns")
                .orShould().callMethod(History.Minute.class, "clusterServed")
                .orShould().callMethod(Drill.class, "observations")
                .orShould().dependOnClassesThat().haveSimpleName("GroundTruth")
                .because("participants see observed data only (issue 18, ADR 0044)")
                .check(classes);
    }
}
