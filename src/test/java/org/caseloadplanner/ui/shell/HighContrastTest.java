package org.caseloadplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.caseloadplanner.ui.common.HighContrast;
import org.caseloadplanner.ui.common.SystemContrast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** View › High contrast is remembered for the user; the system's high-contrast theme, when on, lays its colours last. */
class HighContrastTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void noTheme() {
        System.clearProperty(SystemContrast.THEME_PROPERTY);
    }

    @Test
    void theChoiceIsRememberedForTheNextStart() throws Exception {
        assertThat(new ContrastChoice(folder).chosen()).isFalse();
        new ContrastChoice(folder).choose(true);
        assertThat(new ContrastChoice(folder).chosen()).isTrue();
        new ContrastChoice(folder).choose(false);
        assertThat(new ContrastChoice(folder).chosen()).isFalse();
    }

    @Test
    void chosenTheBuiltInColoursComeAfterThePlannersAndGoAgainWhenUnchosen() throws Exception {
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new Group());
            scene[0].getStylesheets().add("app.css");
            HighContrast.apply(scene[0], true);
        });
        assertThat(scene[0].getStylesheets()).containsExactly("app.css", HighContrast.STYLESHEET, HighContrast.COLOURS);
        assertThat(HighContrast.ink(scene[0])).contains(new HighContrast.Ink(Color.BLACK, Color.WHITE));
        robot.interact(() -> HighContrast.apply(scene[0], false));
        assertThat(scene[0].getStylesheets()).containsExactly("app.css");
        assertThat(HighContrast.ink(scene[0])).isEmpty();
    }

    @Test
    void withTheSystemsThemeOnItsOwnColoursComeLastWhateverIsChosen() throws Exception {
        FxToolkit.registerPrimaryStage();
        System.setProperty(SystemContrast.THEME_PROPERTY, "YELLOWONBLACK");
        assertThat(SystemContrast.isOn()).isTrue();
        String theme = SystemContrast.themeStylesheet().orElseThrow();
        assertThat(theme).endsWith("modena/yellowOnBlack.css");
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new Group());
            scene[0].getStylesheets().add("app.css");
            HighContrast.apply(scene[0], false);
        });
        assertThat(scene[0].getStylesheets()).containsExactly("app.css", HighContrast.STYLESHEET, theme);
        // The charts take the theme's two colours too: yellow lines and words on black.
        assertThat(HighContrast.ink(scene[0])).contains(new HighContrast.Ink(Color.YELLOW, Color.BLACK));
    }
}
