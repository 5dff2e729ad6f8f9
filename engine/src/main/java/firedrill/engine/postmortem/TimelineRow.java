package firedrill.engine.postmortem;

import java.time.LocalDateTime;

/**
 * One timestamped entry placed from a post-mortem: source line, local date-time in the skeleton's
 * zone, the entry's text, and what the reader should know about how it was placed ({@code note},
 * e.g. "approximate", "range start"; null when the source was exact).
 */
public record TimelineRow(int line, LocalDateTime local, String text, String source, String note) {}
