package org.caseloadplanner.ui.settings;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamSummary;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;

/** The teams list in Settings: each team's establishment against who is in post. */
public final class TeamsModel {

    private final TeamService teams;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final ObservableList<TeamSummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TeamSummary> selected = new SimpleObjectProperty<>();

    public TeamsModel(TeamService teams, TaskExecutor executor, Feedback feedback) {
        this.teams = teams;
        this.executor = executor;
        this.feedback = feedback;
    }

    public void load() {
        executor.execute(teams::summaries, this::show, feedback::failed);
    }

    private void show(List<TeamSummary> loaded) {
        Long keep = selected.get() == null ? null : selected.get().team().id();
        rows.setAll(loaded);
        selected.set(keep == null ? null
                : loaded.stream().filter(r -> r.team().id() == keep).findFirst().orElse(null));
    }

    /** A form for a new team, or for the selected one. */
    public TeamFormModel newForm() {
        return new TeamFormModel(teams, executor, null);
    }

    public TeamFormModel editForm() {
        return selected.get() == null ? null : new TeamFormModel(teams, executor, selected.get().team());
    }

    public void saved(TeamFormModel form) {
        feedback.info("Saved team " + form.saved().name() + ".");
        load();
    }

    public void deleteSelected() {
        TeamSummary row = selected.get();
        if (row == null) {
            return;
        }
        Team team = row.team();
        executor.execute(() -> {
            teams.delete(team);
            return team;
        }, deleted -> {
            feedback.info("Deleted team " + deleted.name() + ".");
            load();
        }, feedback::failed);
    }

    public ObservableList<TeamSummary> rows() {
        return rows;
    }

    public ObjectProperty<TeamSummary> selectedProperty() {
        return selected;
    }
}
