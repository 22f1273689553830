package org.caseloadplanner.app;

import javafx.application.Application;

/** The program's entry point; kept apart from the Application class so plain {@code java -jar} finds JavaFX. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(CaseloadApp.class, args);
    }
}
