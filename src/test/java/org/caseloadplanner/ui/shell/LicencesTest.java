package org.caseloadplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A licence text the build did not put in says so in words, never fails. */
class LicencesTest {

    @Test
    void aTextThereIsReadAndOneMissingSaysSo() {
        assertThat(Licences.read(Licences.TEXTS.get(0))).contains("MIT");
        // The build writes all three before the tests run: none may be missing from what About shows.
        assertThat(Licences.TEXTS).allSatisfy(text ->
                assertThat(Licences.read(text)).isNotEqualTo("Not available in this build.").hasSizeGreaterThan(100));
        assertThat(Licences.read(new Licences.Text("Nothing", Licences.FOLDER + "NOT-THERE.txt")))
                .isEqualTo("Not available in this build.");
        assertThat(Licences.TEXTS).extracting(Licences.Text::resource).containsExactly(
                "/org/caseloadplanner/about/LICENSE.txt", "/org/caseloadplanner/about/THIRD-PARTY-NOTICES.txt",
                "/org/caseloadplanner/about/OGL-ATTRIBUTION.txt");
    }
}
