package org.caseloadplanner.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view with a controller made by the caller, so controllers get what they need by constructor. */
public final class Views {

    private Views() {
    }

    public static Parent load(Class<?> owner, String fxml, Object controller) {
        URL url = owner.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("Missing view " + fxml + " beside " + owner.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxml, e);
        }
    }
}
