package firedrill.engine.drill;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The incident command roles a drill starts with (docs/running-a-drill.md), after the Incident
 * Command System's: who leads and approves, who acts, who talks to the outside, who keeps the record,
 * who knows the system. A drill stores roles by {@link #label()} ({@code DrillRecord.roles}, and each
 * member's and decision's {@code role}), so records keep loading whatever the set-up offers; a drill
 * may rename, remove or add roles, and {@link #of} recognises a standard one by its label or a usual
 * alias. Only the {@link #INCIDENT_COMMANDER} {@link #approves()} what others propose.
 */
public enum IncidentRole {
    INCIDENT_COMMANDER(DrillRecord.INCIDENT_COMMANDER, "Leads the response: sets priorities, decides and approves actions",
            List.of("ic", "incident command", "commander")),
    OPERATIONS(DrillRecord.OPERATIONS, "Carries out the technical work on the fleet", List.of("ops", "operations lead")),
    COMMUNICATIONS(DrillRecord.COMMS, "Communications and liaison: status page, stakeholders, executives, support",
            List.of("communications", "liaison", "communications/liaison", "communications / liaison", "comms / liaison")),
    SCRIBE(DrillRecord.SCRIBE, "Keeps the timeline of decisions and observations", List.of("note taker", "recorder")),
    SUBJECT_MATTER_EXPERT(DrillRecord.SUBJECT_MATTER_EXPERT, "Knows the affected system; advises, does not decide",
            List.of("sme", "subject matter expert", "expert"));

    private final String label;
    private final String duty;
    private final List<String> aliases;

    IncidentRole(String label, String duty, List<String> aliases) {
        this.label = label;
        this.duty = duty;
        this.aliases = aliases;
    }

    /** The name stored in records and shown in the room. */
    public String label() {
        return label;
    }

    /** One line on what the role does (the set-up's tooltip, the briefing). */
    public String duty() {
        return duty;
    }

    /** Whether this role approves proposals from others (the incident commander only). */
    public boolean approves() {
        return this == INCIDENT_COMMANDER;
    }

    /** The standard role a drill's role name stands for (its label or an alias, any case), if any. */
    public static Optional<IncidentRole> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (IncidentRole r : values()) {
            if (r.label.toLowerCase(Locale.ROOT).equals(n) || r.aliases.contains(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The labels, in order: a new drill's roles. */
    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(IncidentRole::label).toList();
    }
}
