package org.caseloadplanner.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The licence texts the build puts beside the program: the planner's own (MIT), the notices of every library it
 * bundles, and the attribution of the published figures it compares with.
 */
public final class Licences {

    /** Where the build puts each text on the class path. */
    public static final String FOLDER = "/org/caseloadplanner/about/";
    public static final String MISSING = "Not available in this build.";

    /** One text: its tab's title and where it is. */
    public record Text(String title, String resource) {
    }

    public static final List<Text> TEXTS = List.of(
            new Text("Caseload Planner (MIT)", FOLDER + "LICENSE.txt"),
            new Text("Bundled libraries", FOLDER + "THIRD-PARTY-NOTICES.txt"),
            new Text("Published figures (OGL)", FOLDER + "OGL-ATTRIBUTION.txt"));

    private Licences() {
    }

    /** The text, or a plain line saying this build has none, never an error. */
    public static String read(Text text) {
        try (InputStream in = Licences.class.getResourceAsStream(text.resource())) {
            if (in == null) {
                return MISSING;
            }
            String read = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return read.isBlank() ? MISSING : read;
        } catch (IOException e) {
            return MISSING;
        }
    }
}
