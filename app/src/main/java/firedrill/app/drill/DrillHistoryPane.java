package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * History's drills: every drill kept (ended, set aside, interrupted) with its scenario, seed, team and
 * end; open its latest report or export it again, put a set-aside drill back to resume it, and compare
 * two drills of the same scenario and seed side by side. Files are read and drills scored on
 * {@code background}; results come back on {@code fx}.
 */
public final class DrillHistoryPane extends VBox {
    private final DrillHistory history;
    private final Executor background;
    private final Executor fx;
    private final Runnable openSetup;
    private final VBox rows = new VBox(6);
    private final Label message = new Label();
    private final VBox comparison = new VBox(6);
    private final List<DrillHistory.Entry> picked = new ArrayList<>();
    private final Button compare = new Button("Compare the two ticked");

    public DrillHistoryPane(DrillHistory history, Executor background, Executor fx, Runnable openSetup) {
        this.history = history;
        this.background = background;
        this.fx = fx;
        this.openSetup = openSetup;
        setId("drill-history");
        getStyleClass().add("drill-history");
        setSpacing(8);
        Label title = new Label("Drills");
        title.getStyleClass().add(Styles.TITLE_3);
        Label sub = new Label("Facilitated drills: reopen or re-export a report, resume one you set aside, and compare "
                + "two teams that drilled the same scenario with the same seed.");
        sub.setWrapText(true);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        compare.setId("compare-drills");
        compare.setDisable(true);
        compare.setOnAction(e -> compare());
        message.setId("drill-history-message");
        message.setWrapText(true);
        comparison.setId("drill-comparison");
        getChildren().addAll(title, sub, rows, new HBox(10, compare), message, comparison);
        reload();
    }

    /** Reads the drills again (off the FX thread). */
    public void reload() {
        message.setText("Reading drills…");
        background.execute(() -> {
            List<DrillHistory.Entry> entries = history.list();
            fx.execute(() -> show(entries));
        });
    }

    private void show(List<DrillHistory.Entry> entries) {
        message.setText(entries.isEmpty() ? "No drills yet: facilitate one and it appears here." : "");
        picked.clear();
        compare.setDisable(true);
        rows.getChildren().clear();
        int i = 0;
        for (DrillHistory.Entry e : entries) {
            rows.getChildren().add(row(e, i++));
        }
    }

