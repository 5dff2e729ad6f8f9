package firedrill.app.drill.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import firedrill.app.practice.SimulationRunner;
import firedrill.engine.scenario.ActionSpec;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The participants' web server (ADR 0044): Javalin on Jetty, bound to the one address the facilitator
 * picked (nothing listens before {@link #start}), serving the browser view from the jar and a small JSON
 * API. Every API call but joining carries the participant's token in the {@value #TOKEN} header (no
 * cookies, so no cross-site request can carry it); joining needs the code. Requests whose Host is not
 * the bound address, or whose Origin is another site, are refused; bodies are limited to
 * {@value #MAX_BODY} bytes; each token (and each address, for joining) is rate limited.
 *
 * <p>Threads: Jetty's own pool (named {@code firedrill-web}, at most {@value #MAX_THREADS}) serves
 * requests, and one {@code firedrill-web-push} thread sends each new frame to every open event stream
 * {@link #PUSH_MILLIS} ms at most after the runner published it. Both stop in {@link #close()}.
 */
public final class DrillWebServer implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DrillWebServer.class);
    public static final String TOKEN = "X-Firedrill-Token";
    public static final String FACILITATOR = "X-Firedrill-Facilitator";
    public static final String CODE = "X-Firedrill-Code";
    static final int MAX_BODY = 16 * 1024;
    static final int MAX_THREADS = 64;
    static final long PUSH_MILLIS = 50;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /** One open event stream: whose it is. */
    private record Stream(SseClient client, String personId) {}

    /** Join body. */
    record JoinIn(String code, String name, String role) {}

    /** Post body. */
    record PostIn(String text) {}

    /** Decline body. */
    record DeclineIn(String note) {}

    private final Room room;
    private final ObservedFrame frames;
    private final String facilitatorToken;
    private final String host;
    private final Set<String> hosts = ConcurrentHashMap.newKeySet();
    private final Set<String> origins = ConcurrentHashMap.newKeySet();
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final RateLimit perToken;
    private final RateLimit perAddress;
    private final ScheduledExecutorService pusher;
    private final Map<Long, Long> published = new ConcurrentHashMap<>();
    private final LongSupplier nanos;
    private volatile boolean roomChanged = true;
    private volatile long lastSeq = -1;
    private volatile Javalin app;
    private volatile String url;
    private volatile java.util.function.Consumer<String> tap;

    private DrillWebServer(Room room, String host, String facilitatorToken, LongSupplier nanos) {
        this.room = room;
        this.host = host;
        this.facilitatorToken = facilitatorToken;
        this.nanos = nanos;
        var setup = room.drill().setup();
        this.frames = new ObservedFrame(room.drill().spec(), setup.showSpeed(), setup.runnerDifficulty().hints());
        this.perToken = new RateLimit(40, 10, nanos);
        this.perAddress = new RateLimit(60, 1, nanos);
        this.pusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "firedrill-web-push");
            t.setDaemon(true);
            return t;
        });
        room.onChange(() -> roomChanged = true);
    }

    /**
     * Starts serving on {@code host}:{@code port} (0 = any free port) only.
     *
     * @throws IllegalStateException when the address cannot be bound (in use, not this machine's)
     */
    public static DrillWebServer start(Room room, String host, int port, String facilitatorToken) {
        return start(room, host, port, facilitatorToken, System::nanoTime);
    }

    static DrillWebServer start(Room room, String host, int port, String facilitatorToken, LongSupplier nanos) {
        DrillWebServer s = new DrillWebServer(room, host, facilitatorToken, nanos);
        s.listen(port);
        return s;
    }

    private void listen(int port) {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
        pool.setName("firedrill-web");
        pool.setDaemon(true);
        Javalin j = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.threadPool = pool;
            cfg.http.maxRequestSize = MAX_BODY;
            cfg.routes.before(this::guard);
            cfg.routes.get("/", ctx -> resource(ctx, "index.html", "text/html; charset=utf-8"));
            cfg.routes.get("/app.js", ctx -> resource(ctx, "app.js", "text/javascript; charset=utf-8"));
            cfg.routes.get("/app.css", ctx -> resource(ctx, "app.css", "text/css; charset=utf-8"));
            cfg.routes.get("/api/roles", this::roles);
            cfg.routes.post("/api/join", this::join);
            cfg.routes.get("/api/me", ctx -> {
                Room.Person p = room.person(ctx.header(TOKEN));
                json(ctx, 200, Map.of("id", p.id(), "name", p.name(), "role", p.role()));
            });
            cfg.routes.get("/api/state", ctx -> {
                room.person(ctx.header(TOKEN));
                json(ctx, 200, view(room.drill().frame()));
            });
            cfg.routes.get("/api/catalog", ctx -> {
                room.person(ctx.header(TOKEN));
                json(ctx, 200, catalog());
            });
            cfg.routes.post("/api/estimate", ctx -> {
                Room.Plan p = room.plan(room.person(ctx.header(TOKEN)), body(ctx, Room.ProposalIn.class));
                json(ctx, 200, Map.of("eta", p.eta()));
            });
            cfg.routes.post("/api/proposals", ctx -> json(ctx, 201,
                    room.propose(room.person(ctx.header(TOKEN)), body(ctx, Room.ProposalIn.class))));
            cfg.routes.post("/api/posts", ctx -> json(ctx, 201,
                    room.post(room.person(ctx.header(TOKEN)), body(ctx, PostIn.class).text())));
            cfg.routes.sse("/api/events", this::events);
            cfg.routes.get("/api/admin/room", ctx -> json(ctx, 200, room.state() == null ? Map.of() : room.state()));
            cfg.routes.post("/api/admin/proposals/{id}/approve", ctx -> json(ctx, 200,
                    room.approve(ctx.pathParam("id"), "facilitator")));
            cfg.routes.post("/api/admin/proposals/{id}/decline", ctx -> {
                room.decline(ctx.pathParam("id"), "facilitator", body(ctx, DeclineIn.class).note());
                json(ctx, 200, Map.of("declined", ctx.pathParam("id")));
            });
            cfg.routes.post("/api/admin/participants/{id}/remove", ctx -> json(ctx, 200,
                    Map.of("removed", room.remove(ctx.pathParam("id")))));
            cfg.routes.exception(Room.Refused.class, (e, ctx) -> json(ctx, e.status(), Map.of("error", e.getMessage())));
            cfg.routes.exception(com.fasterxml.jackson.core.JacksonException.class,
                    (e, ctx) -> json(ctx, 400, Map.of("error", "Expected a JSON object with the documented fields.")));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("Web request {} {} failed", ctx.method(), ctx.path(), e);
                json(ctx, 500, Map.of("error", "The drill could not do that; the facilitator's log says why."));
            });
        });
        try {
            j.start(host, port);
        } catch (RuntimeException e) {
            pusher.shutdownNow();
            throw new IllegalStateException("could not listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        app = j;
        int bound = j.port();
        String h = host.contains(":") ? "[" + host + "]" : host;
        url = "http://" + h + ":" + bound + "/";
        hosts.add(h + ":" + bound);
        origins.add("http://" + h + ":" + bound);
        try {
            if (InetAddress.getByName(host).isLoopbackAddress()) {
                hosts.add("localhost:" + bound);
                origins.add("http://localhost:" + bound);
            }
        } catch (IOException e) {
            LOG.debug("{} is not an address literal; only it is accepted as Host", host);
        }
        pusher.scheduleWithFixedDelay(this::push, PUSH_MILLIS, PUSH_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Participants' web view listening on {}", url);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The join URL (the bound address and port). */
    public String url() {
        return url;
    }

    public int port() {
        return app.port();
    }

    public Room room() {
        return room;
    }

    /** Open event streams. */
    public int streams() {
        return streams.size();
    }

    /** The last frame sequence number pushed. */
    long lastPushed() {
        return lastSeq;
    }

    /** Frames pushed after {@code seq}, in order (for the load test's count of frames lost). */
    List<Long> pushedSince(long seq) {
        List<Long> out = new ArrayList<>();
        for (Long s : published.keySet()) {
            if (s > seq) {
                out.add(s);
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** When the pusher first saw frame {@code seq} ({@link System#nanoTime()}), or null: for the load test. */
    Long publishedAt(long seq) {
        return published.get(seq);
    }

    // ---- checks on every request ---------------------------------------------------------------------

    private void guard(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        String h = ctx.header("Host");
        if (h == null || !hosts.contains(h.toLowerCase(java.util.Locale.ROOT))) {
            throw new Room.Refused(403, "Wrong Host: open the join URL as shown.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origins.contains(origin.toLowerCase(java.util.Locale.ROOT))) {
            throw new Room.Refused(403, "Requests from other sites are refused.");
        }
        String path = ctx.path();
        if (path.startsWith("/api/admin/")) {
            if (facilitatorToken == null || !Secrets.same(facilitatorToken, ctx.header(FACILITATOR))) {
                throw new Room.Refused(401, "The facilitator's token is needed.");
            }
            return;
        }
        if (path.startsWith("/api/")) {
            String token = ctx.header(TOKEN);
            String key = token == null ? "ip:" + ctx.ip() : "t:" + Secrets.sha256(token);
            if (!(token == null ? perAddress : perToken).allow(key)) {
                throw new Room.Refused(429, "Too many requests; wait a moment.");
            }
            if (path.equals("/api/events")) {
                room.person(token); // 401/403 before the stream opens
            }
        }
    }

    private void roles(Context ctx) {
        String code = ctx.header(CODE);
        if (!Secrets.same(room.code(), code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT))) {
            throw new Room.Refused(401, "That join code is not this drill's.");
        }
        json(ctx, 200, Map.of("roles", room.roles()));
    }

    private void join(Context ctx) throws IOException {
        JoinIn in = body(ctx, JoinIn.class);
        json(ctx, 201, room.join(in.code(), in.name(), in.role()));
    }

    // ---- the live view -------------------------------------------------------------------------------

    private void events(SseClient client) {
        Room.Person p;
        try {
            p = room.person(client.ctx().header(TOKEN));
        } catch (Room.Refused e) {
            client.sendEvent("refused", e.getMessage());
            client.close();
            return;
        }
        Stream s = new Stream(client, p.id());
        client.keepAlive();
        client.onClose(() -> streams.remove(s));
        streams.add(s);
        client.sendEvent("frame", sent(text(view(room.drill().frame()))));
    }

    private ObservedFrame.View view(SimulationRunner.Frame f) {
        return frames.of(f, room.views());
    }

    /** Sends the latest frame to every stream when it or the room changed; closes removed participants' streams. */
    private void push() {
        try {
            SimulationRunner.Frame f = room.drill().frame();
            if (f.seq() == lastSeq && !roomChanged) {
                return;
            }
            if (f.seq() != lastSeq) {
                published.putIfAbsent(f.seq(), nanos.getAsLong());
                if (published.size() > 20_000) {
                    published.clear();
                }
            }
            lastSeq = f.seq();
            boolean checkPeople = roomChanged;
            roomChanged = false;
            String json = sent(text(view(f)));
            for (Stream s : streams) {
                if (s.client().terminated()) {
                    streams.remove(s);
                    continue;
                }
                if (checkPeople && isRemoved(s.personId())) {
                    s.client().sendEvent("removed", "The facilitator removed you from the drill.");
                    s.client().close();
                    streams.remove(s);
                    continue;
                }
                s.client().sendEvent("frame", json);
            }
        } catch (RuntimeException e) {
            LOG.warn("Pushing a frame to the participants failed", e);
        }
    }

    private boolean isRemoved(String id) {
        for (Room.Person p : room.people()) {
            if (p.id().equals(id)) {
                return p.removed();
            }
        }
        return true;
    }

    /** The action catalog as the decision form offers it, with the fleet's regions and clusters as targets. */
    private Map<String, Object> catalog() {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (ActionSpec a : room.drill().spec().scenario().actions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("title", a.title());
            m.put("description", a.description());
            m.put("defaultTarget", a.defaultTarget());
            m.put("defaultMode", a.modeOrDefault());
            m.put("modes", a.automated() == null ? List.of(ActionSpec.MANUAL) : List.of(ActionSpec.MANUAL, ActionSpec.AUTOMATED));
            Map<String, Object> ps = new LinkedHashMap<>();
            a.params().forEach((k, v) -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("default", v.defaultValue());
                p.put("min", v.min());
                p.put("max", v.max());
                p.put("unit", v.unit());
                ps.put(k, p);
            });
            m.put("params", ps);
            actions.add(m);
        }
        var layout = room.drill().spec().layout();
        List<String> regions = new ArrayList<>();
        List<String> clusters = new ArrayList<>();
        for (int c = 0; c < layout.clusters(); c++) {
            clusters.add(layout.id(c));
        }
        for (String r : room.drill().frame().snapshot().clusters().regions()) {
            if (!regions.contains(r)) {
                regions.add(r);
            }
        }
        return Map.of("actions", actions, "regions", regions, "clusters", clusters,
                "layouts", List.of(geometry(1000, 520), geometry(400, 640)));
    }

    /**
     * The desktop fleet's geometry (HeatmapLayout: a panel per region, a square per cluster sized by its
     * nodes) at w×h, for the browser to scale: its heatmap looks like the participant window's.
     */
    private Map<String, Object> geometry(double w, double h) {
        var fl = room.drill().spec().layout();
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] nodes = new int[fl.clusters()];
        for (int c = 0; c < fl.clusters(); c++) {
            ids.add(fl.id(c));
            names.add(fl.regionName(c));
            nodes[c] = fl.nodes(c);
        }
        var g = firedrill.app.practice.HeatmapLayout.compute(
                firedrill.app.practice.HeatmapLayout.Shape.of(ids, names, nodes, fl.regions()), w, h);
        List<List<Double>> cells = new ArrayList<>();
        for (int c = 0; c < fl.clusters(); c++) {
            cells.add(List.of(round(g.x(c)), round(g.y(c)), round(g.side(c))));
        }
        List<Map<String, Object>> panels = new ArrayList<>();
        for (var p : g.panels()) {
            panels.add(Map.of("name", p.name(), "x", round(p.x()), "y", round(p.y()), "width", round(p.width()),
                    "height", round(p.height())));
        }
        return Map.of("width", w, "height", h, "cells", cells, "panels", panels);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static <T> T body(Context ctx, Class<T> type) throws IOException {
        byte[] b = ctx.bodyAsBytes();
        if (b.length > MAX_BODY) {
            throw new Room.Refused(413, "That request is too large.");
        }
        String ct = ctx.contentType();
        if (ct == null || !ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Room.Refused(415, "Send JSON (Content-Type: application/json).");
        }
        T t = JSON.readValue(b, type);
        if (t == null) {
            throw new Room.Refused(400, "Expected a JSON object.");
        }
        return t;
    }

    /** The JSON every payload is written as (tests read the same text). */
    static String text(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private void json(Context ctx, int status, Object o) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(sent(text(o)));
    }

    /** Every JSON text the server sends passes here (a test's tap sees them all). */
    private String sent(String json) {
        java.util.function.Consumer<String> t = tap;
        if (t != null) {
            t.accept(json);
        }
        return json;
    }

    /** Lets a test see every JSON payload sent (responses and pushed frames). */
    void tap(java.util.function.Consumer<String> t) {
        tap = t;
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = DrillWebServer.class.getResourceAsStream("/firedrill/web/" + name)) {
            if (in == null) {
                throw new Room.Refused(404, "Not found.");
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /** Stops listening and closes every stream; the room (and what it recorded) stays with the drill. */
    @Override
    public void close() {
        pusher.shutdownNow();
        for (Stream s : streams) {
            try {
                s.client().close();
            } catch (RuntimeException e) {
                LOG.debug("Closing an event stream failed", e);
            }
        }
        streams.clear();
        Javalin j = app;
        if (j != null) {
            j.stop();
        }
    }
}
