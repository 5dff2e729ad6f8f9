package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 20: problems are named as the form counts (from 1), with the JSON path (from 0) beside them. */
class ProblemLabelTest {
    @Test
    void countsFromOneAsTheFormDoes() {
        assertEquals("Event 5 · time", ProblemLabel.of("$.timeline[4].at"));
        assertEquals("Fleet · Cluster 3 · nodes", ProblemLabel.of("$.fleet.clusters[2].nodes"));
        assertEquals("Playbook step 2 · target", ProblemLabel.of("$.referencePlaybook.actions[1].target"));
        assertEquals("Milestone 1 · measure", ProblemLabel.of("$.realTimeline[0].measure"));
        assertEquals("Mechanisms · control plane · seats per replica",
                ProblemLabel.of("$.mechanisms.controlPlane.seatsPerReplica"));
        assertEquals("The scenario", ProblemLabel.of("$"));
    }
}
