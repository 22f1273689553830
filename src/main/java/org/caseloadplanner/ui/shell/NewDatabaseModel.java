package org.caseloadplanner.ui.shell;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.store.FileNames;
import org.caseloadplanner.ui.common.FieldErrors;

/**
 * The "New database" form: the council's name, as the sidebar will show it, and the file named after it (such as
 * my-council.mv.db) in a folder the manager can change; a name already taken there gets a number.
 */
public final class NewDatabaseModel {

    public static final String NAME = "name";
    private static final int LONGEST_NAME = 100;
    /** Long enough to recognise, short enough for a file chooser's column. */
    private static final int LONGEST_STEM = 40;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Path> folder;
    private final StringBinding fileName;
    private final FieldErrors errors = new FieldErrors();

    /** @param folder where the file goes unless the manager chooses another folder: the planner's data folder */
    public NewDatabaseModel(Path folder) {
        this.folder = new SimpleObjectProperty<>(folder);
        fileName = Bindings.createStringBinding(() -> TargetFile.freshName(this.folder.get(), stem(name.get()),
                FileNames.SUFFIX), name, this.folder);
        errors.watch(NAME, name, this::recheck);
        recheck();
    }

    /** A file name's stem from a council's name: "My council" gives "my-council"; accents and symbols go. */
    static String stem(String councilName) {
        String plain = Normalizer.normalize(councilName == null ? "" : councilName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String trimmed = plain.replaceAll("^-+|-+$", "");
        if (trimmed.length() > LONGEST_STEM) {
            trimmed = trimmed.substring(0, LONGEST_STEM).replaceAll("-+$", "");
        }
        return trimmed.isEmpty() ? "caseload" : trimmed;
    }

    private void recheck() {
        List<FieldProblem> problems = new ArrayList<>();
        String typed = name.get().strip();
        if (typed.isEmpty()) {
            problems.add(new FieldProblem(NAME, "Enter the council's name, such as Northshire Children's Services."));
        } else if (typed.length() > LONGEST_NAME) {
            problems.add(new FieldProblem(NAME, "Keep the name to " + LONGEST_NAME + " characters."));
        }
        errors.live(problems);
    }

    /** True when the form is right; otherwise its problem is shown beside the name. */
    public boolean check() {
        recheck();
        if (!errors.isValid()) {
            errors.revealAll();
            return false;
        }
        return true;
    }

    /** The council's name as the sidebar will show it. */
    public String councilName() {
        return name.get().strip();
    }

    /** The new file: not taken in its folder when the form was last changed. */
    public Path file() {
        return folder.get().resolve(fileName.get());
    }

    /** Where the file will be, in words: its name and folder. */
    public StringBinding whereLine() {
        return Bindings.createStringBinding(() -> fileName.get() + " in " + folder.get(), fileName, folder);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringBinding fileNameBinding() {
        return fileName;
    }

    public FieldErrors errors() {
        return errors;
    }
}
