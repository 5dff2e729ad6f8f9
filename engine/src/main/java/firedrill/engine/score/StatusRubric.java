package firedrill.engine.score;

import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.sim.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transparent rubric for status updates (docs/scoring.md, "Status updates"): each posted update
 * earns one point per criterion it meets, out of {@link #MAX_POINTS}.
 * <ol>
 * <li><b>products</b>: it names every product the probes showed below 99% when it was posted (by
 *     name or id; nothing to name before impact);</li>
 * <li><b>status</b>: it says where things stand (investigating, identified, monitoring, resolved,
 *     degraded, down, recovering, …);</li>
 * <li><b>next update</b>: it promises the next update at a time ("next update at 16:15", "again in 30
 *     minutes");</li>
 * <li><b>kept</b>: the next update was posted by then (with {@link #GRACE_SECONDS} of grace).</li>
 * </ol>
 * A closing update (nothing observed below 99% and it says resolved or recovered) needs no next update:
 * criteria 3 and 4 count as met. Words are matched case-insensitively on word boundaries; the rules are
 * deliberately simple so a trainee can see why an update scored as it did.
 */
public final class StatusRubric {
    public static final int MAX_POINTS = 4;
    /** How late the next update may land after the promised time and still count as kept. */
    public static final int GRACE_SECONDS = 2 * 60;
    /** A promised time further ahead than this is not read as a next-update time. */
    static final int MAX_PROMISE_SECONDS = 12 * 3600;
    static final String PRODUCTS = "products";
    static final String STATUS = "status";
    static final String NEXT = "next update";
    static final String KEPT = "kept";

    /** Words that state where an incident stands. */
    static final List<String> STATUS_WORDS = List.of("investigating", "investigate", "identified", "monitoring",
            "resolved", "recovering", "recovered", "recovery", "restored", "restoring", "degraded", "outage", "down",
            "offline", "unavailable", "unreachable", "failing", "errors", "elevated", "partial", "mitigated",
            "mitigating", "fixed", "operational", "delayed", "working on");
    private static final Pattern CLOSING = Pattern.compile("\\b(resolved|recovered|fully restored|operational)\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b([01]?\\d|2[0-3]):([0-5]\\d)\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?![\\d:])", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:in|within|after)\\s+(?:the\\s+next\\s+)?(\\d{1,3}|an?|half an)\\s*(minutes?|mins?|hours?|hrs?|h|hour)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMISE = Pattern.compile("\\b(update|again|report back|more information|more details)\\b",
            Pattern.CASE_INSENSITIVE);

    /** One criterion: met or not, and why in words. */
    public record Criterion(String name, boolean met, String why) {}

    /**
     * One posted update: issued and posted ticks, its text (null when it had none), each criterion,
     * and the tick it promised the next update by (-1 when none).
     */
    public record Scored(int issuedTick, int postedTick, String text, List<Criterion> criteria, int promisedTick) {
        public int points() {
            return (int) criteria.stream().filter(Criterion::met).count();
        }

        public double share() {
            return (double) points() / MAX_POINTS;
        }
    }

    /** A posted update before scoring. */
    public record Posted(int issuedTick, int postedTick, String text) {}

    private StatusRubric() {}

    /** Scores every update (in posting order) against what the probes showed in {@code history}. */
    public static List<Scored> score(ModelSpec spec, History history, List<Posted> posted) {
        List<Posted> ordered = new ArrayList<>(posted);
        ordered.sort((a, b) -> Integer.compare(a.postedTick(), b.postedTick()));
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Posted p = ordered.get(i);
            int next = i + 1 < ordered.size() ? ordered.get(i + 1).postedTick() : -1;
            out.add(score(spec, history, p, next));
        }
        return List.copyOf(out);
    }

    /** The mean share of points over the updates (0 when there are none). */
    public static double quality(List<Scored> updates) {
        return updates.isEmpty() ? 0 : updates.stream().mapToDouble(Scored::share).average().orElse(0);
    }

    static Scored score(ModelSpec spec, History history, Posted p, int nextPosted) {
        String text = p.text() == null ? "" : p.text().trim();
        if (text.isEmpty()) {
            String why = "no text: the page only shows that something was posted";
            return new Scored(p.issuedTick(), p.postedTick(), null, List.of(new Criterion(PRODUCTS, false, why),
                    new Criterion(STATUS, false, why), new Criterion(NEXT, false, why), new Criterion(KEPT, false, why)), -1);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        FleetLayout layout = spec.layout();
        List<String> affected = affected(layout, history, p.postedTick());
        List<String> missing = new ArrayList<>();
        for (String id : affected) {
            int k = layout.serviceIndex(id);
            if (!names(lower, id, layout.serviceName(k))) {
                missing.add(layout.serviceName(k));
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        if (affected.isEmpty()) {
            criteria.add(new Criterion(PRODUCTS, true, "no product was failing when it was posted"));
        } else if (missing.isEmpty()) {
            criteria.add(new Criterion(PRODUCTS, true, "names every failing product (" + names(layout, affected) + ")"));
        } else {
            criteria.add(new Criterion(PRODUCTS, false, "does not name " + Decisions.list(missing)
                    + ", failing when it was posted"));
        }
        String word = statusWord(lower);
        criteria.add(word == null
                ? new Criterion(STATUS, false, "does not say where things stand (investigating, identified, monitoring, resolved…)")
                : new Criterion(STATUS, true, "says \"" + word + "\""));
        boolean closing = affected.isEmpty() && CLOSING.matcher(lower).find();
        int promised = promisedTick(spec, text, p.postedTick());
        if (closing && promised < 0) {
            criteria.add(new Criterion(NEXT, true, "a closing update: no next update needed"));
            criteria.add(new Criterion(KEPT, true, "a closing update: nothing to keep"));
            return new Scored(p.issuedTick(), p.postedTick(), text, List.copyOf(criteria), -1);
        }
        if (promised < 0) {
            criteria.add(new Criterion(NEXT, false, "promises no time for the next update"));
            criteria.add(new Criterion(KEPT, false, "no promise to keep"));
            return new Scored(p.issuedTick(), p.postedTick(), text, List.copyOf(criteria), -1);
        }
        criteria.add(new Criterion(NEXT, true, "promises the next update by " + spec.timeOf(promised)));
        if (nextPosted >= 0 && nextPosted <= promised + GRACE_SECONDS) {
            criteria.add(new Criterion(KEPT, true, "the next update came at " + spec.timeOf(nextPosted)));
        } else if (nextPosted >= 0) {
            criteria.add(new Criterion(KEPT, false, String.format(Locale.ROOT, "the next update came at %s, %.0f min late",
                    spec.timeOf(nextPosted), (nextPosted - promised) / 60.0)));
        } else if (promised > spec.horizonTick()) {
            criteria.add(new Criterion(KEPT, true, "the run ended before the promised time"));
        } else {
            criteria.add(new Criterion(KEPT, false, "no further update was posted"));
        }
        return new Scored(p.issuedTick(), p.postedTick(), text, List.copyOf(criteria), promised);
    }

    /** Products the probes showed below 99% in the minute the update was posted. */
    static List<String> affected(FleetLayout layout, History history, int tick) {
        List<String> out = new ArrayList<>();
        if (history.size() == 0) {
            return out;
        }
        double[] seen = history.minute(Math.min(history.size() - 1, Math.max(0, tick / 60))).observedAvailability();
        for (int k = 0; k < layout.services(); k++) {
            if (!Double.isNaN(seen[k]) && seen[k] < ServiceOutcome.IMPACT) {
                out.add(layout.serviceId(k));
            }
        }
        return out;
    }

    /** True when the text names the product by id, name, or name without a parenthesised part. */
    static boolean names(String lowerText, String id, String name) {
        List<String> forms = new ArrayList<>();
        forms.add(id.replace('-', ' '));
        forms.add(id);
        if (name != null) {
            forms.add(name);
            int paren = name.indexOf('(');
            if (paren > 0) {
                forms.add(name.substring(0, paren).trim());
            }
        }
        for (String f : forms) {
            if (!f.isBlank() && word(f.toLowerCase(Locale.ROOT)).matcher(lowerText).find()) {
                return true;
            }
        }
        return false;
    }

    static String statusWord(String lowerText) {
        for (String w : STATUS_WORDS) {
            if (word(w).matcher(lowerText).find()) {
                return w;
            }
        }
        return null;
    }

    private static Pattern word(String w) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * The tick by which the text promises the next update, or -1: the first clock time ("16:15", "4:15
     * pm") or relative time ("in 30 minutes", "within the hour" is not precise enough) in a sentence
     * that talks about an update. A clock time is taken on the first day on which it lies after posting,
     * and only when that is within 12 hours.
     */
    static int promisedTick(ModelSpec spec, String text, int postedTick) {
        for (String sentence : text.split("(?<=[.!?;])\\s+|\\n+")) {
            if (!PROMISE.matcher(sentence).find()) {
                continue;
            }
            int best = -1;
            int bestAt = Integer.MAX_VALUE;
            Matcher clock = CLOCK.matcher(sentence);
            if (clock.find()) {
                int h = Integer.parseInt(clock.group(1));
                int m = Integer.parseInt(clock.group(2));
                String ampm = clock.group(3) == null ? "" : clock.group(3).toLowerCase(Locale.ROOT);
                if (ampm.startsWith("p") && h < 12) {
                    h += 12;
                } else if (ampm.startsWith("a") && h == 12) {
                    h = 0;
                }
                int now = spec.startSecondOfDay() + postedTick;
                int at = nextOccurrence(now, h * 3600 + m * 60);
                if (ampm.isEmpty() && h < 12) {
                    // "4:15" written on a 12-hour clock: whichever reading comes first.
                    at = Math.min(at, nextOccurrence(now, (h + 12) * 3600 + m * 60));
                }
                // A time already past ("Update 15:17: …") is a timestamp, not a promise; past midnight is fine.
                if (at - now <= MAX_PROMISE_SECONDS) {
                    best = at - spec.startSecondOfDay();
                    bestAt = clock.start();
                }
            }
            Matcher rel = RELATIVE.matcher(sentence);
            if (rel.find() && rel.start() < bestAt) {
                String n = rel.group(1).toLowerCase(Locale.ROOT);
                double amount = n.equals("a") || n.equals("an") ? 1 : n.equals("half an") ? 0.5 : Integer.parseInt(n);
                boolean hours = rel.group(2).toLowerCase(Locale.ROOT).startsWith("h");
                best = postedTick + (int) Math.round(amount * (hours ? 3600 : 60));
            }
            if (best > postedTick) {
                return best;
            }
        }
        return -1;
    }

    /** The first second (absolute, from the incident day's midnight) after {@code now} at this time of day. */
    private static int nextOccurrence(int now, int secondOfDay) {
        int at = Math.floorDiv(now, ScenarioTime.DAY) * ScenarioTime.DAY + secondOfDay;
        return at <= now ? at + ScenarioTime.DAY : at;
    }

    private static String names(FleetLayout layout, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(layout.serviceName(layout.serviceIndex(id)));
        }
        return Decisions.list(out);
    }
}
