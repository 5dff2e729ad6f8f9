package firedrill.app.fx;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text for canvas layout (one reusable Text node; FX thread only). */
public final class TextMetrics {
    private static final Text PROBE = new Text();

    private TextMetrics() {}

    public static double width(String s, Font font) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }
}
