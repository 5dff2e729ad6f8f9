package firedrill.app.shell;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** User preferences. Immutable; {@link SettingsStore} persists them. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"theme", "fontScale", "sound"})
public record Settings(Theme theme, double fontScale, boolean sound) {
    /** The AtlantaFX Primer theme variants. */
    public enum Theme { DARK, LIGHT }

    /** Font scales offered in the UI (each has a CSS class {@code fd-font-NNN}). */
    public static final List<Double> FONT_SCALES = List.of(0.9, 1.0, 1.15, 1.3);

    public static final Settings DEFAULT = new Settings(Theme.DARK, 1.0, false);

    public Settings {
        theme = theme == null ? Theme.DARK : theme;
        fontScale = nearestScale(fontScale);
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, fontScale, sound);
    }

    public Settings withFontScale(double s) {
        return new Settings(theme, s, sound);
    }

    public Settings withSound(boolean on) {
        return new Settings(theme, fontScale, on);
    }

    /** CSS class on the scene root that sets the base font size. */
    public String fontClass() {
        return "fd-font-" + Math.round(fontScale * 100);
    }

    static double nearestScale(double s) {
        double best = 1.0;
        for (double f : FONT_SCALES) {
            if (Math.abs(f - s) < Math.abs(best - s)) {
                best = f;
            }
        }
        return best;
    }
}
