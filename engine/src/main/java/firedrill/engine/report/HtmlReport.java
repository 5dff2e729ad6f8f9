package firedrill.engine.report;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Meta;
import firedrill.engine.score.Decisions;
import firedrill.engine.score.Scorecard;
import firedrill.engine.score.StatusRubric;
import firedrill.engine.session.SessionRecord;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link AfterActionReport} as one self-contained HTML page: inline CSS (with print rules,
 * so a browser prints it to PDF cleanly), inline SVG charts, no scripts, no external requests (source
 * URLs are shown as text, never fetched or linked). Every text from the scenario, commands and notes
 * goes through {@link Html#escape}; markup here is static.
 */
final class HtmlReport {
    private final AfterActionReport r;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(AfterActionReport r) {
        this.r = r;
    }

    static String render(AfterActionReport report) {
        return new HtmlReport(report).page();
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    private HtmlReport w(String markup) {
        out.append(markup);
        return this;
    }

    /** Escaped text. */
    private HtmlReport t(String text) {
        out.append(e(text));
        return this;
    }

    private String page() {
        ModelSpec spec = r.spec();
        Meta meta = spec.scenario().meta();
        String title = meta == null || meta.title() == null ? spec.scenario().id() : meta.title();
        w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w("<title>After-action report — ").t(title).w("</title>\n<style>\n").w(CSS).w("</style>\n</head>\n<body>\n<main>\n");
        header(spec, meta, title);
        summary();
        extrapolation();
        timeline();
        charts();
        decisions();
        statusUpdates();
        strengths();
        improvements();
        if (r.extension() != null) {
            r.extension().appendHtml(out);
        }
        discussion();
        notes();
        footer(spec, meta);
        w("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(ModelSpec spec, Meta meta, String title) {
        SessionRecord s = r.session();
        w("<header>\n<p class=\"kicker\">After-action report</p>\n<h1>").t(title).w("</h1>\n<p class=\"sub\">");
        t(spec.scenario().id());
        if (meta != null && meta.date() != null) {
            w(" · ").t(meta.date());
        }
        w(" · seed ").t(String.valueOf(r.card().record().seed()));
        if (s != null && s.mode() != null) {
            w(" · ").t(s.mode()).w(" mode");
        }
        if (s != null && s.difficulty() != null) {
            w(" · ").t(s.difficulty());
        }
        if (s != null && s.savedAt() != null) {
            w(" · saved ").t(s.savedAt());
        }
        w("</p>\n</header>\n");
    }

    private void summary() {
        Scorecard c = r.card();
        Scorecard.Grade g = c.grade();
        String tone = Scorecard.BETTER.equals(g.label()) ? "good" : Scorecard.BEHIND.equals(g.label()) ? "bad" : "par";
        w("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"grade ").w(tone).w("\"><span class=\"value\">")
                .t(String.valueOf(g.value())).w("</span><span class=\"of\">/100</span><span class=\"label\">")
                .t(g.label()).w("</span></div>\n<ul class=\"headlines\">\n");
        for (String h : c.headlines().subList(1, c.headlines().size())) {
            w("<li>").t(h).w("</li>\n");
        }
        String upTo = c.endedEarly() ? " to " + r.time(c.scoredTo()) : "";
        w("</ul>\n<table class=\"metrics\">\n<thead><tr><th>Measure</th><th>Your run").t(upTo).w("</th><th>Real team")
                .t(upTo).w("</th></tr></thead>\n<tbody>\n");
        row("Impact-minutes (all products)", fmt1(c.impactMinutes()), fmt1(c.referenceImpactMinutes())
                + (c.par() == null ? "" : " (par p10–p90 " + fmt1(c.par().impact().p10()) + "–" + fmt1(c.par().impact().p90()) + ")"));
        Scorecard.Mitigation first = c.firstMitigation();
        Scorecard.Mitigation real = c.realFirstMitigation();
        row("First effective mitigation", first == null ? "none" : r.time(first.issuedTick()) + " " + first.action(),
                real == null ? "none" : r.time(real.issuedTick()) + " " + real.action());
        row("Harmful actions", String.valueOf(c.harmful().size()),
                String.valueOf(c.referenceDecisions().stream().filter(Decisions.Decision::hurt).count()));
        row("Responders idle while customers were affected", pct(c.idle().share()), pct(c.referenceIdle().share()));
        row("Half-hours with a status update", c.cadence().slotsCovered() + " of " + c.cadence().slots(),
                c.referenceCadence().slotsCovered() + " of " + c.referenceCadence().slots());
        row("Status updates: rubric points", pct(StatusRubric.quality(c.statusUpdates())),
                pct(StatusRubric.quality(c.referenceStatusUpdates())));
        for (Scorecard.ServiceResult s : c.services()) {
            String run = c.endedEarly() && s.run().fullRecovery() < 0
                    ? (s.run().impactStart() < 0 ? "not affected by " : "not by ") + r.time(c.scoredTo())
                    : r.time(s.run().fullRecovery());
            row(s.name() + " fully recovered", run,
                    s.realFullRecovery() < 0 ? r.time(s.reference().fullRecovery()) : r.time(s.realFullRecovery()));
        }
        w("</tbody>\n</table>\n");
        w("<p class=\"points\">Grade points (50 = the real team): impact ").t(signed(g.impactPoints()))
                .w(", first mitigation ").t(signed(g.mitigationPoints())).w(", harmful actions ").t(signed(g.harmPoints()))
                .w(", communication ").t(signed(g.commsPoints())).w(", idle responders ").t(signed(g.idlePoints()))
                .w("; on par within ±").t(fmt1(g.band())).w(".</p>\n</section>\n");
    }

    /** A drill ended early: what the model says would follow if nobody acted afterwards, apart from the score. */
    private void extrapolation() {
        List<String> lines = r.extrapolation();
        if (lines.isEmpty()) {
            return;
        }
        String end = r.time(r.card().scoredTo());
        w("<section id=\"extrapolation\" class=\"extrapolation\">\n<h2>Extrapolation: if nobody acted after ").t(end)
                .w("</h2>\n<p class=\"note\">The drill ended at ").t(end).w(". The score above covers the drill up to then. ")
                .w("Below is what the model says would follow if nobody acted afterwards (actions under way run their ")
                .w("course) — an extrapolation, not part of the score. The charts show it faint and dotted after the end.</p>\n<ul>\n");
        for (String l : lines) {
            w("<li>").t(l).w("</li>\n");
        }
        w("</ul>\n</section>\n");
    }

    private void row(String measure, String run, String real) {
        w("<tr><td>").t(measure).w("</td><td>").t(run).w("</td><td>").t(real).w("</td></tr>\n");
    }

    private void timeline() {
        w("<section id=\"timeline\">\n<h2>Timeline</h2>\n<table class=\"timeline\">\n<thead><tr><th>Time</th>")
                .w("<th>Real incident</th><th>Your run</th></tr></thead>\n<tbody>\n");
        for (AfterActionReport.TimelineRow row : r.timeline()) {
            boolean real = "real".equals(row.side());
            w("<tr class=\"").w(real ? "real" : "run").w(' ' + kindClass(row.kind())).w("\"><td class=\"t\">")
                    .t(r.time(row.tick())).w("</td><td>");
            if (real) {
                t(row.text());
            }
            w("</td><td>");
            if (!real) {
                t(row.text());
            }
            w("</td></tr>\n");
        }
        w("</tbody>\n</table>\n</section>\n");
    }

    /** Each posted status update: its words and how the rubric scored them, criterion by criterion. */
    private void statusUpdates() {
        Scorecard c = r.card();
        List<StatusRubric.Scored> ups = c.statusUpdates();
        w("<section id=\"status-updates\">\n<h2>Status updates</h2>\n");
        w("<p class=\"note\">One point each for naming every failing product, saying where things stand, promising the ")
                .w("next update at a time, and keeping that promise. Yours: ").t(fmt1(100 * StatusRubric.quality(ups)))
                .w("% of points; the real team's: ").t(fmt1(100 * StatusRubric.quality(c.referenceStatusUpdates())))
                .w("%.</p>\n");
        if (ups.isEmpty()) {
            w("<p>No status update was posted.</p>\n</section>\n");
            return;
        }
        w("<table class=\"status\">\n<thead><tr><th>Posted</th><th>Text</th><th>Score</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (StatusRubric.Scored u : ups) {
            w("<tr><td>").t(r.time(u.postedTick())).w("</td><td class=\"status-text\">")
                    .t(u.text() == null ? "(no text)" : u.text()).w("</td><td>").t(u.points() + "/" + StatusRubric.MAX_POINTS)
                    .w("</td><td><ul class=\"criteria\">");
            for (StatusRubric.Criterion k : u.criteria()) {
                w("<li class=\"").w(k.met() ? "met" : "missed").w("\">").t((k.met() ? "✓ " : "✗ ") + k.name() + ": " + k.why())
                        .w("</li>");
            }
            w("</ul></td></tr>\n");
        }
        w("</tbody>\n</table>\n</section>\n");
    }

    private static String kindClass(String kind) {
        switch (kind) {
            case "milestone":
                return "k-milestone";
            case "decision":
                return "k-decision";
            case "note":
                return "k-note";
            default:
                return "k-other";
        }
    }

    private void charts() {
        w("<section id=\"charts\">\n<h2>Availability</h2>\n<p class=\"legend\"><span class=\"sw run\"></span> your run ")
                .w("<span class=\"sw ref\"></span> real team (reference playbook, same seed) ")
                .w("<span class=\"sw ms\"></span> real milestone ")
                .w("<span class=\"tri helped\"></span> decision that helped <span class=\"tri hurt\"></span> hurt ")
                .w("<span class=\"tri other\"></span> other</p>\n");
        AvailabilityChart chart = new AvailabilityChart(r);
        for (int k = 0; k < r.spec().layout().services(); k++) {
            chart.render(out, k);
        }
        w("</section>\n");
    }

    private void decisions() {
        List<Decisions.Decision> ds = r.card().decisions();
        w("<section id=\"decisions\">\n<h2>Decisions</h2>\n");
        if (ds.isEmpty()) {
            w("<p>No actions were taken.</p>\n</section>\n");
            return;
        }
        w("<p class=\"note\">Each action is compared with the same run without it: the verdict looks at what it did ")
                .w("to its targets up to ").t(String.valueOf(Decisions.WINDOW_SECONDS / 60))
                .w(" minutes after it landed (each cluster on its own for an action on several); its value is the ")
                .w("impact-minutes saved by the end of the run, as the what-if without it shows.</p>\n");
        w("<table class=\"decisions\">\n<thead><tr><th>#</th><th>Issued</th><th>Action</th><th>By</th><th>Landed</th>")
                .w("<th>Outcome</th><th>Verdict</th><th>Value</th><th>Why</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (Decisions.Decision d : ds) {
            var a = d.action();
            w("<tr class=\"v-").w(verdictClass(d.verdict())).w("\"><td>").t(String.valueOf(n++)).w("</td><td>")
                    .t(r.time(a.issuedTick())).w("</td><td>").t(AfterActionReport.describe(a)).w("</td><td>")
                    .t(a.by() == null ? "" : a.by()).w("</td><td>").t(a.outcome().finished() ? r.time(a.endTick()) : "—")
                    .w("</td><td>").t(a.outcome().label()).w("</td><td class=\"verdict\">").t(d.verdict().label())
                    .w("</td><td class=\"t\">").t(Double.isNaN(d.valueMinutes()) ? "—" : signed(d.valueMinutes()) + " min")
                    .w("</td><td>").t(d.why());
            if (!d.clusters().isEmpty()) {
                w("<ul class=\"clusters\">");
                for (Decisions.ClusterVerdict c : d.clusters()) {
                    w("<li class=\"").w(c.verdict() == Decisions.Verdict.HURT ? "hurt" : c.verdict() == Decisions.Verdict.HELPED
                            ? "helped" : "none").w("\">").t(c.cluster() + ": " + c.verdict().label() + " — " + c.why()).w("</li>");
                }
                w("</ul>");
            }
            if (!d.evidence().isEmpty()) {
                w("<ul class=\"evidence\">");
                for (String ev : d.evidence()) {
                    w("<li>").t(ev).w("</li>");
                }
                w("</ul>");
            }
            w("</td></tr>\n");
        }
        w("</tbody>\n</table>\n</section>\n");
    }

    static String verdictClass(Decisions.Verdict v) {
        switch (v) {
            case HELPED:
                return "helped";
            case HURT:
                return "hurt";
            case FAILED:
                return "failed";
            default:
                return "other";
        }
    }

    private void strengths() {
        w("<section id=\"strengths\">\n<h2>Strengths</h2>\n<ul>\n");
        for (String s : r.strengths()) {
            w("<li>").t(s).w("</li>\n");
        }
        w("</ul>\n</section>\n");
    }

    private void improvements() {
        w("<section id=\"improvements\">\n<h2>Areas for improvement</h2>\n");
        if (r.improvements().isEmpty()) {
            w("<p>Nothing stood out against the real team in this run.</p>\n</section>\n");
            return;
        }
        w("<ul class=\"improvements\">\n");
        for (AfterActionReport.Improvement i : r.improvements()) {
            w("<li><p>").t(i.text()).w("</p>");
            if (i.lesson() != null) {
                w("<p class=\"lesson\"><b>Lesson:</b> ").t(i.lesson()).w("</p>");
            }
            if (i.objective() != null) {
                w("<p class=\"objective\"><b>Learning objective:</b> ").t(i.objective()).w("</p>");
            }
            if (i.question() != null) {
                w("<p class=\"question\"><b>Discuss:</b> ").t(i.question()).w("</p>");
            }
            w("</li>\n");
        }
        w("</ul>\n</section>\n");
    }

    private void discussion() {
        List<String> qs = r.discussion();
        w("<section id=\"discussion\">\n<h2>Discussion questions</h2>\n");
        if (qs.isEmpty()) {
            w("<p>This scenario has no discussion questions.</p>\n</section>\n");
            return;
        }
        w("<ol class=\"discussion\">\n");
        for (String q : qs) {
            w("<li><p>").t(q).w("</p><div class=\"answer\" aria-label=\"space for the answer\"></div></li>\n");
        }
        w("</ol>\n</section>\n");
    }

    private void notes() {
        List<SessionRecord.Note> ns = r.notes();
        if (ns.isEmpty()) {
            return;
        }
        w("<section id=\"notes\">\n<h2>Observations</h2>\n<ul>\n");
        for (SessionRecord.Note n : ns) {
            w("<li><span class=\"t\">").t(r.time(n.tick())).w("</span> ");
            if (n.by() != null) {
                w("<b>").t(n.by()).w(":</b> ");
            }
            t(n.text()).w("</li>\n");
        }
        w("</ul>\n</section>\n");
    }

    private void footer(ModelSpec spec, Meta meta) {
        w("<footer>\n");
        if (meta != null && !meta.sources().isEmpty()) {
            w("<h2>Sources</h2>\n<ul class=\"sources\">\n");
            for (Meta.Source s : meta.sources()) {
                if (s == null) {
                    continue;
                }
                w("<li><b>").t(s.id()).w("</b> ").t(s.title());
                if (s.url() != null) {
                    w(" <span class=\"url\">").t(s.url()).w("</span>");
                }
                w("</li>\n");
            }
            w("</ul>\n");
        }
        w("<p class=\"fine\">Generated by Firedrill from scenario ").t(spec.scenario().id()).w(" (content hash ")
                .t(spec.hash().substring(0, 12)).w("), seed ").t(String.valueOf(r.card().record().seed()))
                .w(". The real team's run is the scenario's reconstructed reference playbook in the same model; ")
                .w("replaying the session reproduces this run exactly.</p>\n</footer>\n");
    }

    static String fmt1(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.1f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    private static final String CSS = String.join("\n",
            ":root{--ink:#1d2430;--muted:#5b6575;--line:#d9dee6;--run:#1f6feb;--ref:#8a94a6;--ms:#d97706;"
                    + "--good:#1a7f37;--bad:#c62828;--par:#6b5b00;--bg:#ffffff;--soft:#f5f7fa}",
            "*{box-sizing:border-box}",
            "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,'Segoe UI',"
                    + "Roboto,'Helvetica Neue',Arial,sans-serif}",
            "main{max-width:960px;margin:0 auto;padding:24px 28px 48px}",
            "h1{font-size:26px;margin:4px 0}h2{font-size:19px;margin:28px 0 10px;padding-bottom:4px;"
                    + "border-bottom:2px solid var(--line)}",
            ".kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.08em;font-size:12px}",
            ".sub{margin:0;color:var(--muted)}",
            ".grade{display:inline-flex;align-items:baseline;gap:8px;padding:10px 16px;border-radius:8px;"
                    + "background:var(--soft);border-left:6px solid var(--par)}",
            ".grade.good{border-left-color:var(--good)}.grade.bad{border-left-color:var(--bad)}",
            ".grade .value{font-size:34px;font-weight:700}.grade .of{color:var(--muted)}"
                    + ".grade .label{font-size:18px;font-weight:600;margin-left:8px}",
            "table{border-collapse:collapse;width:100%;margin:10px 0;font-size:14px}",
            "th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line)}",
            "th{background:var(--soft);font-weight:600}",
            "td.t,.t{white-space:nowrap;font-variant-numeric:tabular-nums}",
            "tr.real td:nth-child(2){color:var(--ms);font-weight:600}",
            "tr.k-decision td:nth-child(3){color:var(--ink)}tr.k-milestone.run td:nth-child(3){font-weight:600}",
            "tr.v-hurt .verdict{color:var(--bad);font-weight:700}tr.v-helped .verdict{color:var(--good);font-weight:600}",
            "tr.v-failed .verdict{color:var(--bad)}",
            ".evidence{margin:4px 0 0;padding-left:18px;color:var(--muted);font-size:13px}",
            ".clusters{margin:4px 0 0;padding-left:18px;font-size:13px}.clusters .hurt{color:var(--bad);font-weight:600}"
                    + ".clusters .helped{color:var(--good)}",
            ".criteria{margin:0;padding-left:0;list-style:none;font-size:13px}.criteria .met{color:var(--good)}"
                    + ".criteria .missed{color:var(--bad)}.status-text{max-width:420px}",
            ".points,.note,.fine{color:var(--muted);font-size:13px}",
            "#extrapolation{border-left:4px dotted #9bbcf0;padding-left:14px}",
            "tr.corrected td,tr.withdrawn td{color:var(--muted)}",
            "figure{margin:12px 0 18px}figcaption{font-weight:600;margin-bottom:4px}",
            "svg{width:100%;height:auto;display:block}",
            ".legend{font-size:13px;color:var(--muted)}",
            ".sw{display:inline-block;width:22px;height:0;border-top:3px solid var(--run);vertical-align:middle;margin:0 4px 0 10px}",
            ".sw.ref{border-top:3px dashed var(--ref)}.sw.ms{border-top:2px dotted var(--ms)}",
            ".tri{display:inline-block;width:0;height:0;border-left:6px solid transparent;border-right:6px solid transparent;"
                    + "border-bottom:10px solid var(--ref);margin:0 4px 0 10px}",
            ".tri.helped{border-bottom-color:var(--good)}.tri.hurt{border-bottom-color:var(--bad)}",
            "ol.ms{font-size:13px;color:var(--muted);columns:2;margin:4px 0 0}",
            ".improvements li{margin-bottom:10px}.improvements p{margin:2px 0}",
            ".lesson,.objective,.question{font-size:14px;color:var(--muted)}",
            ".discussion li{margin-bottom:14px}",
            ".answer{min-height:90px;border:1px solid var(--line);border-radius:6px;margin-top:6px;"
                    + "background:repeating-linear-gradient(var(--bg),var(--bg) 27px,var(--line) 28px)}",
            ".url{color:var(--muted);word-break:break-all}",
            "footer{margin-top:36px}",
            "@page{size:A4;margin:14mm}",
            "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}h2{break-after:avoid}"
                    + "figure,tr,.grade,.improvements li,.discussion li{break-inside:avoid}"
                    + ".answer{min-height:40mm;background:none}#discussion{break-before:page}"
                    + "th{background:none}}",
            "");
}
