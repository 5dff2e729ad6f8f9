package firedrill.app.author;

import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Scenario;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;

/**
 * The mechanisms section: one group per mechanism, every parameter with its unit, range and the
 * meaning from docs/scenario-format.md ({@link FieldHelp}). Optional mechanisms can be switched on
 * (with working defaults) and off.
 */
final class MechanismsView {
    /** Group title, description and whether the section may be absent. */
    private record Group(String field, String title, String description, boolean optional) {}

    private static final List<Group> GROUPS = List.of(
            new Group("controlPlane", "Control plane", "API server capacity and overload (required).", false),
            new Group("telemetry", "Telemetry agent", "The rolled-out agent (required with a rollout).", true),
            new Group("dns", "DNS", "CoreDNS fed by the API (required).", false),
            new Group("dataPlane", "Data plane", "Workloads and services (required).", false),
            new Group("observation", "Observation", "What responders see (required).", false),
            new Group("network", "Network", "Cross-node pod networking (needed by upgrade and os-update events).", true),
            new Group("repair", "Repair", "Recovery capacity for broken nodes.", true),
            new Group("backlog", "Backlog", "Work that queues while a service is down.", true));

    private MechanismsView() {}

    static SectionView build(AuthorViewModel vm, FieldRegistry registry) {
        SectionViews.Stack st = new SectionViews.Stack(Section.MECHANISMS);
        for (Group grp : GROUPS) {
            String base = "$.mechanisms." + grp.field();
            Form f = new Form(vm, () -> base, base);
            registry.add(base, Section.MECHANISMS, p -> f.focus(SectionViews.relative(base, p)));
            CheckBox include = new CheckBox("Include");
            include.setId("include-" + grp.field());
            f.heading(grp.title(), grp.description());
            f.node("", include);
            include.setOnAction(e -> vm.set(base, include.isSelected() ? defaults(grp.field(), vm.scenario()) : null));
            Class<?> type = ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, base));
            for (RecordComponent rc : type.getRecordComponents()) {
                String name = rc.getName();
                FieldHelp.Help h = FieldHelp.of(base + "." + name);
                String hint = h == null ? null : capitalise(h.text()) + (h.range().isEmpty() ? "" : " Range " + h.range() + ".");
                if (rc.getType() == Boolean.class) {
                    f.check(name, name, true, hint);
                } else if (Map.class.isAssignableFrom(rc.getType())) {
                    f.numbers(name, name, () -> Choices.services(vm.scenario()), h == null ? "" : h.unit(), hint);
                } else {
                    f.text(name, name, hint, h == null ? null : h.unit());
                }
            }
            f.onRefresh(() -> {
                boolean present = ScenarioLens.get(vm.scenario(), base) != null;
                include.setSelected(present);
                include.setDisable(!grp.optional() && present);
            });
            st.form(f);
        }
        return st;
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Working values for a mechanism switched on (from the template, or documented examples). */
    static Object defaults(String field, Scenario current) {
        Mechanisms t = ScenarioFiles.template().mechanisms();
        switch (field) {
            case "network":
                return new Mechanisms.Network("network-component", 90.0, 300.0, null, null);
            case "repair":
                return new Mechanisms.Repair(50.0);
            case "backlog":
                return new Mechanisms.Backlog(30.0, 0.9, 0.5, Map.of());
            default:
                return ScenarioLens.get(t, "$." + field);
        }
    }
}
