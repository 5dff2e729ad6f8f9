package firedrill.app.drill.web;

import firedrill.app.practice.SimulationRunner;
import firedrill.app.practice.Speed;
import firedrill.engine.scenario.Scenario;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run on loopback ({@code firedrill drill-load}): a headless drill, {@code participants}
 * browsers' worth of HTTP clients that join, hold an event stream each and propose an action every
 * drill minute, and a facilitator approving every other proposal, for {@code minutes} drill minutes.
 * It measures, for every frame every participant received, how long after the server's push loop
 * first saw that frame it arrived (the push loop looks every {@link DrillWebServer#PUSH_MILLIS} ms,
 * so the delay behind the runner is at most that much more), and counts frames pushed but not
 * received and proposals accepted but not in the drill's record ({@code lost}).
 */
public final class LoadRun {
    /** The result, printed as JSON by the command. */
    public record Result(int participants, long p50Ms, long p99Ms, int proposals, int lost, long frames) {}

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private LoadRun() {}

    /** One participant's stream: the frames received and their delays. */
    private static final class Client implements Flow.Subscriber<String> {
        final List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        final Set<Long> seqs = ConcurrentHashMap.newKeySet();
        volatile long first = -1;
        volatile long last = -1;
        private final DrillWebServer server;
        private String event = "";

        Client(DrillWebServer server) {
            this.server = server;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:") && event.equals("frame")) {
                long now = System.nanoTime();
                Matcher m = SEQ.matcher(line);
                if (m.find()) {
                    long seq = Long.parseLong(m.group(1));
                    Long at = server.publishedAt(seq);
                    if (at != null) {
                        delays.add(now - at);
                    }
                    if (first < 0) {
                        first = seq;
                    }
                    seqs.add(seq);
                    last = Math.max(last, seq);
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            // The stream ends when the run closes the server.
        }

        @Override
        public void onComplete() {
            // As above.
        }
    }

    public static Result run(Scenario scenario, int participants, int minutes, Speed speed) throws IOException,
            InterruptedException {
        if (participants < 1 || participants > Room.MAX_PEOPLE || minutes < 1 || minutes > 24 * 60) {
            throw new IllegalArgumentException("expected 1–" + Room.MAX_PEOPLE + " participants and 1–1440 minutes");
        }
        try (HeadlessDrill d = HeadlessDrill.start(scenario, 1, speed, "127.0.0.1", 0, null, null, null)) {
            DrillWebServer server = d.server();
            String base = server.url();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> tokens = new ArrayList<>();
            List<Client> clients = new ArrayList<>();
            List<CompletableFuture<?>> streams = new ArrayList<>();
            for (int i = 0; i < participants; i++) {
                String body = "{\"code\":\"" + d.room().code() + "\",\"name\":\"Load " + (i + 1) + "\",\"role\":\"Operations\"}";
                HttpResponse<String> r = http.send(post(base + "api/join", body, null), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IOException("joining failed: HTTP " + r.statusCode() + " " + r.body());
                }
                String token = field(r.body(), "token");
                tokens.add(token);
                Client c = new Client(server);
                clients.add(c);
                streams.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "api/events"))
                        .header(DrillWebServer.TOKEN, token).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(c)));
            }
            for (Client c : clients) {
                waitUntil(() -> c.first >= 0, 10_000);
            }
            String action = proposable(http, base, tokens.get(0), d.room());
            SimulationRunner runner = d.drill().runner();
            int start = runner.latest().tick();
            int accepted = 0;
            AtomicInteger approvals = new AtomicInteger();
            for (int minute = 1; minute <= minutes; minute++) {
                int at = start + minute * 60;
                runner.awaitFrame(f -> f.tick() >= at || f.ended(), Duration.ofSeconds(600));
                if (action != null) {
                    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                    for (String t : tokens) {
                        sent.add(http.sendAsync(post(base + "api/proposals", "{\"action\":\"" + action + "\"}", t),
                                HttpResponse.BodyHandlers.ofString()));
                    }
                    for (CompletableFuture<HttpResponse<String>> f : sent) {
                        HttpResponse<String> r = f.join();
                        if (r.statusCode() == 201) {
                            accepted++;
                            if (accepted % 2 == 0) {
                                HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(base + "api/admin/proposals/"
                                        + field(r.body(), "id") + "/approve")).header(DrillWebServer.FACILITATOR,
                                        d.facilitatorToken()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                approvals.addAndGet(a.statusCode() == 200 ? 1 : 0);
                            }
                        }
                    }
                }
            }
            // Hold the clock and let the last pushed frame arrive everywhere before counting.
            d.drill().pause();
            long lastPushed = waitForLastPush(server);
            for (Client c : clients) {
                waitUntil(() -> c.last >= lastPushed, 5_000);
            }
            int lost = 0;
            long frames = 0;
            List<Long> all = new ArrayList<>();
            for (Client c : clients) {
                for (long seq : server.pushedSince(c.first)) {
                    if (seq <= lastPushed && !c.seqs.contains(seq)) {
                        lost++;
                    }
                }
                frames += c.seqs.size();
                all.addAll(c.delays);
            }
            lost += Math.max(0, accepted - d.room().proposals().size());
            streams.forEach(s -> s.cancel(true));
            Collections.sort(all);
            return new Result(participants, percentile(all, 0.50), percentile(all, 0.99), accepted, lost, frames);
        }
    }

    /** The first action of the catalog the team could propose now (estimated without error), or null. */
    private static String proposable(HttpClient http, String base, String token, Room room) throws IOException,
            InterruptedException {
        for (var a : room.drill().spec().scenario().actions()) {
            HttpResponse<String> r = http.send(post(base + "api/estimate", "{\"action\":\"" + a.id() + "\"}", token),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return a.id();
            }
        }
        return null;
    }

    private static long waitForLastPush(DrillWebServer server) {
        long seq = server.lastPushed();
        long deadline = System.nanoTime() + 2_000_000_000L;
        // The push loop sends the paused frame once; wait until it has (two push periods without change).
        long stable = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = server.lastPushed();
            if (now != seq) {
                seq = now;
                stable = System.nanoTime();
            } else if (System.nanoTime() - stable > 4 * DrillWebServer.PUSH_MILLIS * 1_000_000) {
                break;
            }
            LockSupport.parkNanos(10_000_000);
        }
        return seq;
    }

    private static void waitUntil(java.util.function.BooleanSupplier ok, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!ok.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return Math.round(sorted.get(Math.max(0, i)) / 1e6);
    }

    private static HttpRequest post(String url, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header(DrillWebServer.TOKEN, token);
        }
        return b.build();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
