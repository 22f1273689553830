package org.caseloadplanner.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.TeamRules;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Parsing;

/** The add / edit team form: what has been typed, and what is wrong with it. */
public final class TeamFormModel {

    /** Where a refusal of the whole form is shown, such as an edit someone else overtook. */
    public static final String WHOLE_FORM = "form";

    private final TeamService teams;
    private final long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>(TeamKind.ASSESSMENT);
    private final StringProperty establishment = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private Team saved;

    /** The team as the form opened it: saving refuses if someone else changed it since. */
    private final Team openedAs;

    public TeamFormModel(TeamService teams, Team editing) {
        this.openedAs = editing;
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

    /** Saves in one transaction; on a problem, shows it beside its field and returns false. */
    public boolean save() {
        recheck();
        Optional<Team> team = draft();
        if (!errors.isValid() || team.isEmpty()) {
            errors.revealAll();
            return false;
        }
        try {
            saved = isNew() ? teams.add(team.get()) : teams.update(openedAs, team.get());
            errors.clear();
            return true;
        } catch (InvalidInputException e) {
            errors.show(e.problems());
            return false;
        } catch (ActionRefusedException e) {
            errors.show(List.of(new FieldProblem(WHOLE_FORM, e.getMessage()))); // someone else changed the team
            return false;
        }
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
