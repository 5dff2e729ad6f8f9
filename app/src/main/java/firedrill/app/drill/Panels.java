package firedrill.app.drill;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Small builders the facilitator console's panels share (panel titles and header rows). */
final class Panels {
    private Panels() {}

    static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("panel-title");
        return l;
    }

    static HBox header(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.getStyleClass().add("panel-header");
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
