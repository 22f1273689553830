package org.caseloadplanner.ui.common;

/** How a screen tells the user what happened: news, a refusal under the rules, or a failure. */
public interface Feedback {

    /** Something done, such as "Saved Amy Clarke". */
    void info(String message);

    /** An action the rules do not allow, with what to do instead. */
    void refused(String message);

    /** Anything else that went wrong; the user sees a short message, the details go to the log. */
    void failed(Throwable error);
}
