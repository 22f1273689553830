package org.caseloadplanner.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

    private final TeamService teams;
    private final long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>(TeamKind.ASSESSMENT);
    private final StringProperty establishment = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private Team saved;

    public TeamFormModel(TeamService teams, Team editing) {
        this.teams = teams;
        this.id = editing == null ? 0 : editing.id();
        if (editing != null) {
            name.set(editing.name());
            kind.set(editing.kind());
            establishment.set(Formats.fte(editing.establishment()));
        }
    }

    public boolean isNew() {
        return id == 0;
    }

    /** Saves in one transaction; on a problem, shows it beside its field and returns false. */
    public boolean save() {
        double funded;
        try {
            funded = Parsing.number(establishment.get()).orElse(0.0);
        } catch (IllegalArgumentException e) {
            errors.show(java.util.List.of(new org.caseloadplanner.domain.FieldProblem(TeamRules.ESTABLISHMENT,
                    "Enter the funded FTE posts as a number, such as 12.5.")));
            return false;
        }
        Team team = new Team(id, name.get(), kind.get(), funded);
        try {
            saved = isNew() ? teams.add(team) : teams.update(team);
            errors.clear();
            return true;
        } catch (InvalidInputException e) {
            errors.show(e.problems());
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
