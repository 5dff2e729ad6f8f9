package firedrill.app.shell;

import firedrill.app.home.HomeView;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Main window layout: an app bar on top, the current screen in the centre. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();

    public MainWindow() {
        root.getStyleClass().add("main-window");
        Label brand = new Label(FiredrillApp.TITLE);
        brand.getStyleClass().add("brand");
        brand.setId("brand");
        HBox bar = new HBox(brand);
        bar.getStyleClass().add("app-bar");
        root.setTop(bar);
        root.setCenter(new HomeView().root());
    }

    public Parent root() {
        return root;
    }
}
