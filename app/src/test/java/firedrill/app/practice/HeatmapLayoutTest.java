package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapLayoutTest {
    private static HeatmapLayout.Shape fleet(int n, int regions) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> order = new ArrayList<>();
        int[] nodes = new int[n];
        for (int r = 0; r < regions; r++) {
            order.add("region-" + r);
        }
        for (int c = 0; c < n; c++) {
            ids.add("c" + c);
            names.add(order.get(c % regions));
            nodes[c] = c < 10 ? 5000 - c * 100 : c < 60 ? 800 : 40 + c % 200;
        }
        return HeatmapLayout.Shape.of(ids, names, nodes, order);
    }

    @Test
    void everyClusterGetsACellInsideTheAreaWithoutOverlaps() {
        for (int n : new int[] {17, 300, 1000}) {
            HeatmapLayout l = HeatmapLayout.compute(fleet(n, 6), 700, 360);
            for (int c = 0; c < n; c++) {
                assertTrue(l.x(c) >= 0 && l.x(c) + l.side(c) <= 700 + 1, "x of " + c);
                assertTrue(l.y(c) >= 0 && l.y(c) + l.side(c) <= 360 + 1, "y of " + c + " with " + n);
                for (int d = c + 1; d < n; d++) {
                    boolean apart = l.x(c) + l.side(c) <= l.x(d) || l.x(d) + l.side(d) <= l.x(c)
                            || l.y(c) + l.side(c) <= l.y(d) || l.y(d) + l.side(d) <= l.y(c);
                    assertTrue(apart, "cells " + c + " and " + d + " overlap");
                }
            }
        }
    }

    @Test
    void bigClustersGetBiggerCells() {
        HeatmapLayout l = HeatmapLayout.compute(fleet(300, 6), 700, 360);
        assertEquals(3, HeatmapLayout.bucket(5000));
        assertEquals(2, HeatmapLayout.bucket(800));
        assertEquals(1, HeatmapLayout.bucket(40));
        assertTrue(l.side(0) > l.side(20) && l.side(20) > l.side(200));
    }

    @Test
    void hitTestingAndRectangles() {
        HeatmapLayout l = HeatmapLayout.compute(fleet(50, 3), 600, 300);
        for (int c = 0; c < 50; c++) {
            assertEquals(c, l.hit(l.x(c) + l.side(c) / 2, l.y(c) + l.side(c) / 2));
        }
        assertEquals(-1, l.hit(-5, -5));
        int c = 7;
        assertArrayEquals(new int[] {c}, l.within(l.x(c) + 1, l.y(c) + 1, l.x(c) + 2, l.y(c) + 2));
        assertEquals(50, l.within(0, 0, 600, 300).length);
    }

    @Test
    void regionsAreGroupedInPanelsInTheirOrder() {
        HeatmapLayout l = HeatmapLayout.compute(fleet(60, 6), 900, 300);
        assertEquals(6, l.panels().size());
        assertEquals("region-0", l.panels().get(0).name());
        assertEquals(10, l.panels().get(3).clusters());
    }
}
