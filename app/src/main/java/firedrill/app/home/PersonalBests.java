package firedrill.app.home;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import firedrill.app.fx.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The trainee's best run per scenario, kept in {@code personal-bests.json} in the data dir and
 * rewritten atomically when a run beats it. Best = fewest impact minutes (all services), then most
 * milestones within tolerance. A damaged file is moved aside, never overwritten, and
 * {@link #noticeProperty} tells the user; so does a failed save. Deliberately small: the full record of
 * every run is the session store.
 */
public final class PersonalBests {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersonalBests.class);
    public static final String FILE = "personal-bests.json";

    /** One scenario's best run. {@code apiFullRecovery} is local HH:MM or null (never). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Best(String scenarioId, double impactMinutes, String apiFullRecovery, int milestonesWithin,
                       int milestones, String mode, long seed, String date) {
        public boolean beats(Best other) {
            if (other == null) {
                return true;
            }
            if (impactMinutes != other.impactMinutes) {
                return impactMinutes < other.impactMinutes;
            }
            return milestonesWithin > other.milestonesWithin;
        }
    }

    /** What recording a run did: the best before it, and whether the run replaced it. */
    public record Update(Best previous, boolean improved) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(List<Best> bests) {}

    private final Path file;
    private final ReadOnlyObjectWrapper<Map<String, Best>> bests = new ReadOnlyObjectWrapper<>(this, "bests", Map.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final boolean writable;

    public PersonalBests(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    /** @param clock stamps the name a damaged file is moved aside to */
    public PersonalBests(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE);
        JsonFiles.Loaded<Stored> loaded = JsonFiles.read(file, Stored.class, "personal bests", clock);
        writable = loaded.writable();
        notice.set(loaded.notice());
        Stored s = loaded.value();
        Map<String, Best> m = new LinkedHashMap<>();
        if (s != null && s.bests() != null) {
            for (Best b : s.bests()) {
                if (b != null && b.scenarioId() != null) {
                    m.put(b.scenarioId(), b);
                }
            }
        }
        bests.set(Map.copyOf(m));
    }

    public Optional<Best> best(String scenarioId) {
        return Optional.ofNullable(bests.get().get(scenarioId));
    }

    /** All bests by scenario id (immutable; replaced on every change). */
    public ReadOnlyObjectProperty<Map<String, Best>> bestsProperty() {
        return bests.getReadOnlyProperty();
    }

    /** What the user should know about the bests file (null when all is well). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Records a run; saves when it beats the previous best (never over a file that could not be read). */
    public Update record(Best run) {
        Best previous = bests.get().get(run.scenarioId());
        if (!run.beats(previous)) {
            return new Update(previous, false);
        }
        Map<String, Best> m = new LinkedHashMap<>(bests.get());
        m.put(run.scenarioId(), run);
        List<Best> list = new ArrayList<>(m.values());
        list.sort((a, b) -> a.scenarioId().compareTo(b.scenarioId()));
        if (writable) {
            try {
                JsonFiles.write(file, new Stored(list));
            } catch (IOException e) {
                LOG.warn("Cannot save personal bests to {}", file, e);
                notice.set("Your new personal best could not be saved to " + file + " (" + e.getMessage()
                        + "); it holds until Firedrill closes.");
            }
        }
        bests.set(Map.copyOf(m));
        return new Update(previous, true);
    }

    public Path file() {
        return file;
    }
}
