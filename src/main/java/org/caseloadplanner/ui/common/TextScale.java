package org.caseloadplanner.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Sets the text size chosen on every window the planner opens (the main window, its dialogs and pop-ups) through
 * the font size of each scene's root, which the stylesheet's em sizes follow. The normal size is the computer's
 * own text size ({@link Font#getDefault()}), so a larger system text size grows the planner's too.
 */
public final class TextScale {

    private static final String FONT_SIZE = "-fx-font-size:";

    private final ObjectProperty<TextSize> size;
    private final double systemSize = Font.getDefault().getSize();
    /** Once stopped, the listeners left on windows that outlive the planner (a test's stage) do nothing. */
    private boolean stopped;
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            for (Window window : change.getAddedSubList()) {
                follow(window);
                // A dialog has taken its size from its words before they grew: it takes it again from them.
                if (window instanceof Stage dialog && dialog.getOwner() != null) {
                    Platform.runLater(() -> fitToWords(dialog));
                }
            }
        }
    };

    private final ChangeListener<Scene> sceneChanged = (obs, was, scene) -> apply(scene);

    public TextScale(TextSize start) {
        size = new SimpleObjectProperty<>(start);
        size.addListener((obs, was, is) -> Window.getWindows().forEach(w -> apply(w.getScene())));
    }

    /** The size chosen: set it to change every window at once. */
    public ObjectProperty<TextSize> sizeProperty() {
        return size;
    }

    /** From now on every window open or opened takes the size chosen. */
    public void start() {
        Window.getWindows().forEach(this::follow);
        Window.getWindows().addListener(opened);
    }

    /** Windows opened from now on are left as they are, and a window that outlives the planner lets go of it. */
    public void stop() {
        stopped = true;
        Window.getWindows().removeListener(opened);
        Window.getWindows().forEach(w -> w.sceneProperty().removeListener(sceneChanged));
    }

    private void follow(Window window) {
        apply(window.getScene());
        window.sceneProperty().removeListener(sceneChanged); // once a window, however often it is shown
        window.sceneProperty().addListener(sceneChanged);
    }

    private void apply(Scene scene) {
        if (scene == null || stopped) {
            return;
        }
        if (scene.getProperties().get(TextScale.class) != this) {
            // A page put in the window later (the screens once a database is open) takes the size too.
            scene.getProperties().put(TextScale.class, this);
            scene.rootProperty().addListener((obs, was, root) -> apply(root));
        }
        apply(scene.getRoot());
    }

    private void apply(Parent root) {
        if (root != null && !stopped) {
            root.setStyle(withFontSize(root.getStyle(), systemSize * size.get().percent() / 100));
            root.lookupAll(".button-bar").forEach(bar -> resizeButtons((ButtonBar) bar));
        }
    }

    /** Sizes a dialog again from its words at their new size, kept on the screen. */
    private static void fitToWords(Stage dialog) {
        if (dialog.getScene() == null || dialog.getScene().getRoot() == null) {
            return;
        }
        double width = dialog.getWidth();
        double height = dialog.getHeight();
        dialog.getScene().getRoot().applyCss();
        dialog.sizeToScene();
        if (dialog.getWidth() > width + 1 || dialog.getHeight() > height + 1) {
            dialog.centerOnScreen();
        }
    }

    /** A dialog's buttons keep the width their words had when first laid out, unless laid out again. */
    private static void resizeButtons(ButtonBar bar) {
        List<Node> buttons = new ArrayList<>(bar.getButtons());
        buttons.forEach(b -> ((Region) b).setPrefWidth(Region.USE_COMPUTED_SIZE));
        bar.getButtons().setAll(buttons);
    }

    /** The inline style given, with its font size (if any) replaced by the one in pixels given. */
    static String withFontSize(String style, double pixels) {
        String others = style == null ? "" : style.replaceAll(FONT_SIZE + "[^;]*;?", "").trim();
        return (others.isEmpty() ? "" : others + (others.endsWith(";") ? " " : "; "))
                + FONT_SIZE + " " + Math.round(pixels * 10) / 10.0 + "px;";
    }
}
