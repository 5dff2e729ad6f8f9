package firedrill.engine.postmortem;

import firedrill.engine.scenario.Scenario;
import java.util.List;

/**
 * A scenario skeleton made from a post-mortem timeline: the scenario (valid, with placeholder fleet,
 * mechanisms and team marked in its assumptions), where each placed row went, and the rows that could
 * not be placed.
 */
public record Skeleton(Scenario scenario, List<Placement> placements, List<UnparsedRow> unparsed) {

    public Skeleton {
        placements = List.copyOf(placements);
        unparsed = List.copyOf(unparsed);
    }

    /** Where a row went: {@code path} is {@code $.realTimeline[i]} or {@code $.timeline[i]}. */
    public record Placement(TimelineRow row, String path, String at, String measure) {
        public boolean milestone() {
            return path.startsWith("$.realTimeline");
        }
    }

    public long milestones() {
        return placements.stream().filter(Placement::milestone).count();
    }

    public long injects() {
        return placements.size() - milestones();
    }

    /** A plain-text report: one line per placed and per unparsed row, for the CLI. */
    public String report(String file) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": placed ").append(placements.size()).append(" rows (").append(milestones())
                .append(" milestones, ").append(injects()).append(" injects), unparsed ").append(unparsed.size()).append('\n');
        for (Placement p : placements) {
            b.append("  line ").append(p.row().line()).append(": ").append(p.at()).append(' ').append(p.path())
                    .append(p.measure() == null ? "" : " " + p.measure()).append(": ").append(p.row().text()).append('\n');
        }
        for (UnparsedRow u : unparsed) {
            b.append("  line ").append(u.line()).append(": unparsed: ").append(u.reason()).append(": ").append(u.text())
                    .append('\n');
        }
        return b.toString();
    }
}
