package firedrill.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small app utilities that need no toolkit. */
class FxUtilitiesTest {
    @TempDir
    Path tmp;

    @Test
    void healthSeverityIsTheWorstObservedSignal() {
        assertEquals(0, HealthScale.severity(0, 0.1, 0));
        assertEquals(1, HealthScale.severity(0.9, 0.1, 0));
        assertEquals(1, HealthScale.severity(0, 0.1, 0.5), "DNS failing alone is down");
        assertEquals(0.5, HealthScale.severity(Double.NaN, 5.5, Double.NaN), 1e-9, "latency alone, half way");
        assertTrue(Double.isNaN(HealthScale.severity(Double.NaN, Double.NaN, Double.NaN)));
        assertEquals("no data", HealthScale.label(Double.NaN));
        assertEquals("down", HealthScale.label(1));
        HealthScale scale = new HealthScale();
        assertEquals(scale.noDataColor(), scale.color(Double.NaN));
    }

    @Test
    void formats() {
        assertEquals("41.3%", Formats.percent(0.4132));
        assertEquals("99.9%", Formats.percent(0.99996));
        assertEquals("—", Formats.percent(Double.NaN));
        assertEquals("1:02:03", Formats.elapsed(3723));
        assertEquals("0:04:05", Formats.elapsed(245));
        assertEquals("−12 min", Formats.deltaMinutes(-12.2));
        assertEquals("+4 min", Formats.deltaMinutes(4));
        assertEquals("on time", Formats.deltaMinutes(0.2));
        assertEquals("8 min", Formats.duration("PT8M"));
        assertEquals("30 s", Formats.duration("PT30S"));
        assertEquals("0.05", Formats.number(0.05));
        assertEquals("250", Formats.number(250.0));
        assertEquals("11 December 2024", Formats.date("2024-12-11"));
    }

    @Test
    void listDiffChangesOnlyWhatDiffers() {
        ObservableList<String> list = FXCollections.observableArrayList("b", "c", "d");
        List<String> events = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                events.add(c.wasReplaced() ? "replace " + c.getFrom() : c.wasAdded() ? "add " + c.getFrom()
                        : "remove " + c.getFrom());
            }
        });
        assertTrue(ListDiff.apply(list, List.of("a", "b", "c", "d")));
        assertEquals(List.of("add 0"), events);
        events.clear();
        assertFalse(ListDiff.apply(list, List.of("a", "b", "c", "d")));
        assertTrue(events.isEmpty());
        assertTrue(ListDiff.apply(list, List.of("a", "x", "c", "d")));
        assertEquals(List.of("replace 1"), events);
        assertTrue(ListDiff.apply(list, List.of("a", "d")));
        assertEquals(List.of("a", "d"), list);
        assertTrue(ListDiff.apply(list, List.of()));
        assertTrue(list.isEmpty());
    }

    @Test
    void frameStats() {
        FrameStats s = new FrameStats(100);
        long t = 0;
        s.record(t, 1_000_000);
        for (int i = 0; i < 10; i++) {
            t += i == 5 ? 50_000_000 : 16_000_000;
            s.record(t, 2_000_000);
        }
        assertEquals(10, s.frames());
        assertEquals(16.0, s.p50(), 1e-9);
        assertEquals(50.0, s.p99(), 1e-9);
        assertEquals(1, s.dropped());
        assertEquals(2.0, s.renderP50(), 1e-9);
    }

    @Test
    void damagedJsonReadsAsAbsentAndIsSetAside() throws Exception {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-02T03:04:05Z"), java.time.ZoneOffset.UTC);
        Path f = tmp.resolve("x.json");
        Files.writeString(f, "{not json");
        JsonFiles.Loaded<java.util.Map> damaged = JsonFiles.read(f, java.util.Map.class, "test", clock);
        assertNull(damaged.value());
        assertTrue(damaged.writable());
        assertTrue(Files.exists(tmp.resolve("x.json.corrupt-20260102-030405")));
        JsonFiles.Loaded<java.util.Map> missing = JsonFiles.read(tmp.resolve("missing.json"), java.util.Map.class, "test", clock);
        assertNull(missing.value());
        assertNull(missing.notice(), "a missing file is not a problem");
        Files.writeString(f, "{\"a\": 1, \"unknown\": true}");
        assertEquals(java.util.Map.of("a", 1, "unknown", true), JsonFiles.read(f, java.util.Map.class, "test", clock).value());
    }

    @Test
    void dataDirFollowsThePropertyThenXdgThenHome() {
        assertEquals(Path.of("/t/d"), DataDir.resolve("/t/d", "/xdg", "/home/u"));
        assertEquals(Path.of("/xdg/firedrill"), DataDir.resolve(null, "/xdg", "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/firedrill"), DataDir.resolve(null, "relative", "/home/u"),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
        assertEquals(Path.of("/home/u/.local/share/firedrill"), DataDir.resolve("", null, "/home/u"));
    }
}
