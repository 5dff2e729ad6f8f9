package firedrill.engine.postmortem;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Proposes the run outcome a timeline entry describes, from its words ("first cluster recovers" →
 * {@code firstClusterRecovered}, "fully recovered" → {@code fullRecovery:SERVICE}). Only a proposal:
 * the author checks it in the editor. Status-page posts and announcements are never measures, since
 * they report what happened earlier; they become injects.
 */
public final class MeasureGuess {
    private record Rule(Pattern words, String measure) {}

    private static final Pattern ANNOUNCEMENT = Pattern.compile("^(status( page)?|public|announce\\w*|tweet|press)\\b.*");
    private static final List<Rule> RULES = List.of(
            rule("all clusters (are )?recover", "allClustersRecovered"),
            rule("first cluster (is )?recover", "firstClusterRecovered"),
            rule("all services (are )?(operational|recovered|restored)", "allServicesRecovered"),
            rule("\\bpeaks?\\b", "peak:%s"),
            rule("(first|partial|begins?|starts?( to)?|initial)\\W+(\\w+\\W+){0,2}recover", "recoveryStart:%s"),
            rule("(fully|full|complete(ly)?) recover|fully (restored|operational)|full recovery|end of the .*outage|event end",
                    "fullRecovery:%s"),
            rule("\\brecovered\\b", "fullRecovery:%s"),
            rule("impact (begins|starts)|outage (in|begins|starts)|comes to a halt|starts? failing|errors begin|"
                    + "\\btrigger\\b.*impact|\\bimpact\\b.*\\bbegins?", "impactStart:%s"),
            rule("\\balerts?\\b.*\\b(fire|fires|fired|firing)\\b|\\balerts fire|first .*alerts?\\b", "firstAlert"));

    private MeasureGuess() {}

    private static Rule rule(String regex, String measure) {
        return new Rule(Pattern.compile(regex), measure);
    }

    /** The proposed measure for {@code text} with per-service measures on {@code service}, or null. */
    public static String propose(String text, String service) {
        String t = text.toLowerCase(Locale.ROOT);
        if (ANNOUNCEMENT.matcher(t).matches()) {
            return null;
        }
        for (Rule r : RULES) {
            if (r.words().matcher(t).find()) {
                return r.measure().contains("%s") ? String.format(Locale.ROOT, r.measure(), service) : r.measure();
            }
        }
        return null;
    }
}
