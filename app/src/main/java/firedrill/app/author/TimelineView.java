package firedrill.app.author;

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