    private Region row(DrillHistory.Entry e, int i) {
        Label text = new Label(describe(e));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("history-row");
        HBox.setHgrow(text, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(6, 4);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (e.record() != null) {
            CheckBox pick = new CheckBox("compare");
            pick.setId("pick-drill-" + i);
            pick.setOnAction(x -> {
                if (pick.isSelected()) {
                    picked.add(e);
                } else {
                    picked.remove(e);
                }
                compare.setDisable(picked.size() != 2);
            });
            if (!e.reports().isEmpty()) {
                Button open = small("Open report", "open-drill-report-" + i);
                Path last = e.reports().get(e.reports().size() - 1);
                open.setTooltip(new Tooltip(last.toString()));
                open.setOnAction(x -> background.execute(() -> {
                    String problem = firedrill.app.fx.OpenFile.open(last);
                    fx.execute(() -> message.setText(problem == null ? "Opened " + last : "Could not open " + last + ": " + problem));
                }));
                buttons.getChildren().add(open);
            }
            Button export = small(e.reports().isEmpty() ? "Export report" : "Export again", "export-drill-" + i);
            export.setOnAction(x -> {
                export.setDisable(true);
                message.setText("Scoring the drill and writing its report…");
                background.execute(() -> {
                    try {
                        Path html = history.export(e);
                        fx.execute(() -> {
                            message.setText("Report written: " + html);
                            reload();
                        });
                    } catch (Exception ex) {
                        fx.execute(() -> {
                            export.setDisable(false);
                            message.setText("Cannot export: " + ex.getMessage());
                        });
                    }
                });
            });
            buttons.getChildren().add(export);
            if (e.kind() == DrillHistory.Kind.SET_ASIDE || e.kind() == DrillHistory.Kind.INTERRUPTED) {
                Button resume = small("Resume…", "resume-drill-" + i);
                resume.setOnAction(x -> resume(e));
                buttons.getChildren().add(resume);
            }
            buttons.getChildren().add(pick);
        }
        HBox row = new HBox(10, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("drill-history-row");
        return row;
    }

    private void resume(DrillHistory.Entry e) {
        if (e.kind() == DrillHistory.Kind.INTERRUPTED) {
            openSetup.run(); // the set-up offers it at the top
            return;
        }
        background.execute(() -> {
            try {
                history.restore(e);
                fx.execute(openSetup);
            } catch (Exception ex) {
                fx.execute(() -> message.setText("Cannot put it back: " + ex.getMessage()));
            }
        });
    }

    private void compare() {
        if (picked.size() != 2) {
            return;
        }
        DrillHistory.Entry a = picked.get(0);
        DrillHistory.Entry b = picked.get(1);
        if (!DrillHistory.comparable(a, b)) {
            message.setText("Only two drills of the same scenario and seed compare fairly (the same incident, the same "
                    + "luck); these differ.");
            return;
        }
        message.setText("Scoring both drills…");
        compare.setDisable(true);
        background.execute(() -> {
            try {
                DrillHistory.Comparison c = history.compare(a, b);
                fx.execute(() -> {
                    showComparison(c);
                    message.setText("");
                    compare.setDisable(false);
                });
            } catch (Exception ex) {
                fx.execute(() -> {
                    message.setText("Cannot compare: " + ex.getMessage());
                    compare.setDisable(false);
                });
            }
        });
    }

    private void showComparison(DrillHistory.Comparison c) {
        GridPane g = new GridPane();
        g.setId("drill-comparison-table");
        g.getStyleClass().add("drill-comparison");
        g.setHgap(16);
        g.setVgap(4);
        ColumnConstraints first = new ColumnConstraints();
        first.setPercentWidth(34);
        ColumnConstraints col = new ColumnConstraints();
        col.setPercentWidth(33);
        g.getColumnConstraints().addAll(first, col, col);
        g.addRow(0, head("Same scenario and seed"), head("Drill A"), head("Drill B"));
        int r = 1;
        for (String[] row : DrillHistory.rows(c)) {
            g.addRow(r++, cell(row[0], true), cell(row[1], false), cell(row[2], false));
        }
        Label note = new Label("Each drill is scored up to its own end against the real team's run cut at the same "
                + "moment; what would follow if nobody acted is in each report, apart from the score.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        comparison.getChildren().setAll(g, note);
    }

    private static Label head(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label cell(String s, boolean muted) {
        Label l = new Label(s == null ? "—" : s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (muted) {
            l.getStyleClass().add(Styles.TEXT_MUTED);
        }
        return l;
    }

    private static Button small(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    static String describe(DrillHistory.Entry e) {
        if (e.record() == null) {
            return e.file().getFileName() + " — " + e.kind().label() + ": " + e.problem();
        }
        var r = e.record();
        int people = r.roster().size();
        return r.scenario() + " · seed " + r.seed() + " · started " + DrillViewModel.localTime(r.startedAt(), "yyyy-MM-dd HH:mm")
                + " · " + e.kind().label() + " at drill tick " + (r.tick() == null ? 0 : r.tick()) / 60 + " min"
                + (r.endedAtDrillClock() == null ? "" : " (" + r.endedAtDrillClock() + ")") + " · " + people
                + (people == 1 ? " person · " : " people · ") + r.decisions().size()
                + (r.decisions().size() == 1 ? " decision" : " decisions")
                + (e.reports().isEmpty() ? "" : " · " + e.reports().size() + (e.reports().size() == 1 ? " report" : " reports"));
    }
}
