package org.caseloadplanner.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.caseloadplanner.ui.common.TextSize;

/** View › Text size: one radio item for each size offered, ticked at the size in use, and the keys beside them. */
final class TextSizeMenu {

    private TextSizeMenu() {
    }

    /** Puts the sizes at the top of the menu, kept ticked at the size in use however it is changed. */
    static void fill(Menu menu, ObjectProperty<TextSize> size) {
        ToggleGroup sizes = new ToggleGroup();
        int at = 0;
        for (TextSize each : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(each.label());
            item.setId("text-size-" + each.percent());
            item.setToggleGroup(sizes);
            item.setUserData(each);
            item.setSelected(each == size.get());
            item.setOnAction(e -> size.set(each));
            menu.getItems().add(at++, item);
        }
        size.addListener((obs, was, is) -> sizes.getToggles().forEach(t -> t.setSelected(t.getUserData() == is)));
    }

    /** The keys a menu item holds only one of: Ctrl with the + key of its own, and the keypad's +, - and 0. */
    static void otherKeys(Scene scene, ObjectProperty<TextSize> size) {
        Runnable bigger = () -> size.set(size.get().bigger());
        Runnable smaller = () -> size.set(size.get().smaller());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY), bigger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), bigger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN),
                () -> size.set(TextSize.NORMAL));
    }
}
