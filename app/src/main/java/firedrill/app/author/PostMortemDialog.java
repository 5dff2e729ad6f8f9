package firedrill.app.author;

import firedrill.app.fx.TaskExecutor;
import firedrill.engine.postmortem.Skeleton;
import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "New from post-mortem…": paste a timeline or open a file, read it (in the background), see every
 * row placed as a milestone or inject and every row that could not be placed, then create the
 * scenario skeleton. The created scenario opens in the editor as a new, unsaved document.
 */
public final class PostMortemDialog {
    private final PostMortemImportModel vm;
    private final Stage stage = new Stage();
    private final Consumer<Skeleton> onCreate;

    public PostMortemDialog(Window owner, TaskExecutor tasks, Consumer<Skeleton> onCreate) {
        this.vm = new PostMortemImportModel(tasks);
        this.onCreate = onCreate;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("New scenario from a post-mortem");
        Scene scene = new Scene(content(), 1280, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public PostMortemImportModel model() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private Region content() {
        Label intro = new Label("Paste the timeline of a post-mortem (a Markdown table, or lines such as "
                + "\"14:51 PST — rollout starts\", day headers, \"+1 day\"), or open the file. Each timestamped "
                + "row becomes a milestone (when its words suggest a measure) or an inject; rows that cannot be "
                + "placed are listed with their line numbers.");
        intro.setWrapText(true);

        Button open = new Button("Open file…");
        open.setId("postmortem-open");
        open.setOnAction(e -> openFile());
        TextField zone = new TextField();
        zone.setId("postmortem-zone");
        zone.setPromptText("time zone (empty: the timeline's own)");
        zone.setPrefColumnCount(22);
        zone.textProperty().bindBidirectional(vm.zoneProperty());
        zone.setTooltip(new Tooltip("IANA zone such as UTC or America/Los_Angeles; times are converted to it"));
        Button read = new Button("Read timeline");
        read.setId("postmortem-read");
        read.setDefaultButton(true);
        read.setOnAction(e -> vm.read());
        read.disableProperty().bind(vm.busyProperty());
        HBox top = new HBox(8, open, new Label("Zone"), zone, read);
        top.setAlignment(Pos.CENTER_LEFT);

        TextArea text = new TextArea();
        text.setId("postmortem-text");
        text.setPromptText("| time (UTC) | event |\n|---|---|\n| 06:03 | outage begins |");
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setStyle("-fx-font-family: monospace");

        TableView<PostMortemImportModel.Row> rows = new TableView<>(vm.rows());
        rows.setId("postmortem-rows");
        rows.getColumns().add(column("Line", r -> String.valueOf(r.line()), 64));
        rows.getColumns().add(column("Time", PostMortemImportModel.Row::time, 84));
        rows.getColumns().add(column("Becomes", PostMortemImportModel.Row::becomes, 110));
        rows.getColumns().add(column("Measure", PostMortemImportModel.Row::measure, 200));
        TableColumn<PostMortemImportModel.Row, String> what = column("Text", PostMortemImportModel.Row::text, 520);
        rows.getColumns().add(what);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PostMortemImportModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("postmortem-unparsed");
                if (!empty && item != null && !item.placed()) {
                    getStyleClass().add("postmortem-unparsed");
                }
            }
        });
        rows.setPlaceholder(new Label("No preview yet"));

        SplitPane split = new SplitPane(text, rows);
        split.setDividerPositions(0.32);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("postmortem-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("postmortem-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button create = new Button("Create scenario");
        create.setId("postmortem-create");
        create.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.skeletonProperty().get() == null || vm.skeletonProperty().get().placements().isEmpty(),
                vm.skeletonProperty()));
        create.setOnAction(e -> {
            Skeleton s = vm.skeletonProperty().get();
            stage.close();
            onCreate.accept(s);
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(8, summary, grow, cancel, create);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, intro, top, split, bottom);
        box.setId("postmortem-dialog");
        box.setPadding(new Insets(14));
        return box;
    }

    private static TableColumn<PostMortemImportModel.Row, String> column(String title,
            java.util.function.Function<PostMortemImportModel.Row, String> value, double width) {
        TableColumn<PostMortemImportModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 64));
        return c;
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a post-mortem");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown or text (*.md, *.txt)", "*.md",
                "*.markdown", "*.txt"), new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            vm.open(f.toPath());
        }
    }
}
