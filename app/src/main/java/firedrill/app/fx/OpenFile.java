package firedrill.app.fx;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file with the desktop's default application (a report in the browser). Call off the FX thread. */
public final class OpenFile {
    private OpenFile() {}

    /** Opens {@code file}; returns null when it was handed to the desktop, else why it could not be. */
    public static String open(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return null;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not fatal: the desktop's own opener below gets its turn; the log keeps why AWT could not.
            org.slf4j.LoggerFactory.getLogger(OpenFile.class).debug("AWT could not open {} ({})", file, e.toString());
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> cmd = os.contains("mac") ? List.of("open", file.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                : List.of("xdg-open", file.toString());
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return null;
        } catch (IOException e) {
            return "no program to open it: " + e.getMessage();
        }
    }
}
