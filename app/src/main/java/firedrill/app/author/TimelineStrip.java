package firedrill.app.author;

import firedrill.app.fx.CanvasPane;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The scenario's scripted events on a time axis from {@code meta.start} to the horizon: triggers
 * (rollout, upgrade, OS update) and injects in the top lane, real milestones below for orientation.
 * Drag an event to move it (snapped to the minute); the move is one command, and the list is kept in
 * time order as the format requires.
 */
final class TimelineStrip extends CanvasPane {
    private static final double LEFT = 12;
    private static final double RIGHT_PAD = 12;
    private static final double EVENT_Y = 36;
    private static final double MILESTONE_Y = 80;

    private final AuthorViewModel vm;
    private IntConsumer onSelect = i -> { };
    private int start = -1;
    private int end = -1;
    private List<TimelineEvent> events = List.of();
    private List<Milestone> milestones = List.of();
    private int dragging = -1;
    private int dragSecond;
    private int selected = -1;

    TimelineStrip(AuthorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("author-timeline");
        setId("timeline-strip");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(hit(e.getX(), e.getY()) >= 0 ? Cursor.H_RESIZE : Cursor.DEFAULT));
    }

    void setOnSelect(IntConsumer c) {
        onSelect = c;
    }

    void setSelected(int index) {
        if (selected != index) {
            selected = index;
            invalidate();
        }
    }

    void update(Scenario s) {
        int st = -1;
        int en = -1;
        try {
            st = ScenarioTime.secondsOfDay(s.meta().start());
            en = ScenarioTime.secondsOfDay(s.meta().horizon() == null ? "23:59" : s.meta().horizon());
        } catch (RuntimeException e) {
            // Half-written meta: nothing to draw against.
        }
        start = st;
        end = en > st ? en : -1;
        events = s.timeline();
        milestones = s.realTimeline();
        invalidate();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 116;
    }

    double xOf(int second, double w) {
        return LEFT + (double) (second - start) / (end - start) * (w - LEFT - RIGHT_PAD);
    }

    int secondAt(double x, double w) {
        double f = (x - LEFT) / (w - LEFT - RIGHT_PAD);
        int s = (int) Math.round(start + f * (end - start));
        s = Math.round(s / 60f) * 60;
        return Math.max(start, Math.min(end, s));
    }

    /** Index of the event under (x, y), or -1. */
    int hit(double x, double y) {
        if (end < 0 || Math.abs(y - EVENT_Y) > 12) {
            return -1;
        }
        double w = getWidth();
        int best = -1;
        double bestD = 8;
        for (int i = 0; i < events.size(); i++) {
            Integer t = second(events.get(i));
            if (t == null) {
                continue;
            }
            double d = Math.abs(xOf(t, w) - x);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static Integer second(TimelineEvent e) {
        return e != null && ScenarioTime.isTime(e.at()) ? ScenarioTime.secondsOfDay(e.at()) : null;
    }

    private void pressed(MouseEvent e) {
        int i = hit(e.getX(), e.getY());
        if (i >= 0) {
            dragging = i;
            dragSecond = second(events.get(i));
            onSelect.accept(i);
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragging >= 0) {
            dragSecond = secondAt(e.getX(), getWidth());
            invalidate();
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (dragging < 0) {
            return;
        }
        int i = dragging;
        dragging = -1;
        TimelineEvent ev = events.get(i);
        int old = second(ev);
        if (dragSecond != old) {
            moveEvent(i, dragSecond);
        }
        invalidate();
        e.consume();
    }

    /** Moves event {@code i} to a second of the day as one command, keeping the list in time order. */
    void moveEvent(int i, int secondOfDay) {
        Scenario s = vm.scenario();
        TimelineEvent ev = s.timeline().get(i);
        String at = ScenarioTime.format(secondOfDay);
        TimelineEvent moved = ScenarioLens.with(ev, "$.at", at);
        List<TimelineEvent> list = new ArrayList<>(s.timeline());
        list.set(i, moved);
        List<TimelineEvent> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(x -> second(x) == null ? Integer.MAX_VALUE : second(x)));
        int to = sorted.indexOf(moved);
        String name = ev.id() != null ? ev.id() : ev.kind();
        vm.execute(new Edits.SetValue("$.timeline", s.timeline(), List.copyOf(sorted),
                "Move " + name + " to " + at, "$.timeline[" + to + "].at"));
        onSelect.accept(to);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(10));
        if (end < 0) {
            g.setFill(mutedColor());
            g.setTextBaseline(VPos.TOP);
            g.fillText("Set meta.start and meta.horizon to see the timeline.", LEFT, 8);
            return;
        }
        // Axis with hour ticks.
        g.setStroke(gridColor());
        g.setLineWidth(1);
        double axisY = Math.round(h - 16) + 0.5;
        g.strokeLine(LEFT, axisY, w - RIGHT_PAD, axisY);
        int span = end - start;
        int step = span <= 3 * 3600 ? 1800 : span <= 12 * 3600 ? 3600 : span <= 36 * 3600 ? 3 * 3600 : 12 * 3600;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int t = (start / step + 1) * step; t < end; t += step) {
            double x = Math.round(xOf(t, w)) + 0.5;
            g.setStroke(gridColor());
            g.strokeLine(x, 10, x, axisY);
            g.setFill(mutedColor());
            g.fillText(ScenarioTime.format(t), x, axisY + 2);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(ScenarioTime.format(start), LEFT, axisY + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ScenarioTime.format(end), w - RIGHT_PAD, axisY + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(mutedColor());
        g.fillText("scripted events · drag to move", w - RIGHT_PAD, 2);
        g.fillText("real milestones", w - RIGHT_PAD, MILESTONE_Y - 20);
        g.setTextAlign(TextAlignment.LEFT);
        // Milestones: small diamonds.
        for (Milestone m : milestones) {
            if (m == null || !ScenarioTime.isTime(m.at())) {
                continue;
            }
            double x = xOf(ScenarioTime.secondsOfDay(m.at()), w);
            g.setFill(m.measure() == null ? mutedColor() : okColor());
            g.fillPolygon(new double[] {x, x + 4, x, x - 4}, new double[] {MILESTONE_Y - 5, MILESTONE_Y, MILESTONE_Y + 5, MILESTONE_Y}, 4);
        }
        // Events: triggers as tall markers, injects as dots; the dragged one at its new place.
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            Integer t = i == dragging ? Integer.valueOf(dragSecond) : second(e);
            if (t == null) {
                continue;
            }
            double x = xOf(t, w);
            boolean trigger = e.kind() != null && !TimelineEvent.INJECT.equals(e.kind());
            Color c = trigger ? badColor() : accentColor();
            g.setFill(c);
            if (trigger) {
                g.fillRect(x - 3, EVENT_Y - 10, 6, 20);
            } else {
                g.fillOval(x - 5, EVENT_Y - 5, 10, 10);
            }
            if (i == selected || i == dragging) {
                g.setStroke(textColor());
                g.setLineWidth(1.5);
                g.strokeRect(x - 7, EVENT_Y - 13, 14, 26);
                g.setLineWidth(1);
                g.setFill(textColor());
                g.setTextAlign(x > w - 160 ? TextAlignment.RIGHT : TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText((e.id() == null ? e.kind() : e.id()) + " " + ScenarioTime.format(t), x - 6 + (x > w - 160 ? 12 : 0),
                        EVENT_Y + 15);
            }
        }
    }
}
