package org.caseloadplanner.app;

import java.io.IOException;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.caseloadplanner.log.AppLog;

/** The one window: its picture, its size on the screen it opens on, and what it shows while nothing is open. */
final class MainWindow {

    static final String STYLESHEET = "/org/caseloadplanner/ui/app.css";
    /** Up to this size a screen is a laptop's: the window takes all of it. */
    static final double SMALL_WIDTH = 1366;
    static final double SMALL_HEIGHT = 800;
    /** The share of a larger screen the window takes, centred. */
    static final double SHARE = 0.9;

    private final Stage stage;

    MainWindow(Stage stage) {
        this.stage = stage;
    }

    Stage stage() {
        return stage;
    }

    /** The window, saying the planner is opening until a database is shown in it. */
    void show(AppLog log) {
        // The same picture as the menu entry, for the task bar and the window's corner.
        for (String icon : new String[] {"icon-48.png", "icon.png"}) {
            try (var in = MainWindow.class.getResourceAsStream("/org/caseloadplanner/ui/" + icon)) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                log.unexpected(e); // a window without its picture still works
            }
        }
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = bounds(screen);
        Scene scene = new Scene(waiting("Opening the planner\u2026"), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind(); // a window opened again had followed its last screen
        stage.setTitle("Caseload Planner");
        place(bounds);
        stage.setMaximized(isSmall(screen));
        stage.show();
        // Placed again once shown: a window manager (openbox, xfwm) took the size given before as a wish and
        // opened the window at its smallest, in a corner.
        place(bounds);
        // Every screen keeps its key columns and buttons down to this size (LaptopSizesSmokeTest).
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
    }

    private void place(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** A laptop's screen is used whole; a larger one keeps a margin around the window, which sits in its middle. */
    static Rectangle2D bounds(Rectangle2D screen) {
        if (isSmall(screen)) {
            return screen;
        }
        double width = Math.floor(screen.getWidth() * SHARE);
        double height = Math.floor(screen.getHeight() * SHARE);
        return new Rectangle2D(screen.getMinX() + Math.floor((screen.getWidth() - width) / 2),
                screen.getMinY() + Math.floor((screen.getHeight() - height) / 2), width, height);
    }

    private static boolean isSmall(Rectangle2D screen) {
        return screen.getWidth() <= SMALL_WIDTH || screen.getHeight() <= SMALL_HEIGHT;
    }

    /** Shows a message with a spinner in place of the screens, while a database is opened or connected to. */
    void showWaiting(String message) {
        stage.getScene().setRoot(waiting(message));
    }

    private static Parent waiting(String message) {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(message));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    void showPage(Parent page) {
        stage.getScene().setRoot(page);
    }
}
