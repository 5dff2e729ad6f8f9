package firedrill.engine.report;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.score.Decisions;
import firedrill.engine.score.Scorecard;
import firedrill.engine.score.ServiceOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG of one product's availability over the incident: the trainee's run, the real team's
 * run (reference playbook, same seed) dashed, the real incident's milestones as numbered vertical
 * lines (listed below the chart), and each decision as a triangle coloured by its verdict, with the
 * details in an SVG {@code <title>} tooltip. Text is escaped; numbers are formatted with a fixed locale.
 */
final class AvailabilityChart {
    private static final int W = 760;
    private static final int H = 242;
    private static final int LEFT = 46;
    private static final int RIGHT = 748;
    private static final int TOP = 40;
    private static final int BOTTOM = 198;

    private final AfterActionReport report;
    private final ModelSpec spec;
    private final int from;
    private final int to;

    AvailabilityChart(AfterActionReport report) {
        this.report = report;
        this.spec = report.spec();
        Scorecard c = report.card();
        int first = Integer.MAX_VALUE;
        int last = 0;
        boolean open = false;
        for (Scorecard.ServiceResult s : c.services()) {
            for (ServiceOutcome o : List.of(s.run(), s.reference())) {
                if (o.impactStart() >= 0) {
                    first = Math.min(first, o.impactStart());
                    if (o.fullRecovery() < 0) {
                        open = true;
                    } else {
                        last = Math.max(last, o.fullRecovery());
                    }
                }
            }
            last = Math.max(last, s.realFullRecovery());
        }
        for (Milestone m : spec.scenario().realTimeline()) {
            if (m != null && m.at() != null) {
                first = Math.min(first, spec.tickOf(m.at()));
                last = Math.max(last, spec.tickOf(m.at()));
            }
        }
        for (Decisions.Decision d : c.decisions()) {
            first = Math.min(first, d.action().issuedTick());
            last = Math.max(last, d.action().issuedTick());
        }
        int horizon = c.record().ticks();
        if (first == Integer.MAX_VALUE) {
            first = 0;
            last = horizon;
        }
        int start = Math.max(0, (first - 45 * 60) / 1800 * 1800);
        int end = open ? horizon : Math.min(horizon, last + 30 * 60);
        this.from = start;
        this.to = Math.max(start + 3600, end);
    }

    private double x(int tick) {
        return LEFT + (RIGHT - LEFT) * (double) (Math.max(from, Math.min(to, tick)) - from) / (to - from);
    }

    private static double y(double availability) {
        return BOTTOM - (BOTTOM - TOP) * Math.max(0, Math.min(1, availability));
    }

