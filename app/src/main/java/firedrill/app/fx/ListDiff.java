package firedrill.app.fx;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/**
 * Updates an observable list to equal another with one small change instead of {@code setAll}: the
 * common prefix and suffix stay, only the middle is replaced. {@code setAll} makes a ListView
 * recreate every cell; this keeps a frame's list update proportional to what changed.
 */
public final class ListDiff {
    private ListDiff() {}

    /** Returns whether the target changed. */
    public static <T> boolean apply(ObservableList<T> target, List<T> next) {
        int oldN = target.size();
        int newN = next.size();
        int p = 0;
        while (p < oldN && p < newN && Objects.equals(target.get(p), next.get(p))) {
            p++;
        }
        if (p == oldN && p == newN) {
            return false;
        }
        int q = 0;
        while (q < oldN - p && q < newN - p && Objects.equals(target.get(oldN - 1 - q), next.get(newN - 1 - q))) {
            q++;
        }
        int oldMid = oldN - p - q;
        int newMid = newN - p - q;
        if (oldMid == newMid) {
            for (int i = 0; i < newMid; i++) {
                if (!Objects.equals(target.get(p + i), next.get(p + i))) {
                    target.set(p + i, next.get(p + i));
                }
            }
            return true;
        }
        if (oldMid > 0) {
            target.remove(p, p + oldMid);
        }
        if (newMid > 0) {
            target.addAll(p, next.subList(p, p + newMid));
        }
        return true;
    }
}
