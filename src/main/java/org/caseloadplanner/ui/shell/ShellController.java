package org.caseloadplanner.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caseloadplanner.service.exchange.RegisterCsv;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.ui.common.FormDialog;
import org.caseloadplanner.ui.common.HighContrast;
import org.caseloadplanner.ui.common.SaveDiscardStay;
import org.caseloadplanner.ui.common.TextSize;
import org.caseloadplanner.ui.common.ScreenView;
import org.caseloadplanner.ui.common.UnsavedEdits;
import org.caseloadplanner.ui.common.SystemContrast;
import org.caseloadplanner.ui.common.Views;
import org.caseloadplanner.ui.firstrun.FirstRunActions;
import org.caseloadplanner.ui.firstrun.FirstRunController;
import org.caseloadplanner.ui.firstrun.ShippedSample;

/** Binds the main window: navigation, the screen in view, the demo banner, menus and status bar. */
public final class ShellController {

    private final ShellModel model;
    private final Function<Screen, ScreenView> screens;
    private final DatabaseActions actions;
    private final Map<Screen, ScreenView> built = new EnumMap<>(Screen.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private javafx.scene.Parent firstRun;

    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private Menu textSizeMenu;
    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private HBox demoBanner;
    @FXML private Label demoNotice;
    @FXML private HBox reviewBanner;
    @FXML private Label reviewNotice;
    @FXML private javafx.scene.control.MenuItem importItem;
    @FXML private javafx.scene.control.MenuItem restoreItem;
    @FXML private javafx.scene.control.MenuItem backupItem;
    @FXML private javafx.scene.control.MenuItem passwordItem;
    @FXML private javafx.scene.control.MenuItem importTeamsItem;
    @FXML private javafx.scene.control.MenuItem importWorkersItem;
    @FXML private javafx.scene.control.MenuItem importCasesItem;
    @FXML private javafx.scene.control.MenuItem importAbsencesItem;
    @FXML private CheckMenuItem highContrastItem;
    @FXML private Label councilName;
    @FXML private Label statusMessage;
    @FXML private Label databaseFile;
    @FXML private ProgressIndicator busy;
    /** The council database this window last connected to, offered again in the Connect form. */
    private org.caseloadplanner.store.ServerAddress lastServer;

    public ShellController(ShellModel model, Function<Screen, ScreenView> screens, DatabaseActions actions) {
        this.model = model;
        this.screens = screens;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.label());
            button.setId("nav-" + screen.name().toLowerCase());
            button.setUserData(screen);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            nav.getChildren().add(button);
        }
        // Keep one screen chosen: clicking the current one again does not leave the window empty. The button
        // chosen stays unselected until the screen in view is left, which unsaved changes may prevent.
        navigation.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                navigation.selectToggle(was);
            } else if (is.getUserData() != model.screenProperty().get()) {
                selectButtonOf(model.screenProperty().get());
                go((Screen) is.getUserData());
            }
        });
        // Chosen from the navigation, a screen takes the keyboard: its main table, or else its first control.
        model.screenProperty().addListener((obs, was, is) -> {
            show(is);
            focusInto();
        });
        show(model.screenProperty().get());
        focusInto();

        TextSizeMenu.fill(textSizeMenu, model.textSizeProperty());
        demoBanner.setVisible(model.isDemo());
        demoBanner.setManaged(model.isDemo());
        demoNotice.setText(model.demoNotice());
        reviewBanner.setVisible(model.isReview());
        reviewBanner.setManaged(model.isReview());
        reviewNotice.setText(model.reviewNotice());
        // What would change the file is not offered while it is open for review.
        importItem.setDisable(model.isReview());
        restoreItem.setDisable(model.isReview() || model.isServer());
        passwordItem.setDisable(model.isReview() || model.isServer());
        // A council's server is backed up by its IT, not into a file on this computer.
        backupItem.setDisable(model.isServer());
        importTeamsItem.setDisable(model.isReview());
        importWorkersItem.setDisable(model.isReview());
        importCasesItem.setDisable(model.isReview());
        importAbsencesItem.setDisable(model.isReview());
        councilName.setText(model.councilName());
        databaseFile.setText(model.fileLine());
        statusMessage.textProperty().bind(model.statusProperty());
        busy.visibleProperty().bind(model.busyProperty());
        content.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                showContrast(scene);
                // A window given this page (or a screen whose focused control went away) hands the keyboard to its
                // first control on its own, the navigation; the screen in view takes it instead.
                scene.focusOwnerProperty().addListener((o, before, now) -> {
                    if (!canKeepFocus(before, scene) && now != null && !inContent(now)) {
                        focusInto();
                    }
                });
                for (Screen screen : Screen.values()) {
                    scene.getAccelerators().put(new KeyCodeCombination(screen.shortcut(), KeyCombination.SHORTCUT_DOWN),
                            () -> go(screen));
                }
                TextSizeMenu.otherKeys(scene, model.textSizeProperty());
            }
        });
    }

    private void show(Screen screen) {
        if (model.showsFirstRun(screen)) {
            if (firstRun == null) {
                firstRun = FirstRunController.page(new StartingOut());
            }
            content.getChildren().setAll(firstRun);
        } else {
            ScreenView view = built.computeIfAbsent(screen, screens);
            content.getChildren().setAll(view.root());
            view.refresh().run();
        }
        selectButtonOf(screen);
    }

    /** False for a control that lost the keyboard by going (removed, hidden or disabled), not by a user's move. */
    private static boolean canKeepFocus(Node node, Scene scene) {
        if (node == null || node.getScene() != scene) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.isDisabled()) {
                return false;
            }
        }
        return true;
    }

    private boolean inContent(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == content) {
                return true;
            }
        }
        return false;
    }

    private void focusInto() {
        javafx.application.Platform.runLater(() -> {
            content.applyCss(); // a screen built just now gets its skins, so the table inside a split pane is there
            ScreenFocus.target(content).ifPresent(Node::requestFocus);
        });
    }

    private void selectButtonOf(Screen screen) {
        navigation.getToggles().stream().filter(t -> t.getUserData() == screen).findFirst()
                .ifPresent(navigation::selectToggle);
    }

    /** Brings a screen into view, once the one in view has saved or discarded what it holds unsaved. */
    public void go(Screen screen) {
        if (screen != model.screenProperty().get()) {
            leaving(() -> model.screenProperty().set(screen));
        }
    }

    /** Runs {@code then} once the screen in view holds nothing unsaved: asked to save, discard or stay. */
    public void leaving(Runnable then) {
        SaveDiscardStay.ask(window(), unsavedEdits(), then);
    }

    /** True while the screen in view holds changes not yet saved. */
    public boolean holdsUnsavedEdits() {
        return unsavedEdits().pending();
    }

    private UnsavedEdits unsavedEdits() {
        Screen screen = model.screenProperty().get();
        ScreenView view = built.get(screen);
        return view == null || model.showsFirstRun(screen) ? UnsavedEdits.NONE : view.edits();
    }

    /**
     * Reads the screen in view again, as after an import has changed what it shows; a screen holding unsaved
     * changes is left as it is, since a read would overwrite them.
     */
    public void refresh() {
        if (!holdsUnsavedEdits()) {
            show(model.screenProperty().get());
        }
    }

    private Window window() {
        return content.getScene().getWindow();
    }

    /** Asks for the council's name and makes the file after it: the sidebar shows the name as typed. */
    @FXML
    private void newDatabase() {
        leaving(this::newDatabaseNow);
    }

    private void newDatabaseNow() {
        NewDatabaseModel form = new NewDatabaseModel(model.newDatabaseFolder());
        var view = Views.load(ShellController.class, "NewDatabaseForm.fxml", new NewDatabaseFormController(form));
        FormDialog dialog = new FormDialog(window(), "New database", view, form::check, form.errors());
        ((javafx.scene.control.Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE)).setText("Create");
        if (dialog.showAndWait()) {
            actions.createEmpty(FileNames.normalise(form.file()), form.councilName());
        }
    }

    @FXML
    private void openDatabase() {
        leaving(this::openDatabaseNow);
    }

    private void openDatabaseNow() {
        File file = databaseChooser("Open a database").showOpenDialog(window());
        if (file != null) {
            actions.open(file.toPath());
        }
    }

    @FXML
    private void openForReview() {
        leaving(this::openForReviewNow);
    }

    private void openForReviewNow() {
        File file = databaseChooser("Open a database for review (read-only)").showOpenDialog(window());
        if (file != null) {
            actions.openForReview(file.toPath());
        }
    }

    /** Connects to a council's shared database: the last address this window used is offered again. */
    @FXML
    private void connect() {
        leaving(this::connectNow);
    }

    private void connectNow() {
        ConnectModel form = new ConnectModel(lastServer, System.getProperty("user.name"));
        ConnectFormController binder = new ConnectFormController(form);
        var view = Views.load(ShellController.class, "ConnectForm.fxml", binder);
        FormDialog dialog = new FormDialog(window(), "Connect to a council database", view, form::check, form.errors());
        ((javafx.scene.control.Button) dialog.dialog().getDialogPane().lookupButton(FormDialog.SAVE)).setText("Connect");
        javafx.application.Platform.runLater(() -> binder.firstToFill().requestFocus());
        if (dialog.showAndWait()) {
            lastServer = form.address();
            actions.connect(lastServer, form.takePassword());
        } else {
            form.takePassword(); // cleared either way
        }
    }

    @FXML
    private void saveCopy() {
        FileChooser chooser = databaseChooser("Save a copy of the database");
        chooser.setInitialFileName(TargetFile.freshName(chooserFolder(), "caseload-copy", FileNames.SUFFIX));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            actions.saveCopy(FileNames.normalise(file.toPath()));
        }
    }

    @FXML
    private void backup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up the database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Backup", "*.zip"));
        chooser.setInitialFileName(TargetFile.freshName(chooserFolder(), "caseload-backup-" + java.time.LocalDate.now(),
                ".zip"));
        if (chooserFolder() != null) {
            chooser.setInitialDirectory(chooserFolder().toFile());
        }
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            actions.backup(file.toPath());
        }
    }

    @FXML
    private void restore() {
        leaving(this::restoreNow);
    }

    private void restoreNow() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore from a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Backup", "*.zip"));
        File file = chooser.showOpenDialog(window());
        if (file == null) {
            return;
        }
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, "Replace everything in "
                + model.databaseFile().getFileName() + " with the backup " + file.getName() + "? Changes made since "
                + "the backup will be lost. The backup is checked first: if it is not whole, nothing is replaced.",
                javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        confirm.setHeaderText(null);
        confirm.setTitle("Restore from backup");
        confirm.initOwner(window());
        if (confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isPresent()) {
            actions.restore(file.toPath());
        }
    }

    @FXML
    private void exportTeams() {
        exportCsv(RegisterCsv.Records.TEAMS);
    }

    @FXML
    private void exportWorkers() {
        exportCsv(RegisterCsv.Records.WORKERS);
    }

    @FXML
    private void exportCases() {
        exportCsv(RegisterCsv.Records.CASES);
    }

    @FXML
    private void exportAbsences() {
        exportCsv(RegisterCsv.Records.ABSENCES);
    }

    private void exportCsv(RegisterCsv.Records which) {
        FileChooser chooser = csvChooser("Export " + which.every());
        chooser.setInitialFileName(which + "-" + java.time.LocalDate.now() + ".csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            actions.exportCsv(file.toPath(), which);
        }
    }

    /** Asks for the DfE's newest workforce indicators file and loads it for every database on this computer. */
    @FXML
    public void updatePublished() {
        leaving(this::updatePublishedNow);
    }

    private void updatePublishedNow() {
        FileChooser chooser = csvChooser("Update published statistics: the DfE's workforce indicators file");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            actions.updatePublished(file.toPath());
        }
    }

    @FXML
    private void importTeams() {
        importCsv(RegisterCsv.Records.TEAMS);
    }

    @FXML
    private void importWorkers() {
        importCsv(RegisterCsv.Records.WORKERS);
    }

    @FXML
    private void importCases() {
        importCsv(RegisterCsv.Records.CASES);
    }

    @FXML
    private void importAbsences() {
        importCsv(RegisterCsv.Records.ABSENCES);
    }

    private void importCsv(RegisterCsv.Records which) {
        leaving(() -> importCsvNow(which));
    }

    private void importCsvNow(RegisterCsv.Records which) {
        File file = csvChooser("Import " + which).showOpenDialog(window());
        if (file != null) {
            actions.importCsv(file.toPath(), which);
        }
    }

    private static FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser;
    }

    @FXML
    private void setPassword() {
        leaving(this::setPasswordNow);
    }

    private void setPasswordNow() {
        actions.setPassword();
    }

    @FXML
    private void importSsd() {
        leaving(this::importSsdNow);
    }

    private void importSsdNow() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Choose the folder holding ssd_professionals.csv and ssd_involvements.csv");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            importExtract(folder.toPath());
        }
    }

    /** Imports the extract in the folder, then shows what it brought: on the allocation screen when asked. */
    void importExtract(Path folder) {
        boolean toAllocation = actions.importSsd(folder);
        if (toAllocation && model.screenProperty().get() != Screen.ALLOCATION) {
            model.screenProperty().set(Screen.ALLOCATION); // shown afresh by the change
        } else {
            refresh();
        }
    }

    /** The first-run page's ways in, each the same as the menu's. */
    private final class StartingOut implements FirstRunActions {
        @Override
        public void importExtract() {
            importSsd();
        }

        @Override
        public void trySample() {
            Path sample;
            try {
                sample = ShippedSample.copyOut();
            } catch (java.io.IOException e) {
                Alert failed = new Alert(Alert.AlertType.ERROR, "The sample extract could not be copied to a temporary "
                        + "folder: " + e.getMessage() + ". Your own extract can still be imported.", ButtonType.OK);
                failed.setHeaderText(null);
                failed.initOwner(window());
                failed.showAndWait();
                return;
            }
            ShellController.this.importExtract(sample);
        }

        @Override
        public void importCsv(RegisterCsv.Records which) {
            ShellController.this.importCsv(which);
        }

        @Override
        public void addTeams() {
            go(Screen.SETTINGS);
        }
    }

    private FileChooser databaseChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Caseload Planner database", "*" + FileNames.SUFFIX));
        if (chooserFolder() != null) {
            chooser.setInitialDirectory(chooserFolder().toFile());
        }
        return chooser;
    }

    /** The open file's folder, where the choosers start; null when it is gone or the window is on a server. */
    private Path chooserFolder() {
        if (model.isServer()) {
            return null;
        }
        Path folder = model.databaseFile().getParent();
        return folder != null && folder.toFile().isDirectory() ? folder : null;
    }

    @FXML
    private void quit() {
        leaving(this::quitNow);
    }

    private void quitNow() {
        actions.quit();
    }

    @FXML
    private void biggerText() {
        model.textSizeProperty().set(model.textSizeProperty().get().bigger());
    }

    @FXML
    private void smallerText() {
        model.textSizeProperty().set(model.textSizeProperty().get().smaller());
    }

    @FXML
    private void normalText() {
        model.textSizeProperty().set(TextSize.NORMAL);
    }

    @FXML
    private void about() {
        AboutDialog.show(window(), model.fileLine());
    }

    @FXML
    private void keyboardShortcuts() {
        ShortcutsDialog.show(window(), KeyboardShortcuts.all(menuBar.getMenus()));
    }

    /** The system's high-contrast theme, when on, decides: the menu shows it ticked and leaves it to the system. */
    private void showContrast(Scene scene) {
        boolean system = SystemContrast.isOn();
        boolean chosen = contrastChoice() != null && contrastChoice().chosen();
        HighContrast.apply(scene, chosen);
        highContrastItem.setSelected(system || chosen);
        highContrastItem.setDisable(system);
        if (system) {
            highContrastItem.setText("_High contrast (the system's theme is on)");
        }
    }

    @FXML
    private void highContrast() {
        boolean on = highContrastItem.isSelected();
        HighContrast.apply(content.getScene(), on);
        ContrastChoice choice = contrastChoice();
        if (choice != null) {
            try {
                choice.choose(on);
            } catch (IOException e) {
                // The window keeps the style; only the next start would not know it.
                Alert failed = new Alert(Alert.AlertType.WARNING, "This window keeps the colours chosen, but they could"
                        + " not be remembered for the next start: " + e.getMessage(), ButtonType.OK);
                failed.initOwner(window());
                failed.showAndWait();
            }
        }
    }

    private ContrastChoice contrastChoice() {
        return model.dataFolder() == null ? null : new ContrastChoice(model.dataFolder());
    }
}
