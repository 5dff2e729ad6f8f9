package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.engine.sim.Message;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The incident channel: narrative injects and action results, timestamped, newest at the bottom. */
final class ChannelView extends VBox {
    private final ListView<Message> list = new ListView<>();

    ChannelView(ConsoleViewModel vm) {
        setId("channel-panel");
        getStyleClass().addAll("panel", "channel-panel");
        Label title = new Label("#incident");
        title.getStyleClass().add("panel-title");
        Label sub = new Label("injects and action results");
        sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox header = new HBox(8, title, sub);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("incident-channel");
        list.getStyleClass().addAll("incident-channel", Styles.DENSE);
        list.setItems(vm.messages());
        list.setCellFactory(l -> new MessageCell());
        list.setFocusTraversable(false);
        Label empty = new Label("Nothing posted yet.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        vm.messages().addListener((ListChangeListener<Message>) c -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    ListView<Message> list() {
        return list;
    }

    /** "15:19:00  support  users report …", with the text wrapping to the list's width. */
    private static final class MessageCell extends ListCell<Message> {
        private final Text time = new Text();
        private final Text channel = new Text();
        private final Text body = new Text();
        private final TextFlow flow = new TextFlow(time, channel, body);

        MessageCell() {
            time.getStyleClass().add("msg-time");
            channel.getStyleClass().add("msg-channel");
            body.getStyleClass().add("msg-body");
            flow.getStyleClass().add("msg-flow");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Message m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                return;
            }
            String clock = m.time();
            time.setText(clock + "  ");
            channel.setText(m.channel() + "  ");
            body.setText(m.text());
            String t = m.text().toLowerCase(Locale.ROOT);
            boolean action = "action".equals(m.kind());
            boolean bad = action && (t.contains(" failed") || t.contains(" rejected") || t.contains(" partial"));
            boolean good = action && t.contains(" succeeded");
            String bodyClass = bad ? "msg-bad" : good ? "msg-good" : "msg-" + m.kind();
            if (!body.getStyleClass().equals(List.of("msg-body", bodyClass))) {
                body.getStyleClass().setAll("msg-body", bodyClass);
            }
            if (!channel.getStyleClass().equals(List.of("msg-channel", "channel-" + m.channel()))) {
                channel.getStyleClass().setAll("msg-channel", "channel-" + m.channel());
            }
            if (getListView() != null) {
                flow.setPrefWidth(Math.max(80, getListView().getWidth() - 30));
                flow.setMaxWidth(flow.getPrefWidth());
            }
            setGraphic(flow);
        }

        @Override
        protected void layoutChildren() {
            if (getListView() != null && getGraphic() != null) {
                double w = Math.max(80, getListView().getWidth() - 30);
                if (w != flow.getPrefWidth()) {
                    flow.setPrefWidth(w);
                    flow.setMaxWidth(w);
                }
            }
            super.layoutChildren();
        }
    }
}
