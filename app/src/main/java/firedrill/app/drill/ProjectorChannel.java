package firedrill.app.drill;

import firedrill.engine.sim.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The incident channel for the room: the newest messages at the bottom, each wrapped to the panel's
 * width, and only whole messages (older ones leave at the top instead of being cut). Shows the
 * channel's messages, then the injects the facilitator sent that apply at the next tick (the drill's
 * outbox), so the room sees an inject at once even while the clock is paused.
 */
final class ProjectorChannel extends VBox {
    /** At most this many newest messages are laid out (more never fit a screen). */
    static final int KEEP = 80;

    private final ObservableList<Message> messages;
    private final ObservableList<Message> extra;
    private final FitList list = new FitList(true, 4);
    private final List<Message> shownMessages = new ArrayList<>();
    private final List<TextFlow> shownRows = new ArrayList<>();

    ProjectorChannel(ObservableList<Message> messages, ObservableList<Message> extra) {
        this.messages = messages;
        this.extra = extra;
        setId("channel-panel");
        getStyleClass().addAll("panel", "channel-panel", "projector-channel");
        Label title = Status.mark(new Label("#incident"));
        title.getStyleClass().add("panel-title");
        Label sub = new Label("injects and action results");
        sub.getStyleClass().add("panel-sub");
        FlowPane header = new FlowPane(title, sub);
        header.getStyleClass().add("panel-header");
        header.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("incident-channel");
        VBox.setVgrow(list, Priority.ALWAYS);
        Label earlier = new Label();
        earlier.getStyleClass().add("fit-more");
        earlier.textProperty().bind(list.hiddenProperty().map(n -> n.intValue() == 0 ? ""
                : "↑ " + n + (n.intValue() == 1 ? " earlier message" : " earlier messages")));
        earlier.visibleProperty().bind(list.hiddenProperty().greaterThan(0));
        earlier.managedProperty().bind(earlier.visibleProperty());
        getChildren().addAll(header, earlier, list);
        messages.addListener((ListChangeListener<Message>) c -> refresh());
        if (extra != null) {
            extra.addListener((ListChangeListener<Message>) c -> refresh());
        }
        refresh();
    }

    private void refresh() {
        List<Message> all = new ArrayList<>(messages.subList(Math.max(0, messages.size() - KEEP), messages.size()));
        if (extra != null) {
            all.addAll(extra);
        }
        // Reuse the rows of messages still shown, in order (a message may repeat: each keeps its own row).
        List<TextFlow> rows = new ArrayList<>(all.size());
        int from = 0;
        for (Message m : all) {
            int found = -1;
            for (int k = from; k < shownMessages.size() && found < 0; k++) {
                if (shownMessages.get(k).equals(m)) {
                    found = k;
                }
            }
            if (found >= 0) {
                rows.add(shownRows.get(found));
                from = found + 1;
            } else {
                rows.add(row(m));
            }
        }
        shownMessages.clear();
        shownMessages.addAll(all);
        shownRows.clear();
        shownRows.addAll(rows);
        list.setRows(rows);
    }

    static TextFlow row(Message m) {
        Text time = new Text(m.time() + "  ");
        time.getStyleClass().add("msg-time");
        Text channel = new Text(m.channel() + "  ");
        channel.getStyleClass().addAll("msg-channel", "channel-" + m.channel());
        Text body = new Text(m.text());
        String t = m.text() == null ? "" : m.text().toLowerCase(Locale.ROOT);
        boolean action = "action".equals(m.kind());
        boolean bad = action && (t.contains(" failed") || t.contains(" rejected") || t.contains(" partial"));
        boolean good = action && t.contains(" succeeded");
        body.getStyleClass().addAll("msg-body", bad ? "msg-bad" : good ? "msg-good" : "msg-" + m.kind());
        TextFlow flow = new TextFlow(time, channel, body);
        flow.getStyleClass().addAll("msg-flow", "projector-message");
        return flow;
    }
}
