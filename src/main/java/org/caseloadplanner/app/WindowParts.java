package org.caseloadplanner.app;

import java.time.Clock;
import org.caseloadplanner.log.AppLog;
import org.caseloadplanner.service.published.PublishedLibrary;
import org.caseloadplanner.ui.common.FxFeedback;
import org.caseloadplanner.ui.common.FxTaskExecutor;
import org.caseloadplanner.ui.common.StatusBar;

/**
 * What lasts as long as the window, whichever database it is on: built once by the application and handed on.
 *
 * @param published the published statistics, read once and shared by every database opened
 */
record WindowParts(MainWindow window, FxTaskExecutor executor, StatusBar status, FxFeedback feedback, AppLog log,
                   DataFolder folder, PublishedLibrary published, Clock clock, String user) {

    javafx.stage.Stage stage() {
        return window.stage();
    }
}