    void render(StringBuilder out, int service) {
        String id = spec.layout().serviceId(service);
        String name = spec.layout().serviceName(service);
        out.append("<figure>\n<figcaption>").append(Html.escape(name)).append("</figcaption>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(name + " availability, your run and the real team"))
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        grid(out);
        List<Milestone> milestones = milestones(id);
        double previous = -100;
        int row = 0;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            double mx = x(spec.tickOf(m.at()));
            // Markers closer than their width go on alternate rows so their numbers stay readable.
            row = mx - previous < 16 ? 1 - row : 0;
            previous = mx;
            int cy = row == 0 ? TOP - 26 : TOP - 11;
            out.append("<g><title>").append(Html.escape(m.at() + " " + (m.label() == null ? "" : m.label()))).append("</title>")
                    .append(line(mx, cy, mx, BOTTOM, "#d97706", "1.5", "2 3"))
                    .append("<circle cx=\"").append(f(mx)).append("\" cy=\"").append(cy).append("\" r=\"7\" fill=\"#d97706\"/>")
                    .append("<text x=\"").append(f(mx)).append("\" y=\"").append(cy + 3)
                    .append("\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"9\" font-weight=\"700\">").append(i + 1)
                    .append("</text></g>\n");
        }
        out.append(polyline(report.card().referenceAvailability()[service], "#8a94a6", "2", "6 4", from, to));
        Scorecard card = report.card();
        if (card.endedEarly()) {
            // The drill ended here: the run is solid up to the end, the model's continuation faint and dotted.
            int end = card.scoredTo();
            out.append(polyline(card.availability()[service], "#1f6feb", "2.5", null, from, end));
            out.append(polyline(card.availability()[service], "#9bbcf0", "2", "2 3", end, to)
                    .replace("<polyline ", "<polyline class=\"extrapolation\" "));
            double ex = x(end);
            out.append(line(ex, TOP - 4, ex, BOTTOM, "#24292f", "1.5", null));
            out.append("<text x=\"").append(f(ex + 4)).append("\" y=\"").append(TOP + 8)
                    .append("\" fill=\"#24292f\" font-size=\"10\">").append(Html.escape("drill ended " + spec.timeOf(end)))
                    .append("</text><text x=\"").append(f(ex + 4)).append("\" y=\"").append(TOP + 20)
                    .append("\" fill=\"#5b6575\" font-size=\"9\">extrapolation →</text>\n");
        } else {
            out.append(polyline(card.availability()[service], "#1f6feb", "2.5", null, from, to));
        }
        for (Decisions.Decision d : report.card().decisions()) {
            int t = d.action().issuedTick();
            if (t < from || t > to) {
                continue;
            }
            double dx = x(t);
            String colour = d.verdict() == Decisions.Verdict.HELPED ? "#1a7f37"
                    : d.verdict() == Decisions.Verdict.HURT ? "#c62828" : "#8a94a6";
            out.append("<g><title>").append(Html.escape(spec.timeOf(t) + " " + AfterActionReport.describe(d.action())
                    + " — " + d.verdict().label() + ": " + d.why()))
                    .append("</title><path d=\"M").append(f(dx)).append(' ').append(BOTTOM + 4).append(" l-5 9 h10 z\" fill=\"")
                    .append(colour).append("\"/></g>\n");
        }
        out.append("</svg>\n");
        if (!milestones.isEmpty()) {
            out.append("<ol class=\"ms\">");
            for (Milestone m : milestones) {
                out.append("<li>").append(Html.escape(m.at() + " " + (m.label() == null ? "" : m.label()))).append("</li>");
            }
            out.append("</ol>\n");
        }
        out.append("</figure>\n");
    }

    private void grid(StringBuilder out) {
        for (double level : new double[] {0, 0.5, 0.99, 1}) {
            double gy = y(level);
            out.append(line(LEFT, gy, RIGHT, gy, level == 0.99 ? "#f0c8c8" : "#d9dee6", "1", null));
            if (level != 0.99) {
                out.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(gy + 4))
                        .append("\" text-anchor=\"end\" fill=\"#5b6575\">").append((int) (level * 100)).append("%</text>");
            }
        }
        int step = (to - from) > 6 * 3600 ? 3600 : 1800;
        int firstMark = ((spec.startSecondOfDay() + from + step - 1) / step) * step - spec.startSecondOfDay();
        for (int t = firstMark; t <= to; t += step) {
            double gx = x(t);
            out.append(line(gx, TOP, gx, BOTTOM, "#eef1f5", "1", null));
            out.append("<text x=\"").append(f(gx)).append("\" y=\"").append(BOTTOM + 28)
                    .append("\" text-anchor=\"middle\" fill=\"#5b6575\">").append(Html.escape(spec.timeOf(t))).append("</text>");
        }
        out.append('\n');
    }

    private String polyline(double[] series, String colour, String width, String dash, int fromTick, int toTick) {
        StringBuilder sb = new StringBuilder("<polyline fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(width).append("\" stroke-linejoin=\"round\"");
        if (dash != null) {
            sb.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        sb.append(" points=\"");
        for (int m = Math.max(from, fromTick) / 60; m < series.length && m * 60 <= Math.min(to, toTick); m++) {
            sb.append(f(x(m * 60))).append(',').append(f(y(series[m]))).append(' ');
        }
        return sb.append("\"/>\n").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String width, String dash) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
                + colour + "\" stroke-width=\"" + width + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    /** Real milestones that concern this service, plus fleet-wide ones, in time order. */
    private List<Milestone> milestones(String serviceId) {
        List<Milestone> out = new ArrayList<>();
        for (Milestone m : spec.scenario().realTimeline()) {
            if (m == null || m.at() == null) {
                continue;
            }
            String measure = m.measure();
            boolean mine = measure == null || !measure.contains(":") || measure.endsWith(":" + serviceId);
            if (mine) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(spec.tickOf(a.at()), spec.tickOf(b.at())));
        return out;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
