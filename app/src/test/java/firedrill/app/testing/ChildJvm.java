package firedrill.app.testing;

import firedrill.app.fx.DataDir;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class from the test class path, for the kill tests. A daemon thread reads
 * its output (stdout and stderr) line by line, so the test waits for lines with a timeout instead of
 * blocking on a read or sleeping.
 */
public final class ChildJvm implements AutoCloseable {
    private static final String EOF = new String("end of output"); // compared by identity
    private final Process process;
    private final Thread reader;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-jvm-output");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts {@code java -Dfiredrill.dataDir=<this test's> OPTIONS -cp <test class path> MAIN ARGS}. */
    public static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(java);
        // The child does not inherit system properties: hand it this test's data dir, never the user's.
        command.add("-D" + DataDir.PROPERTY + "=" + DataDir.resolve());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.add(line);
                lines.add(line);
            }
        } catch (IOException e) {
            output.add("(reading the child's output failed: " + e + ")");
        } finally {
            lines.add(EOF);
        }
    }

    /** The next line the child printed; fails when it exits first or prints nothing within {@code timeout}. */
    public String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("the child printed nothing for " + timeout + "; output so far: " + output());
        }
        if (line == EOF) {
            lines.add(EOF);
            throw new AssertionError("the child exited; its output: " + output());
        }
        return line;
    }

    /**
     * SIGKILL on Linux ({@code destroyForcibly}: no shutdown hooks, no finally blocks), then waits for
     * the exit and for the rest of its output, and returns the lines not yet taken by {@link #nextLine}.
     */
    public List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.removeIf(l -> l == EOF);
        return rest;
    }

    /** Everything the child printed so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
