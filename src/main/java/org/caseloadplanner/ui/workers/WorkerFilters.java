package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerSummary;
import org.caseloadplanner.ui.common.Choice;

/** The workers register's search box and filters, combined into one test of a row. */
public final class WorkerFilters {

    static final Choice<Long> ALL_TEAMS = Choice.all(org.caseloadplanner.ui.common.TeamChoices.ALL);
    static final Choice<Role> ALL_ROLES = Choice.all("All roles");

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Long>> team = new SimpleObjectProperty<>(ALL_TEAMS);
    private final ObjectProperty<Choice<Role>> role = new SimpleObjectProperty<>(ALL_ROLES);
    private final BooleanProperty showLeavers = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    private final ObservableList<Choice<Long>> teamChoices = FXCollections.observableArrayList(ALL_TEAMS);
    private final ObservableList<Choice<Role>> roleChoices = FXCollections.observableArrayList(roles());
    private final ObjectBinding<Predicate<WorkerSummary>> predicate =
            Bindings.createObjectBinding(this::current, search, team, role, showLeavers, today);

    private static List<Choice<Role>> roles() {
        List<Choice<Role>> choices = new ArrayList<>(List.of(ALL_ROLES));
        Arrays.stream(Role.values()).map(r -> new Choice<>(r.label(), r)).forEach(choices::add);
        return choices;
    }

    /** Offers each team by name; keeps the team chosen if it still exists. */
    void showTeams(List<Team> teams) {
        org.caseloadplanner.ui.common.TeamChoices.offer(teams, teamChoices, team);
    }

    /** Leavers are those whose last day is before this date. */
    void setToday(LocalDate date) {
        today.set(date);
    }

    static boolean hasLeft(Worker w, LocalDate today) {
        return w.leavingDate() != null && w.leavingDate().isBefore(today);
    }

    // A choice box can clear itself while its list changes: an empty filter lets every row through.
    private Predicate<WorkerSummary> current() {
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Choice<Long> t = team.get();
        Choice<Role> r = role.get();
        boolean leavers = showLeavers.get();
        LocalDate on = today.get();
        return row -> matchesSearch(row.worker(), wanted)
                && (t == null || t.matches(row.worker().teamId()))
                && (r == null || r.matches(row.worker().role()))
                && (leavers || !hasLeft(row.worker(), on));
    }

    private static boolean matchesSearch(Worker w, String wanted) {
        return wanted.isEmpty() || contains(w.name(), wanted) || contains(w.sweNumber(), wanted)
                || contains(w.externalId(), wanted);
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    public ObjectBinding<Predicate<WorkerSummary>> predicate() {
        return predicate;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Choice<Long>> teamProperty() {
        return team;
    }

    public ObjectProperty<Choice<Role>> roleProperty() {
        return role;
    }

    public BooleanProperty showLeaversProperty() {
        return showLeavers;
    }

    public ObservableList<Choice<Long>> teamChoices() {
        return teamChoices;
    }

    public ObservableList<Choice<Role>> roleChoices() {
        return roleChoices;
    }
}
