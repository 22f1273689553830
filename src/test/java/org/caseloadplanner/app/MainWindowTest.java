package org.caseloadplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens on most of the screen: all of a laptop's, nine tenths of a larger one's, in the middle. */
class MainWindowTest {

    @Test
    void aLaptopScreenIsUsedWhole() {
        Rectangle2D laptop = new Rectangle2D(0, 27, 1366, 741); // 1366x768 under a panel
        assertThat(MainWindow.bounds(laptop)).isEqualTo(laptop);
        Rectangle2D small = new Rectangle2D(0, 0, 1280, 720);
        assertThat(MainWindow.bounds(small)).isEqualTo(small);
    }

    @Test
    void aLargerScreenKeepsAMarginAndTheWindowIsCentred() {
        Rectangle2D bounds = MainWindow.bounds(new Rectangle2D(0, 0, 1920, 1040));
        assertThat(bounds).isEqualTo(new Rectangle2D(96, 52, 1728, 936));
    }
}
