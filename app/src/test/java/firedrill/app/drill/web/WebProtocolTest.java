package firedrill.app.drill.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import firedrill.app.drill.Drill;
import firedrill.app.drill.DrillStore;
import firedrill.engine.drill.DrillParticipants;
import firedrill.engine.drill.DrillRecord;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The participants' API: who may do what, what is refused, and what the drill record keeps. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path data;

    @Test
    void withoutTheCodeOrATokenNothingIsServedButThePage() throws Exception {
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), WebFixture.steadyClock())) {
            assertEquals(200, f.get("", null, null).statusCode(), "the page itself");
            assertEquals(401, f.get("api/state", null, null).statusCode());
            assertEquals(401, f.get("api/state", DrillWebServer.TOKEN, "0".repeat(64)).statusCode());
            assertEquals(401, f.get("api/catalog", null, null).statusCode());
            assertEquals(401, f.get("api/roles", null, null).statusCode());
            assertEquals(401, f.get("api/roles", DrillWebServer.CODE, "WRONGCOD").statusCode());
            assertEquals(200, f.get("api/roles", DrillWebServer.CODE, "testcode").statusCode(), "case does not matter");
            assertEquals(401, f.post("api/join", "{\"code\":\"WRONGCOD\",\"name\":\"A\",\"role\":\"Comms\"}", null, null)
                    .statusCode());
            assertEquals(401, f.post("api/proposals", "{\"action\":\"x\"}", null, null).statusCode());
            assertEquals(401, f.get("api/admin/room", null, null).statusCode(), "the facilitator's API needs its token");
            assertEquals(401, f.get("api/admin/room", DrillWebServer.FACILITATOR, "0".repeat(64)).statusCode());
            assertEquals(401, f.raw("api/events", "Host: 127.0.0.1:" + f.server.port()));
        }
    }

    @Test
    void aForeignHostOrOriginIsRefused() throws Exception {
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), WebFixture.steadyClock())) {
            int port = f.server.port();
            assertEquals(200, f.raw("", "Host: 127.0.0.1:" + port));
            assertEquals(200, f.raw("", "Host: localhost:" + port), "loopback may be named localhost");
            assertEquals(403, f.raw("", "Host: attacker.example:" + port), "DNS rebinding");
            assertEquals(403, f.raw("api/roles", "Host: 127.0.0.1:" + port, "Origin: http://attacker.example",
                    DrillWebServer.CODE + ": TESTCODE"));
            assertEquals(200, f.raw("api/roles", "Host: 127.0.0.1:" + port, "Origin: http://127.0.0.1:" + port,
                    DrillWebServer.CODE + ": TESTCODE"));
        }
    }

    @Test
    void aProposalApprovedEntersTheRunAsTheTeamsDecisionAndEverythingIsRecorded() throws Exception {
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), WebFixture.steadyClock())) {
            String token = f.join("Dana", "Operations");
            JsonNode catalog = JSON.readTree(f.get("api/catalog", DrillWebServer.TOKEN, token).body());
            String action = catalog.get("actions").get(0).get("id").asText();
            HttpResponse<String> est = f.post("api/estimate", "{\"action\":\"" + action + "\"}", DrillWebServer.TOKEN, token);
            assertEquals(200, est.statusCode(), est.body());
            assertFalse(JSON.readTree(est.body()).get("eta").asText().isBlank(), "the ETA is shown before proposing");
            assertEquals(400, f.post("api/proposals", "{\"action\":\"no-such-action\"}", DrillWebServer.TOKEN, token)
                    .statusCode());
            HttpResponse<String> p = f.post("api/proposals", "{\"action\":\"" + action + "\"}", DrillWebServer.TOKEN, token);
            assertEquals(201, p.statusCode(), p.body());
            String id = JSON.readTree(p.body()).get("id").asText();
            assertEquals(201, f.post("api/posts", "{\"text\":\"DNS looks slow from here\"}", DrillWebServer.TOKEN, token)
                    .statusCode());
            assertEquals(401, f.post("api/admin/proposals/" + id + "/approve", "{}", null, null).statusCode());
            assertEquals(200, f.post("api/admin/proposals/" + id + "/approve", "{}", DrillWebServer.FACILITATOR,
                    WebFixture.FACILITATOR).statusCode());
            assertEquals(409, f.post("api/admin/proposals/" + id + "/approve", "{}", DrillWebServer.FACILITATOR,
                    WebFixture.FACILITATOR).statusCode(), "decided once");
            DrillRecord.Decision d = f.drill.decisions().get(0);
            assertEquals("Dana · Operations", d.who());
            assertEquals(action, d.action());

            DrillRecord saved = f.drill.saveNow().get(10, TimeUnit.SECONDS);
            DrillParticipants ps = saved.participants();
            assertNotNull(ps);
            assertEquals(1, ps.people().size());
            assertEquals(Secrets.sha256(token), ps.people().get(0).tokenSha256(), "the hash is kept, not the token");
            assertFalse(saved.toJson().contains(token));
            assertEquals(DrillParticipants.APPROVED, ps.proposals().get(0).state());
            assertEquals("DNS looks slow from here", ps.posts().get(0).text());
            DrillRecord again = DrillRecord.parse("autosave.json", saved.toBytes());
            assertEquals(saved.participants(), again.participants(), "read back strictly");
        }
    }

    @Test
    void aRemovedParticipantIsLockedOutAtOnce() throws Exception {
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), WebFixture.steadyClock())) {
            String token = f.join("Lee", "Comms");
            assertEquals(200, f.get("api/me", DrillWebServer.TOKEN, token).statusCode());
            String id = f.room.people().get(0).id();
            assertEquals(200, f.post("api/admin/participants/" + id + "/remove", "{}", DrillWebServer.FACILITATOR,
                    WebFixture.FACILITATOR).statusCode());
            assertEquals(403, f.get("api/me", DrillWebServer.TOKEN, token).statusCode());
            assertEquals(403, f.post("api/proposals", "{\"action\":\"x\"}", DrillWebServer.TOKEN, token).statusCode());
        }
    }

    @Test
    void eachTokenIsRateLimited() throws Exception {
        // A clock that never moves: the bucket never refills, so the count is exact.
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), () -> 0L)) {
            String token = f.join("Sam", "Scribe");
            int ok = 0;
            int limited = 0;
            for (int i = 0; i < 45; i++) {
                int s = f.get("api/me", DrillWebServer.TOKEN, token).statusCode();
                ok += s == 200 ? 1 : 0;
                limited += s == 429 ? 1 : 0;
            }
            assertEquals(40, ok, "the burst");
            assertEquals(5, limited);
            String other = f.join("Priya", "Comms");
            assertEquals(200, f.get("api/me", DrillWebServer.TOKEN, other).statusCode(), "per token, not global");
        }
    }

    @Test
    void textIsBoundedAndBodiesAreLimited() throws Exception {
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), WebFixture.steadyClock())) {
            String token = f.join("x".repeat(500) + "\u0000\n<b>", "Comms");
            String name = f.room.person(token).name();
            assertEquals(Text.NAME, name.length());
            HttpResponse<String> big = f.post("api/posts", "{\"text\":\"" + "y".repeat(40_000) + "\"}",
                    DrillWebServer.TOKEN, token);
            assertTrue(big.statusCode() == 413 || big.statusCode() == 400, "got " + big.statusCode());
            assertEquals(400, f.post("api/join", "{\"code\":\"TESTCODE\",\"name\":\"A\",\"role\":\"Overlord\"}", null, null)
                    .statusCode(), "only the drill's roles");
            assertEquals(400, f.post("api/join", "[1,2]", null, null).statusCode());
            assertEquals(400, f.post("api/join", "{\"code\":\"TESTCODE\",\"name\":\"A\",\"role\":\"Comms\",\"@class\":\"x\"}",
                    null, null).statusCode(), "unknown fields are refused");
        }
    }

    @Test
    void afterACrashAndResumeParticipantsReconnectWithTheirTokens() throws Exception {
        String token;
        DrillRecord saved;
        try (WebFixture f = new WebFixture(WebFixture.drill(data, false), WebFixture.steadyClock())) {
            token = f.join("Dana", "Incident Commander");
            saved = f.drill.saveNow().get(10, TimeUnit.SECONDS);
        }
        DrillRecord autosave = DrillRecord.read(new DrillStore(data).autosaveFile());
        assertNotNull(autosave.participants());
        Drill resumed = Drill.resume(autosave, WebFixture.scenario(), new DrillStore(data));
        try (WebFixture f = new WebFixture(resumed, WebFixture.steadyClock())) {
            HttpResponse<String> me = f.get("api/me", DrillWebServer.TOKEN, token);
            assertEquals(200, me.statusCode(), me.body());
            assertEquals("Dana", JSON.readTree(me.body()).get("name").asText());
            String next = f.join("Lee", "Comms");
            assertEquals(2, f.room.people().size());
            assertFalse(f.room.person(next).id().equals(f.room.person(token).id()), "ids stay unique after a resume");
        }
        assertEquals(saved.participants().people(), autosave.participants().people());
    }
}
