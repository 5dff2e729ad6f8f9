package firedrill.app.author;

import firedrill.engine.scenario.Scenario;

/**
 * One undoable edit of a scenario (Scene Builder's command objects, ADR 0009). Scenarios are
 * immutable, so applying returns a new scenario and reverting returns the one before: for the
 * scenario {@code s} it was applied to, {@code revert(apply(s)).equals(s)}.
 */
public interface EditCommand {
    /** Short text for the undo/redo buttons, e.g. "Set fleet.clusters[0].nodes to 900". */
    String description();

    /** JSON path of the edited value: where the editor puts the focus after undo or redo. */
    String path();

    Scenario apply(Scenario s);

    Scenario revert(Scenario s);
}
