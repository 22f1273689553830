package org.caseloadplanner.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.TeamRules;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Parsing;
import org.caseloadplanner.ui.common.TaskExecutor;

/** The add / edit team form: what has been typed, and what is wrong with it. */
public final class TeamFormModel {

    /** Where a refusal of the whole form is shown, such as an edit someone else overtook. */
    public static final String WHOLE_FORM = "form";

    private final TeamService teams;
    private final TaskExecutor executor;
    private final long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>(TeamKind.ASSESSMENT);
    private final StringProperty establishment = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private Team saved;

    /** The team as the form opened it: saving refuses if someone else changed it since. */
    private final Team openedAs;

    public TeamFormModel(TeamService teams, TaskExecutor executor, Team editing) {
        this.openedAs = editing;
        this.executor = executor;
        this.teams = teams;
        this.id = editing == null ? 0 : editing.id();
        if (editing != null) {
            name.set(editing.name());
            kind.set(editing.kind());
            establishment.set(Formats.fte(editing.establishment()));
            errors.revealAll();
        }
        errors.watch(TeamRules.NAME, name, this::recheck);
        errors.watch(TeamRules.KIND, kind, this::recheck);
        errors.watch(TeamRules.ESTABLISHMENT, establishment, this::recheck);
        recheck();
    }

    /** The team rules on the values as typed now; the service checks them again on Save. */
    private void recheck() {
        errors.live(draft().map(TeamRules::check).orElseGet(() -> {
            List<FieldProblem> problems = new ArrayList<>(TeamRules.check(new Team(id, name.get(), kind.get(), 0)));
            problems.add(new FieldProblem(TeamRules.ESTABLISHMENT, "Enter the funded FTE posts as a number, such as 12.5."));
            return problems;
        }));
    }

    /** The team as typed; empty while the establishment is not a number. */
    private Optional<Team> draft() {
        try {
            return Optional.of(new Team(id, name.get(), kind.get(), Parsing.number(establishment.get()).orElse(0.0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isNew() {
        return id == 0;
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        Optional<Team> team = draft();
        if (!errors.isValid() || team.isEmpty()) {
            errors.revealAll();
            finished.accept(false);
            return;
        }
        Team typed = team.get();
        FormWrite.run(executor, () -> isNew() ? teams.add(typed) : teams.update(openedAs, typed), done -> {
            saved = done;
            errors.clear();
        }, refused -> errors.show(refused instanceof InvalidInputException e ? e.problems()
                : List.of(new FieldProblem(WHOLE_FORM, refused.getMessage()))), finished);
    }

    public Team saved() {
        return saved;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TeamKind> kindProperty() {
        return kind;
    }

    public StringProperty establishmentProperty() {
        return establishment;
    }

    public FieldErrors errors() {
        return errors;
    }
}
