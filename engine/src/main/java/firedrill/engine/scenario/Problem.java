package firedrill.engine.scenario;

/**
 * One problem with an input file: the file, the JSON path ({@code $.fleet.clusters[2].nodes}) and
 * what was expected. Rendered as {@code file: path: message}, one line, for the CLI and the editor.
 */
public record Problem(String file, String path, String message) {
    @Override
    public String toString() {
        return file + ": " + path + ": " + message;
    }
}
