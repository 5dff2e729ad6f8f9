package firedrill.app.author;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
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
        ListView<Solvability.Finding> findings = new ListView<>();
        findings.setId("solvability-findings");
        findings.getStyleClass().add("author-findings");
        findings.setPlaceholder(new Label("No check run yet"));
        findings.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(Solvability.Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-ok", "finding-warning");
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                setText((f.level() == Solvability.Level.OK ? "✓  " : "⚠  ") + f.text());
                getStyleClass().add(f.level() == Solvability.Level.OK ? "finding-ok" : "finding-warning");
            }
        });
        findings.setOnMouseClicked(e -> {
            Solvability.Finding f = findings.getSelectionModel().getSelectedItem();
            if (f != null && f.path() != null) {
                navigate.accept(f.path());
            }
        });
        vm.solvabilityProperty().addListener((o, a, b) -> {
            if (b == null) {
                findings.getItems().clear();
            } else {
                findings.getItems().setAll(b.findings());
            }
        });
        VBox.setVgrow(findings, Priority.ALWAYS);
        root.getChildren().addAll(title, explain, run, progress, status, findings);
    }

    Node root() {
        return root;
    }
}
