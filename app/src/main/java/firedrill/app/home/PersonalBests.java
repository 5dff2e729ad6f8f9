package firedrill.app.home;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import firedrill.app.fx.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The trainee's best run per scenario, kept in {@code personal-bests.json} in the data dir and
 * rewritten atomically when a run beats it. Best = fewest impact minutes (all services), then most
 * milestones within tolerance. Full session records are a later feature; this is deliberately small.
 */
public final class PersonalBests {
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

    public PersonalBests(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        Stored s = JsonFiles.read(file, Stored.class);
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

    /** Records a run; saves when it beats the previous best. */
    public Update record(Best run) {
        Best previous = bests.get().get(run.scenarioId());
        if (!run.beats(previous)) {
            return new Update(previous, false);
        }
        Map<String, Best> m = new LinkedHashMap<>(bests.get());
        m.put(run.scenarioId(), run);
        List<Best> list = new ArrayList<>(m.values());
        list.sort((a, b) -> a.scenarioId().compareTo(b.scenarioId()));
        try {
            JsonFiles.write(file, new Stored(list));
        } catch (IOException e) {
            System.err.println("firedrill: cannot save personal bests to " + file + ": " + e.getMessage());
        }
        bests.set(Map.copyOf(m));
        return new Update(previous, true);
    }

    public Path file() {
        return file;
    }
}
