package org.caseloadplanner.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.ui.common.Feedback;

/** Feedback that keeps what a screen said, for tests to read. */
public final class RecordingFeedback implements Feedback {

    public final List<String> infos = new ArrayList<>();
    public final List<String> refusals = new ArrayList<>();
    public final List<Throwable> failures = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void refused(String message) {
        refusals.add(message);
    }

    @Override
    public void failed(Throwable error) {
        failures.add(error);
    }
}
