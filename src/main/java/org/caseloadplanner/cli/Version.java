package org.caseloadplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven built into the jar; a build from the source folder has none. */
public final class Version implements IVersionProvider {

    private static final String BUILT = "/META-INF/maven/org.caseloadplanner/caseload-planner/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Caseload Planner " + version()};
    }

    static String version() {
        try (InputStream in = Version.class.getResourceAsStream(BUILT)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "(version not recorded)");
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through: the version is only news, never a reason to fail
        }
        return "(built from source)";
    }
}
