package firedrill.app.drill;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A list for a screen nobody scrolls (the projector): rows at full width, each as tall as its wrapped
 * text needs, from the top (newest first) or anchored at the bottom (newest last, like a chat). Rows
 * that do not fit whole are hidden rather than cut, and {@link #hiddenProperty()} says how many.
 */
final class FitList extends Region {
    private final boolean fromBottom;
    private final double gap;
    private final ReadOnlyIntegerWrapper hidden = new ReadOnlyIntegerWrapper(this, "hidden");

    FitList(boolean fromBottom, double gap) {
        this.fromBottom = fromBottom;
        this.gap = gap;
        getStyleClass().add("fit-list");
        setMinSize(0, 0);
    }

    /** Replaces the rows (keeps the nodes that stay, so an unchanged row is not rebuilt). */
    void setRows(List<? extends Node> rows) {
        if (!getChildren().equals(rows)) {
            getChildren().setAll(rows);
        }
    }

    ReadOnlyIntegerProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = (width < 0 ? getWidth() : width) - in.getLeft() - in.getRight();
        double h = 0;
        for (Node n : getChildren()) {
            h += n.prefHeight(w) + gap;
        }
        return in.getTop() + in.getBottom() + Math.max(0, h - gap);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double top = in.getTop();
        double bottom = getHeight() - in.getBottom();
        List<Node> rows = getChildren();
        int n = rows.size();
        int shown = 0;
        if (fromBottom) {
            double y = bottom;
            boolean full = false;
            for (int i = n - 1; i >= 0; i--) {
                Node r = rows.get(i);
                double h = r.prefHeight(w);
                full |= y - h < top - 0.5;
                r.setVisible(!full);
                if (!full) {
                    r.resizeRelocate(x, y - h, w, h);
                    y -= h + gap;
                    shown++;
                }
            }
        } else {
            double y = top;
            boolean full = false;
            for (Node r : rows) {
                double h = r.prefHeight(w);
                full |= y + h > bottom + 0.5;
                r.setVisible(!full);
                if (!full) {
                    r.resizeRelocate(x, y, w, h);
                    y += h + gap;
                    shown++;
                }
            }
        }
        hidden.set(n - shown);
    }
}
