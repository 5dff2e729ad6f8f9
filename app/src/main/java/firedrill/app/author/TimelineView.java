package firedrill.app.author;

import firedrill.engine.scenario.InjectCondition;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.TimelineEvent;
import java.util.List;

/** The timeline section: a draggable strip of events and milestones over the scenario's window, the events table and a detail form. */
final class TimelineView {
    private TimelineView() {}

    static SectionView build(AuthorViewModel vm, FieldRegistry registry, List<firedrill.app.fx.CanvasPane> canvases) {
        SectionViews.Stack st = new SectionViews.Stack(Section.TIMELINE);
        TimelineStrip strip = new TimelineStrip(vm);
        canvases.add(strip);
        st.node(strip);
        ListEditor l = st.list(SectionViews.listEditor(vm, registry, Section.TIMELINE, "$.timeline", "Event",
                o -> o instanceof TimelineEvent e ? (e.id() == null ? e.kind() : e.id()) + " at " + e.at() : "event"));
        strip.setOnSelect(i -> {
            l.select(i);
            strip.setSelected(i);
        });
        l.column("at", "at", 60, true);
        l.column("kind", "kind", 80, false);
        l.column("id", "id", 120, true);
        l.column("channel", "channel", 80, true);
        l.column("text", "text", 260, true);
        l.addButton("+ Inject", () -> new TimelineEvent(time(vm), TimelineEvent.INJECT, null, "support",
                "support: a message the responders see.", null, null, null, null, null, null));
        l.addButton("+ Rollout", () -> new TimelineEvent(time(vm), TimelineEvent.ROLLOUT, "rollout", "deploy",
                "deploy-bot: rolling out the change.", 2, "PT5M", null, null, null, null));
        l.addButton("+ Upgrade", () -> new TimelineEvent(time(vm), TimelineEvent.UPGRADE, null, null, null, null, null,
                "largest:1", "network-component", "PT30M", null));
        l.addButton("+ OS update", () -> new TimelineEvent(time(vm), TimelineEvent.OS_UPDATE, null, null, null, null, null,
                "all", null, "PT1H", 0.1));
        Form d = l.detail();
        d.text("at", "At", "When it happens (HH:MM[+D]), between meta.start and the horizon; events stay in time order.");
        d.choice("kind", "Kind", () -> Choices.EVENT_KINDS, false, "inject: a message; rollout: the agent reaches the"
                + " clusters in waves; upgrade / os-update: need mechanisms.network.");
        d.text("id", "Id", "Unique among events (optional).");
        d.text("channel", "Channel", "Where the message appears (deploy, support, exec, …).");
        d.area("text", "Text", "The message (required for injects).");
        d.text("waves", "Waves", "Rollout only: the agent reaches the clusters in this many waves (1–100).");
        d.text("waveInterval", "Wave interval", "Rollout only: time between waves (ISO duration ≥ PT1S).");
        d.suggest("target", "Target", () -> Choices.selectors(vm.scenario()), "Upgrade and OS update: clusters it reaches.");
        d.text("window", "Window", "Upgrade: completes at at + window; OS update: reaches each cluster within it.");
        d.text("removesLabel", "Removes label", "Upgrade: node label it removes from control-plane nodes.");
        d.text("share", "Share", "OS update: share of each cluster's nodes whose networking breaks.");
        d.heading("Inject condition", "An inject with a condition fires only when what the team sees matches it: at its"
                + " time, or as soon as it holds up to Until; otherwise it is skipped. Leave all empty for always.");
        d.text("until", "Until", "Wait for the condition up to this time (HH:MM[+D], at or after At); empty: only at At.");
        d.text("when.noStatusUpdateFor", "No status update for", "Only when no status update was posted for this long"
                + " (ISO duration, e.g. PT30M).");
        d.choice("when.impact", "Impact", () -> List.of(InjectCondition.ONGOING, InjectCondition.OVER), true,
                "ongoing: some product observed below 99%; over: every product at 99% or more.");
        d.numbers("when.servicesBelow", "Products below", () -> Choices.services(vm.scenario()), "share (0–1)",
                "Only when each product given has observed availability below its share.");
        d.numbers("when.servicesAtLeast", "Products at least", () -> Choices.services(vm.scenario()), "share (0–1)",
                "Only when each product given has observed availability at least its share.");
        d.choice("when.alertFiring", "Alert firing", () -> Choices.alertIds(vm.scenario()), true,
                "Only while an alert of this rule is firing.");
        d.choice("when.afterAction", "After action", () -> Choices.actionIds(vm.scenario()), true,
                "Only once the team has issued this action.");
        st.onRefresh(() -> {
            strip.update(vm.scenario());
            strip.setSelected(l.selected());
        });
        return st;
    }

    private static String time(AuthorViewModel vm) {
        Scenario s = vm.scenario();
        return Choices.nextTime(s, s.timeline().stream().map(e -> e == null ? null : e.at()).toList());
    }
}
