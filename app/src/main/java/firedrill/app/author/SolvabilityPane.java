package firedrill.app.author;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The solvability check: a button, progress, and the findings (click one to go to its milestone or service). */
final class SolvabilityPane {
    private final VBox root = new VBox(10);

    SolvabilityPane(AuthorViewModel vm, Consumer<String> navigate) {
        root.getStyleClass().add("author-solvability");
        root.setId("author-solvability");
        Label title = new Label("Solvability check");
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label("Is the scenario playable as designed? The reference playbook must recover every service it"
                + " hits and land the real milestones within tolerance (" + Math.round(Solvability.REQUIRED_SHARE * 100)
                + "% of " + Solvability.DEFAULT_SEEDS + " seeds), and doing nothing must not recover. Warnings never block"
                + " saving or playing.");
        explain.setWrapText(true);
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explain.setMinHeight(Label.USE_PREF_SIZE);
        Button run = new Button("Check solvability");
        run.setId("check-solvability");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.solvabilityRunningProperty());
        run.setOnAction(e -> vm.checkSolvability());
        ProgressBar progress = new ProgressBar();
        progress.setId("solvability-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.solvabilityProgressProperty());
        progress.visibleProperty().bind(vm.solvabilityRunningProperty());
        Label status = new Label();
        status.setId("solvability-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.solvabilityStatusProperty());
        VBox list = new VBox(6);
        list.setId("solvability-findings");
        list.getStyleClass().add("author-findings");
        Label none = new Label("No check run yet.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.getChildren().add(none);
        ScrollPane findings = new ScrollPane(list);
        findings.setFitToWidth(true);
        findings.getStyleClass().add("edge-to-edge");
        vm.solvabilityProperty().addListener((o, a, b) -> {
            list.getChildren().clear();
            if (b == null) {
                list.getChildren().add(none);
                return;
            }
            for (Solvability.Finding f : b.findings()) {
                Label l = new Label((f.level() == Solvability.Level.OK ? "✓  " : "⚠  ") + f.text());
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.getStyleClass().addAll("finding", f.level() == Solvability.Level.OK ? "finding-ok" : "finding-warning");
                if (f.path() != null) {
                    l.setTooltip(new Tooltip("Go to " + f.path()));
                    l.setOnMouseClicked(e -> navigate.accept(f.path()));
                }
                list.getChildren().add(l);
            }
        });
        VBox.setVgrow(findings, Priority.ALWAYS);
        // Findings of an earlier version stay readable but visibly out of date until the check runs again.
        Label stale = new Label("Out of date: these findings are for the scenario before your last edit.");
        stale.setId("solvability-stale");
        stale.setWrapText(true);
        stale.getStyleClass().add(Styles.WARNING);
        stale.visibleProperty().bind(vm.solvabilityStaleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        vm.solvabilityStaleProperty().addListener((o, a, b) -> list.setOpacity(b ? 0.45 : 1));
        root.getChildren().addAll(title, explain, run, progress, status, stale, findings);
    }

    Node root() {
        return root;
    }
}
