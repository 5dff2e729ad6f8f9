package firedrill.app.home;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Home screen: the scenario library. */
public final class HomeView {
    private final VBox root = new VBox(12);

    public HomeView() {
        Label heading = new Label("Scenario library");
        heading.getStyleClass().add("title-2");
        ListView<String> scenarios = new ListView<>();
        scenarios.setId("scenario-list");
        Label placeholder = new Label("No scenarios installed yet.");
        placeholder.setId("scenario-placeholder");
        scenarios.setPlaceholder(placeholder);
        root.getChildren().addAll(heading, scenarios);
        root.setPadding(new Insets(24));
    }

    public Parent root() {
        return root;
    }
}
