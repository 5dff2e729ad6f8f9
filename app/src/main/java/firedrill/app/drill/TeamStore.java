package firedrill.app.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.app.session.AtomicWrite;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved team lists, {@code DATA/drills/teams.json} ({@code firedrill/teams@1}): each a name, the roles
 * and who plays which. The set-up remembers the last team that started a drill under {@link #LAST} and
 * offers every saved team. Read strictly (size-limited, unknown fields refused); a file that does not
 * read is reported, never overwritten silently; written atomically.
 */
public final class TeamStore {
    public static final String FORMAT = "firedrill/teams@1";
    /** The name under which the team of the last drill started is kept. */
    public static final String LAST = "Last drill";
    static final int MAX_TEAMS = 100;

    /** A saved team. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "roles", "roster"})
    public record Team(String name, List<String> roles, List<DrillRecord.Member> roster) {
        public Team {
            roles = roles == null ? List.of() : List.copyOf(roles);
            roster = roster == null ? List.of() : List.copyOf(roster);
        }

        @Override
        public String toString() {
            return name + " (" + roster.size() + (roster.size() == 1 ? " person)" : " people)");
        }
    }

    /** The file. */
    @JsonPropertyOrder({"format", "teams"})
    public record Teams(String format, List<Team> teams) {
        public Teams {
            teams = teams == null ? List.of() : List.copyOf(teams);
        }
    }

    private final Path file;

    public TeamStore(Path drillsDir) {
        this.file = drillsDir.resolve("teams.json");
    }

    public Path file() {
        return file;
    }

    /** The saved teams (none when there is no file yet). */
    public List<Team> load() throws InvalidInputException {
        if (!Files.exists(file)) {
            return List.of();
        }
        Teams t = StrictJson.read(file, Teams.class);
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(t.format())) {
            problems.add("$.format: expected \"" + FORMAT + "\"");
        }
        if (t.teams().size() > MAX_TEAMS) {
            problems.add("$.teams: expected at most " + MAX_TEAMS + " teams");
        }
        for (int i = 0; i < t.teams().size(); i++) {
            Team x = t.teams().get(i);
            if (x == null || x.name() == null || x.name().isBlank() || x.name().length() > 200) {
                problems.add("$.teams[" + i + "].name: expected a name of 1 to 200 characters");
            } else if (x.roster().size() > 100 || x.roles().size() > 100) {
                problems.add("$.teams[" + i + "]: expected at most 100 people and 100 roles");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new firedrill.engine.scenario.Problem(file.toString(), problems.get(0)
                    .substring(0, problems.get(0).indexOf(':')), problems.get(0).substring(problems.get(0).indexOf(':') + 2)));
        }
        return t.teams();
    }

    /** Saves {@code team} under its name (replacing a team of the same name), most recent first. */
    public void save(Team team) throws IOException, InvalidInputException {
        List<Team> all = new ArrayList<>(load());
        all.removeIf(t -> t.name().equals(team.name()));
        all.add(0, team);
        while (all.size() > MAX_TEAMS) {
            all.remove(all.size() - 1);
        }
        AtomicWrite.write(file, StrictJson.writeBytes(new Teams(FORMAT, all)));
    }
}
