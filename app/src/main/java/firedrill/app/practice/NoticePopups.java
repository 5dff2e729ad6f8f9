package firedrill.app.practice;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows {@link IncidentNotices} as ControlsFX notifications (ADR 0018): small pop-ups at the bottom
 * right of the console's window that fade after a few seconds and never take the focus. When several
 * arrive at once (a burst at 300×), news and successes give way to one pop-up pointing at the
 * #incident channel, which keeps every message anyway; a failed or partial action always gets its own.
 */
final class NoticePopups {
    /** Style class of every pop-up (firedrill.css), plus {@code notice-<kind>}. */
    static final String STYLE_CLASS = "firedrill-notice";
    static final Duration SHOWN_FOR = Duration.seconds(6);
    /** With this many pop-ups up, the next piece of news replaces them with a summary. */
    static final int AT_MOST = 3;
    private static final int MAX_TEXT = 180;

    private final Node anchor;

    /** @param anchor a node of the console: the pop-ups belong to its window */
    NoticePopups(Node anchor) {
        this.anchor = anchor;
    }

    void show(IncidentNotices.Notice n) {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications summary = Notifications.create()
                .title("More updates")
                .text("Several things happened at once: the #incident channel has them all.")
                .styleClass(STYLE_CLASS, "notice-news");
        Notifications popup = Notifications.create()
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .title(n.title())
                .text(shorten(n.text()))
                .styleClass(STYLE_CLASS, "notice-" + n.kind().name().toLowerCase(Locale.ROOT));
        boolean setback = n.kind() == IncidentNotices.Kind.BAD || n.kind() == IncidentNotices.Kind.PARTIAL;
        if (!setback) {
            popup.threshold(AT_MOST, summary);
        }
        popup.show();
    }

    private static String shorten(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1).stripTrailing() + "…";
    }
}
