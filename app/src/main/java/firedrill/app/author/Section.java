package firedrill.app.author;

/** The editor's sidebar: one entry per top-level part of the scenario format (docs/scenario-format.md). */
public enum Section {
    META("Meta", "meta", "Title, date, time zone, sources, objectives, difficulty"),
    FLEET("Fleet", "fleet", "Regions, services, clusters and the generator"),
    MECHANISMS("Mechanisms", "mechanisms", "Physics parameters, with units"),
    TIMELINE("Timeline", "timeline", "Scripted trigger and narrative injects"),
    ALERTS("Alerts", "alerts", "Alert rules on observed metrics"),
    ACTIONS("Actions", "actions", "The action catalog offered to responders"),
    TEAM("Team", "team", "Responders and escalation"),
    MILESTONES("Real timeline", "realTimeline", "What really happened, for scoring"),
    PLAYBOOK("Reference playbook", "referencePlaybook", "The real responders' actions, reconstructed"),
    DISCUSSION("Discussion", "discussion", "Questions for the after-action review"),
    ASSUMPTIONS("Assumptions", "assumptions", "Numbers the sources do not give, with reasons");

    private final String title;
    private final String field;
    private final String description;

    Section(String title, String field, String description) {
        this.title = title;
        this.field = field;
        this.description = description;
    }

    public String title() {
        return title;
    }

    /** The top-level JSON field the section edits. */
    public String field() {
        return field;
    }

    public String description() {
        return description;
    }

    public String path() {
        return "$." + field;
    }

    /** The section a JSON path belongs to; {@code $} and {@code $.format} belong to meta. */
    public static Section of(String path) {
        String first;
        try {
            first = JsonPath.section(path);
        } catch (IllegalArgumentException e) {
            return META;
        }
        for (Section s : values()) {
            if (s.field.equals(first)) {
                return s;
            }
        }
        return META;
    }
}
