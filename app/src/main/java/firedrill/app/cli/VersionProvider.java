package firedrill.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest; falls back to "dev" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"firedrill " + version(), "Java " + System.getProperty("java.version")};
    }
}
