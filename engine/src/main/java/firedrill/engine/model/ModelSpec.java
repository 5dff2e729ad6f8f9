package firedrill.engine.model;

import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.InjectCondition;
import firedrill.engine.scenario.Mechanisms;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.scenario.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A validated scenario resolved for the engine: times as ticks from the scenario start, the fleet
 * built, parameters in base units. Immutable; shared by all runs and forks.
 */
public final class ModelSpec {
    /** Default end of a run: 23:59 on the incident day. */
    public static final String DEFAULT_HORIZON = "23:59";

    private final Scenario scenario;
    private final FleetLayout layout;
    private final String hash;
    private final int startSecondOfDay;
    private final int horizonTick;
    private final int rolloutTick;
    private final int waveIntervalTicks;
    private final int waves;
    private final List<Inject> injects;

    /**
     * A narrative message scheduled at a tick. A conditional inject ({@code when} not null) fires at
     * the first tick in [{@code tick}, {@code untilTick}] at which its condition holds, or not at all.
     */
    public record Inject(int tick, String id, String channel, String text, int untilTick, InjectCondition when) {
        public Inject(int tick, String id, String channel, String text) {
            this(tick, id, channel, text, tick, null);
        }

        public boolean conditional() {
            return when != null && !when.always();
        }
    }

    public ModelSpec(Scenario scenario) {
        this.scenario = scenario;
        this.hash = contentHash(scenario);
        this.startSecondOfDay = ScenarioTime.secondsOfDay(scenario.meta().start());
        String horizon = scenario.meta().horizon() == null ? DEFAULT_HORIZON : scenario.meta().horizon();
        this.horizonTick = ScenarioTime.secondsOfDay(horizon) - startSecondOfDay;
        int rt = -1;
        int wi = 0;
        int w = 0;
        List<Inject> inj = new ArrayList<>();
        for (TimelineEvent e : scenario.timeline()) {
            int tick = ScenarioTime.secondsOfDay(e.at()) - startSecondOfDay;
            if (TimelineEvent.ROLLOUT.equals(e.kind())) {
                rt = tick;
                w = e.waves();
                wi = ScenarioTime.seconds(e.waveInterval());
                if (e.text() != null) {
                    inj.add(new Inject(tick, e.id(), e.channel() == null ? "deploy" : e.channel(), e.text()));
                }
            } else if (TimelineEvent.INJECT.equals(e.kind())) {
                int until = e.until() == null ? tick : ScenarioTime.secondsOfDay(e.until()) - startSecondOfDay;
                inj.add(new Inject(tick, e.id(), e.channel() == null ? "infra" : e.channel(), e.text(), until, e.when()));
            } else if (e.text() != null && !TimelineEvent.OS_UPDATE.equals(e.kind())) {
                // An upgrade may announce itself; OS updates arrive silently, as unattended upgrades do.
                inj.add(new Inject(tick, e.id(), e.channel() == null ? "infra" : e.channel(), e.text()));
            }
        }
        inj.sort((a, b) -> Integer.compare(a.tick(), b.tick()));
        this.rolloutTick = rt;
        this.waveIntervalTicks = wi;
        this.waves = w;
        this.injects = List.copyOf(inj);
        this.layout = FleetBuilder.build(scenario.fleet(), scenario.mechanisms().controlPlane(), w);
    }

    static String contentHash(Scenario scenario) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(StrictJson.write(scenario).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public FleetLayout layout() {
        return layout;
    }

    /** SHA-256 of the scenario's canonical JSON; sessions record it to detect edited scenarios. */
    public String hash() {
        return hash;
    }

    public int startSecondOfDay() {
        return startSecondOfDay;
    }

    public int horizonTick() {
        return horizonTick;
    }

    /** Tick of a local time such as "15:13" or "08:58+1". */
    public int tickOf(String localTime) {
        return ScenarioTime.secondsOfDay(localTime) - startSecondOfDay;
    }

    /** Local HH:MM[+D] of a tick. */
    public String timeOf(int tick) {
        return ScenarioTime.format(startSecondOfDay + tick);
    }

    public String clockOf(int tick) {
        return ScenarioTime.formatSeconds(startSecondOfDay + tick);
    }

    public int rolloutTick() {
        return rolloutTick;
    }

    public int waveIntervalTicks() {
        return waveIntervalTicks;
    }

    public int waves() {
        return waves;
    }

    public List<Inject> injects() {
        return injects;
    }

    public Mechanisms mechanisms() {
        return scenario.mechanisms();
    }

    public ActionSpec action(String id) {
        return scenario.action(id);
    }
}
