package org.caseloadplanner.app;

import java.time.Clock;
import org.caseloadplanner.log.AppLog;
import org.caseloadplanner.service.published.PublishedLibrary;
import org.caseloadplanner.ui.common.FxFeedback;
import org.caseloadplanner.ui.common.FxTaskExecutor;
import org.caseloadplanner.ui.common.StatusBar;
import org.caseloadplanner.ui.common.TextScale;

/**
 * What lasts as long as the window, whichever database it is on: built once by the application and handed on.
 *
 * @param published the published statistics, read once and shared by every database opened
 * @param text      the text size of every window, remembered for the user
 */
record WindowParts(MainWindow window, FxTaskExecutor executor, StatusBar status, FxFeedback feedback, AppLog log,
                   DataFolder folder, PublishedLibrary published, Clock clock, String user,
                   TextScale text) {

    javafx.stage.Stage stage() {
        return window.stage();
    }
}
