package firedrill.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEverythingThatCanOpenMarkupOrCloseAnAttribute() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.escape("\"><img src=x onerror=alert(1)>"));
        assertEquals("it&#39;s &amp; &amp;amp;", Html.escape("it's & &amp;"));
        assertEquals("", Html.escape(null));
        assertEquals("a\tb\nc", Html.escape("a\tb\nc\u0000\u0007\u007f"));
        assertEquals("Zürich — 15:27 ✓", Html.escape("Zürich — 15:27 ✓"));
    }
}
