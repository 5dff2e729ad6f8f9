package firedrill.app.drill.web;

import firedrill.app.drill.Drill;
import firedrill.app.drill.DrillSetup;
import firedrill.app.drill.DrillStore;
import firedrill.app.practice.Difficulty;
import firedrill.app.practice.Speed;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/** A drill with its room and web server on loopback, and a small HTTP client for the tests. */
final class WebFixture implements AutoCloseable {
    static final String SCENARIO = "openai-2024-12-11";
    static final String CODE = "TESTCODE";
    static final String FACILITATOR = "f".repeat(64);

    final Drill drill;
    final Room room;
    final DrillWebServer server;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    /**
     * An injected clock that moves one second at every read: rate-limit buckets refill between any two
     * requests, so tests that are not about rate limits never meet one, whatever the machine's speed.
     */
    static LongSupplier steadyClock() {
        java.util.concurrent.atomic.AtomicLong t = new java.util.concurrent.atomic.AtomicLong();
        return () -> t.addAndGet(1_000_000_000L);
    }

    WebFixture(Drill drill, LongSupplier nanos) {
        this.drill = drill;
        this.room = new Room(drill, CODE);
        this.server = DrillWebServer.start(room, "127.0.0.1", 0, FACILITATOR, nanos);
        this.base = server.url();
    }

    static Scenario scenario() throws Exception {
        return ScenarioLoader.load(SCENARIO);
    }

    /** A new drill (paused at once unless {@code running}) autosaved under {@code dataDir}. */
    static Drill drill(Path dataDir, boolean running) throws Exception {
        Scenario sc = scenario();
        DrillSetup setup = new DrillSetup(sc, new ModelSpec(sc), 7, Difficulty.STANDARD, true, DrillRecord.STANDARD_ROLES,
                List.of(), Speed.X300, Speed.X300);
        Drill d = Drill.start(setup, new DrillStore(dataDir));
        if (!running) {
            d.pause();
        }
        return d;
    }

    HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (header != null) {
            b.header(header, value);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json, String header, String value) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (header != null) {
            b.header(header, value);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Joins and returns the token. */
    String join(String name, String role) throws Exception {
        HttpResponse<String> r = post("api/join", "{\"code\":\"" + CODE + "\",\"name\":" + DrillWebServer.text(name)
                + ",\"role\":\"" + role + "\"}", null, null);
        if (r.statusCode() != 201) {
            throw new AssertionError("join: " + r.statusCode() + " " + r.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("token").asText();
    }

    /** A raw HTTP/1.1 GET with the headers given verbatim (the JDK client will not send a foreign Host); returns the status. */
    int raw(String path, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            StringBuilder req = new StringBuilder("GET /" + path + " HTTP/1.1\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            req.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Override
    public void close() {
        server.close();
        drill.close();
    }
}
