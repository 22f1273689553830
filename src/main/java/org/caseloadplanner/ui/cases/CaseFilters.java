package org.caseloadplanner.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.Team;

/** The register's search box and filters, combined into one test of a row. */
public final class CaseFilters {

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TypeFilter> type = new SimpleObjectProperty<>(TypeFilter.ALL);
    private final ObjectProperty<StatusFilter> status =
            new SimpleObjectProperty<>(StatusFilter.OPEN_AND_AWAITING_CLOSURE);
    private final ObjectProperty<TeamFilter> team = new SimpleObjectProperty<>(TeamFilter.ALL);
    private final ObservableList<TypeFilter> typeChoices = FXCollections.observableArrayList(TypeFilter.choices());
    private final ObservableList<StatusFilter> statusChoices =
            FXCollections.observableArrayList(StatusFilter.values());
    private final ObservableList<TeamFilter> teamChoices =
            FXCollections.observableArrayList(TeamFilter.ALL, TeamFilter.UNALLOCATED);
    private final ObjectBinding<Predicate<CaseSummary>> predicate =
            Bindings.createObjectBinding(this::current, search, type, status, team);

    /** Offers each team by name; keeps the team chosen if it still exists. */
    void showTeams(List<Team> teams) {
        List<TeamFilter> choices = new ArrayList<>(List.of(TeamFilter.ALL, TeamFilter.UNALLOCATED));
        teams.stream().map(Team::name).sorted(String.CASE_INSENSITIVE_ORDER).map(TeamFilter::team)
                .forEach(choices::add);
        if (!choices.equals(teamChoices)) {
            TeamFilter keep = team.get();
            teamChoices.setAll(choices);
            team.set(choices.contains(keep) ? keep : TeamFilter.ALL);
        }
    }

    // A filter left empty (a choice box can clear itself while its list changes) lets every row through.
    private Predicate<CaseSummary> current() {
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        TypeFilter t = type.get();
        StatusFilter s = status.get();
        TeamFilter holder = team.get();
        return row -> matchesSearch(row.theCase(), wanted)
                && (t == null || t.matches(row))
                && (s == null || s.matches(row.theCase().status()))
                && (holder == null || holder.matches(row));
    }

    private static boolean matchesSearch(Case c, String wanted) {
        return wanted.isEmpty()
                || c.childReference().toLowerCase(Locale.ROOT).contains(wanted)
                || c.familyGroup() != null && c.familyGroup().toLowerCase(Locale.ROOT).contains(wanted);
    }

    public ObjectBinding<Predicate<CaseSummary>> predicate() {
        return predicate;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TypeFilter> typeProperty() {
        return type;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<TeamFilter> teamProperty() {
        return team;
    }

    public ObservableList<TypeFilter> typeChoices() {
        return typeChoices;
    }

    public ObservableList<StatusFilter> statusChoices() {
        return statusChoices;
    }

    public ObservableList<TeamFilter> teamChoices() {
        return teamChoices;
    }
}
