package firedrill.app.author;

import firedrill.app.fx.TaskExecutor;
import firedrill.engine.postmortem.Skeleton;
import firedrill.engine.postmortem.TimelineParser;
import firedrill.engine.postmortem.UnparsedRow;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "New from post-mortem…": the pasted or opened text, an optional zone, and the preview of what the
 * import makes of it (placed rows and unparsed ones). Reading and parsing run on a worker; the FX
 * thread only binds the result. A newer read cancels an older one, so a stale preview never lands.
 */
public final class PostMortemImportModel {
    /** One preview row: placed (time, milestone or inject, measure) or not placed (reason). */
    public record Row(int line, String time, String becomes, String measure, String text, boolean placed) {}

    private final TaskExecutor tasks;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final ObjectProperty<String> name = new SimpleObjectProperty<>(this, "name");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "Paste a timeline or open a file, then read it.");
    private final ReadOnlyObjectWrapper<Skeleton> skeleton = new ReadOnlyObjectWrapper<>(this, "skeleton");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private TaskExecutor.Job job;

    public PostMortemImportModel(TaskExecutor tasks) {
        this.tasks = tasks;
        text.addListener((o, a, b) -> skeleton.set(null));
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The skeleton of the last read of the current text; null until read, or after the text changed. */
    public ReadOnlyObjectProperty<Skeleton> skeletonProperty() {
        return skeleton.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Parses the current text in the background and shows the preview. */
    public void read() {
        java.util.Optional<ZoneId> choice = zoneChoice();
        if (choice == null) {
            return;
        }
        ZoneId z = choice.orElse(null);
        String snapshot = text.get() == null ? "" : text.get();
        String file = name.get();
        start("reading the timeline", p -> new Result(snapshot, PostMortemImport.parse(snapshot, file, z)));
    }

    /** Reads {@code file} in the background, shows its text and its preview. */
    public void open(Path file) {
        java.util.Optional<ZoneId> choice = zoneChoice();
        if (choice == null) {
            return;
        }
        ZoneId z = choice.orElse(null);
        start("reading " + file, p -> {
            String t = PostMortemImport.readText(file);
            return new Result(t, PostMortemImport.parse(t, file.getFileName().toString(), z));
        });
        name.set(file.getFileName().toString());
    }

    private record Result(String text, Skeleton skeleton) {}

    private void start(String context, TaskExecutor.Work<Result> work) {
        if (job != null) {
            job.cancel();
        }
        busy.set(true);
        summary.set("Reading…");
        job = tasks.submit(context, work, r -> {
            busy.set(false);
            text.set(r.text());
            bind(r.skeleton());
        }, e -> {
            busy.set(false);
            summary.set("Cannot read: " + e.getMessage());
        });
    }

    /** The zone asked for: empty for the timeline's own, null (and a message) when it is not a zone. */
    private java.util.Optional<ZoneId> zoneChoice() {
        String z = zone.get() == null ? "" : zone.get().trim();
        if (z.isEmpty()) {
            return java.util.Optional.empty();
        }
        ZoneId parsed = TimelineParser.zone(z);
        if (parsed == null) {
            summary.set("Unknown time zone \"" + z + "\": use an IANA name such as UTC or America/Los_Angeles, or leave it empty.");
            skeleton.set(null);
            rows.clear();
            return null;
        }
        return java.util.Optional.of(parsed);
    }

    private void bind(Skeleton s) {
        List<Row> out = new ArrayList<>();
        for (Skeleton.Placement p : s.placements()) {
            out.add(new Row(p.row().line(), p.at(), p.milestone() ? "milestone" : "inject",
                    p.measure() == null ? "" : p.measure(), p.row().text(), true));
        }
        for (UnparsedRow u : s.unparsed()) {
            out.add(new Row(u.line(), "—", "not placed", "", u.reason() + ": " + u.text(), false));
        }
        out.sort(java.util.Comparator.comparingInt(Row::line));
        rows.setAll(out);
        skeleton.set(s);
        summary.set(s.placements().size() + " rows placed (" + s.milestones() + " milestones, " + s.injects()
                + " injects), " + s.unparsed().size() + " not placed"
                + (s.placements().isEmpty() ? ": nothing to create a scenario from." : "."));
    }
}
