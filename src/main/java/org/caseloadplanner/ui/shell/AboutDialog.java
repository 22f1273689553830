package org.caseloadplanner.ui.shell;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caseloadplanner.ui.common.DialogFit;

/** Help › About: what the planner is, the database open, and its licences and notices. */
final class AboutDialog {

    static final String LICENCE_LINE = "Caseload Planner is free software under the MIT licence. It bundles libraries "
            + "under their own licences, and compares with figures the Department for Education publishes under the "
            + "Open Government Licence v3.0.";

    private AboutDialog() {
    }

    static void show(Window owner, String fileLine) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        about.setTitle("About Caseload Planner");
        about.setHeaderText("Caseload Planner");
        about.initOwner(owner);
        about.getDialogPane().setId("about");
        Label what = wrapped("Caseload Planner helps team managers allocate children's cases fairly and see at once "
                + "who is over the caseload thresholds.");
        Label database = wrapped("Database: " + fileLine);
        Label licence = wrapped(LICENCE_LINE);
        licence.setId("about-licence");
        Button licences = new Button("Licences and notices\u2026");
        licences.setId("about-licences");
        licences.setOnAction(e -> showLicences(about.getDialogPane().getScene().getWindow()));
        VBox body = new VBox(10, what, database, licence, licences);
        body.setPadding(new Insets(4, 0, 0, 0));
        about.getDialogPane().setContent(body);
        body.setStyle("-fx-pref-width: 40em;"); // in em: wider with larger text, so fewer lines to scroll through
        about.showAndWait();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Each text in its own tab, scrollable and selectable so a line can be copied. */
    static void showLicences(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Licences and notices");
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("licences");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Licences.Text text : Licences.TEXTS) {
            TextArea area = new TextArea(Licences.read(text));
            area.setEditable(false);
            area.setWrapText(true);
            area.setAccessibleText(text.title());
            area.setId("licence-" + text.resource().substring(text.resource().lastIndexOf('/') + 1)
                    .replace(".txt", "").toLowerCase(Locale.ROOT));
            area.setStyle("-fx-font-family: monospace;");
            tabs.getTabs().add(new Tab(text.title(), area));
        }
        tabs.setAccessibleText("Licences and notices");
        // In em, so at larger text every tab's name still fits across the top.
        tabs.setStyle("-fx-pref-width: 46em; -fx-pref-height: 32em;");
        dialog.getDialogPane().setContent(tabs);
        DialogFit.withinOwner(dialog, tabs, owner);
        dialog.showAndWait();
    }
}
