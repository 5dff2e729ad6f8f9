package firedrill.app.testing;

import firedrill.app.fx.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Makes every app test hermetic (ADR 0012): it runs on a fresh temporary data directory (the
 * {@code firedrill.dataDir} property, so never the user's own settings, sessions or scenarios), and
 * afterwards every system property is as it was before, whoever changed it.
 *
 * <p>Registered for all app tests by JUnit's extension auto-detection (META-INF/services plus
 * {@code junit-platform.properties}), so it runs before any {@code @ExtendWith} extension: TestFX's
 * {@code @Start} and a class's {@code @BeforeAll} methods already see the temporary directory.
 *
 * <ul>
 *   <li>Before a class: snapshot of the system properties; a directory for the class.</li>
 *   <li>Before each test: another snapshot; a directory of its own, unless the class is
 *       {@link PerClass} (its tests share data prepared in {@code @BeforeAll}).</li>
 *   <li>After each test and after the class: the snapshot restored (properties added are removed,
 *       changed or removed ones put back) and the directory deleted.</li>
 * </ul>
 */
public final class TempDataDir implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    /** The tests of this class share one data directory: the one {@code @BeforeAll} methods see. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    public @interface PerClass {}

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TempDataDir.class);

    /** What one scope (a class or a test) has to undo. */
    private record Scope(Properties saved, Path dir) {}

    @Override
    public void beforeAll(ExtensionContext context) {
        enter(context, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean shared = context.getTestClass()
                .map(c -> AnnotationSupport.isAnnotated(c, PerClass.class)).orElse(false);
        enter(context, !shared);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        leave(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        leave(context);
    }

    private static void enter(ExtensionContext context, boolean freshDir) {
        Properties saved = (Properties) System.getProperties().clone();
        Path dir = null;
        if (freshDir) {
            try {
                dir = Files.createTempDirectory("firedrill-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(DataDir.PROPERTY, dir.toString());
        }
        context.getStore(NS).put(Scope.class, new Scope(saved, dir));
    }

    private static void leave(ExtensionContext context) {
        Scope scope = context.getStore(NS).remove(Scope.class, Scope.class);
        if (scope == null) {
            return;
        }
        restore(scope.saved());
        if (scope.dir() != null) {
            deleteQuietly(scope.dir());
        }
    }

    /** Puts the system properties back to {@code saved}, in place (code may hold the live object). */
    static void restore(Properties saved) {
        Properties live = System.getProperties();
        Set<String> names = new HashSet<>(live.stringPropertyNames());
        names.addAll(saved.stringPropertyNames());
        for (String name : names) {
            String was = saved.getProperty(name);
            if (was == null) {
                live.remove(name);
            } else if (!was.equals(live.getProperty(name))) {
                live.setProperty(name, was);
            }
        }
    }

    /**
     * Best effort: a background thread of the test (an autosave, a scorer) may still be writing; a
     * leftover temp directory is not the test's failure, so it is reported, not thrown.
     */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("TempDataDir: could not delete " + dir + ": " + e);
        }
    }
}
