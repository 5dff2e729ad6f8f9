package firedrill.engine.postmortem;

/** A line with a timestamp (or a timeline table row) the importer could not place, and why. */
public record UnparsedRow(int line, String text, String reason) {}
