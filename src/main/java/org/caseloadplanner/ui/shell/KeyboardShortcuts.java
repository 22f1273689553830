package org.caseloadplanner.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut, as Help › Keyboard shortcuts lists them: the screens' Ctrl+digits and the menus' own
 * read from where they are set, and the keys each screen's tables and forms answer to.
 */
public final class KeyboardShortcuts {

    /** One shortcut: where it works, its keys as the menus write them, and what it does. */
    public record Shortcut(String where, String keys, String does) {
    }

    private KeyboardShortcuts() {
    }

    /** @param menus the main window's menus, whose accelerators are listed as they are set */
    public static List<Shortcut> all(List<Menu> menus) {
        List<Shortcut> all = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            all.add(new Shortcut("Anywhere", keys(new KeyCodeCombination(screen.shortcut(),
                    KeyCombination.SHORTCUT_DOWN)), "Go to " + screen.label()));
        }
        for (Menu menu : menus) {
            fromMenu(all, menu);
        }
        all.add(new Shortcut("Anywhere", keys(KeyCombination.keyCombination("Shortcut+Plus")) + ", or with the keypad's + and -",
                "Bigger or smaller text"));
        all.add(new Shortcut("Anywhere", "F10, or Alt with the underlined letter", "Open the menus"));
        all.add(new Shortcut("Anywhere", "Tab, Shift+Tab", "Move to the next or previous control"));
        all.add(new Shortcut("Allocation", keys(KeyCombination.keyCombination("Shortcut+Z")),
                "Undo the last allocation"));
        all.add(new Shortcut("Allocation", "Enter on a case", "Choose who takes it, from the workers' list"));
        all.add(new Shortcut("Allocation", "Enter on a worker or a suggestion", "Allocate the chosen case to them"));
        all.add(new Shortcut("Allocation", "Escape in the workers' list", "Back to the cases waiting"));
        all.add(new Shortcut("Allocation", "Enter on a case a worker holds", "Reallocate it"));
        all.add(new Shortcut("Leaver's and cover plans", "Enter, F2 or Space on a case",
                "Open the list of who it goes to"));
        all.add(new Shortcut("Leaver's and cover plans", "Type a letter on a case",
                "Choose the next worker whose name starts with it"));
        all.add(new Shortcut("Hand back", "Space or Enter on a case", "Hand it back, or keep it where it is"));
        all.add(new Shortcut("Workers", keys(KeyCombination.keyCombination("Shortcut+N")), "Add a worker"));
        all.add(new Shortcut("Workers", "Enter, Delete", "Edit or delete the chosen worker"));
        all.add(new Shortcut("Workers", "Enter, Delete in the absences", "Change or delete the chosen absence"));
        all.add(new Shortcut("Workers", keys(KeyCombination.keyCombination("Shortcut+Z")),
                "Undo the last delete of an absence"));
        all.add(new Shortcut("Cases", keys(KeyCombination.keyCombination("Shortcut+N")), "Add a case"));
        all.add(new Shortcut("Cases", "Enter", "Edit the chosen case"));
        all.add(new Shortcut("Dashboard", "Enter on a worker", "Open them on the Workers screen"));
        all.add(new Shortcut("Settings", "Enter, Delete", "Edit or delete the chosen team"));
        all.add(new Shortcut("Settings", "Enter in the caseload limits", "Save the limits"));
        all.add(new Shortcut("Dashboard, Settings", "Ctrl+Tab, Ctrl+Shift+Tab", "Next or previous tab"));
        all.add(new Shortcut("Tables and lists", "Up, Down, Page Up, Page Down, Home, End", "Choose a row"));
        all.add(new Shortcut("Forms", "Enter", "Save, once every field is right"));
        all.add(new Shortcut("Forms", "Escape", "Cancel"));
        all.add(new Shortcut("Forms", "Space", "Tick a box or press the button in focus"));
        return all;
    }

    private static void fromMenu(List<Shortcut> into, Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu inner) {
                fromMenu(into, inner);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut("Anywhere", keys(item.getAccelerator()),
                        menu.getText().replace("_", "") + " \u203A " + item.getText().replace("_", "").replace("\u2026", "")));
            }
        }
    }

    /** The keys as this computer writes them (Ctrl on Windows and Linux, Cmd on a Mac). */
    private static String keys(KeyCombination keys) {
        return keys.getDisplayText();
    }
}
