package org.caseloadplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseloadplanner.app.LaunchOptions;
import org.caseloadplanner.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/** Which start opens the window and which is a command, decided without starting JavaFX. */
class LauncherTest {

    @Test
    void nothingOrOnlyTheWindowsOwnOptionsOpenTheWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir", "x", "--screen", "cases"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--review", "--db", "copy.mv.db"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir=x", "--screen=Workers", "--db=c"})).isTrue();
    }

    @Test
    void anythingElseIsACommandForTheCommandLineToReadOrRefuse() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"--db"}, new String[] {"--bogus"},
                new String[] {"--db", "x", "report"}, new String[] {"report"}, new String[] {"--help"},
                new String[] {"--version"}, new String[] {"--screen", "nowhere"}, new String[] {"--data-dir"},
                new String[] {"--db", "--review"}, new String[] {"--db", ""}, new String[] {"--review", "extra"},
                new String[] {"--password-file", "p.txt"})) {
            assertThat(Launcher.opensWindow(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void theWindowIsGivenTheDatabaseTheScreenAndReviewAsAsked() {
        assertThat(LaunchOptions.forWindow(List.of("--db", "copy.mv.db", "--review", "--screen", "dashboard")))
                .contains(new LaunchOptions(null, Screen.DASHBOARD, true, "copy.mv.db"));
        assertThat(LaunchOptions.forWindow(List.of())).contains(LaunchOptions.none());
    }
}
