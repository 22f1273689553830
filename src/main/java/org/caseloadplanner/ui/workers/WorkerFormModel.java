package org.caseloadplanner.ui.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerRules;
import org.caseloadplanner.service.WorkerService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.Parsing;
import org.caseloadplanner.ui.common.TaskExecutor;

/** The add / edit worker form: what has been typed, and what is wrong with it. */
public final class WorkerFormModel {

    /** Where a refusal of the whole form is shown, such as an edit someone else overtook. */
    public static final String WHOLE_FORM = "form";

    private final WorkerService workers;
    private final TaskExecutor executor;
    private final long id;
    private final ObservableList<Team> teams;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.SOCIAL_WORKER);
    private final StringProperty fte = new SimpleStringProperty("1.0");
    private final ObjectProperty<Employment> employment = new SimpleObjectProperty<>(Employment.PERMANENT);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leavingDate = new SimpleObjectProperty<>();
    private final StringProperty sweNumber = new SimpleStringProperty("");
    private final StringProperty externalId = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private Worker saved;

    /** The worker as the form opened it: saving refuses if someone else changed them since. */
    private final Worker openedAs;

    /**
     * @param editing the worker to change, or null for a new one
     * @param team    the team a new worker joins by default (the team the register is filtered to), or null
     */
    public WorkerFormModel(WorkerService workers, TaskExecutor executor, List<Team> teams, Worker editing, Long team) {
        this.openedAs = editing;
        this.executor = executor;
        this.workers = workers;
        this.teams = FXCollections.observableArrayList(teams);
        this.id = editing == null ? 0 : editing.id();
        if (editing == null) {
            startDate.set(workers.today());
            teamById(team);
        } else {
            name.set(editing.name());
            teamById(editing.teamId());
            role.set(editing.role());
            fte.set(Formats.fte(editing.fte()));
            employment.set(editing.employment());
            startDate.set(editing.startDate());
            leavingDate.set(editing.leavingDate());
            sweNumber.set(editing.sweNumber() == null ? "" : editing.sweNumber());
            externalId.set(editing.externalId() == null ? "" : editing.externalId());
            errors.revealAll();
        }
        errors.watch(WorkerRules.NAME, name, this::recheck);
        errors.watch(WorkerRules.TEAM, this.team, this::recheck);
        errors.watch(WorkerRules.ROLE, role, this::recheck);
        errors.watch(WorkerRules.FTE, fte, this::recheck);
        errors.watch(WorkerRules.EMPLOYMENT, employment, this::recheck);
        errors.watch(WorkerRules.START_DATE, startDate, this::recheck);
        errors.watch(WorkerRules.LEAVING_DATE, leavingDate, this::recheck);
        errors.watch(WorkerRules.SWE_NUMBER, sweNumber, this::recheck);
        errors.watch(WorkerRules.EXTERNAL_ID, externalId, this::recheck);
        recheck();
    }

    /** The worker's rules on the values as typed now; the service checks the same rules again on Save. */
    private void recheck() {
        errors.live(draft().map(WorkerRules::check).orElseGet(this::unreadableFte));
    }

    private List<FieldProblem> unreadableFte() {
        List<FieldProblem> problems = new ArrayList<>(WorkerRules.check(worker(1.0)));
        problems.removeIf(p -> p.field().equals(WorkerRules.FTE));
        problems.add(new FieldProblem(WorkerRules.FTE, "Enter FTE as a number, such as 0.6 for three days a week."));
        return problems;
    }

    /** The worker as typed; empty while the FTE is not a number. */
    private Optional<Worker> draft() {
        try {
            return Optional.of(worker(Parsing.number(fte.get()).orElse(Double.NaN)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Worker worker(double readFte) {
        return new Worker(id, name.get(), team.get() == null ? 0 : team.get().id(), role.get(), readFte,
                employment.get(), startDate.get(), leavingDate.get(), sweNumber.get(), externalId.get());
    }

    private void teamById(Long teamId) {
        teams.stream().filter(t -> teamId != null && t.id() == teamId).findFirst().ifPresent(team::set);
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
        Optional<Worker> worker = draft();
        if (!errors.isValid() || worker.isEmpty()) {
            errors.revealAll();
            finished.accept(false);
            return;
        }
        Worker typed = worker.get();
        FormWrite.run(executor, () -> isNew() ? workers.add(typed) : workers.update(openedAs, typed), done -> {
            saved = done;
            errors.clear();
        }, refused -> errors.show(refused instanceof InvalidInputException e ? e.problems()
                : List.of(new FieldProblem(WHOLE_FORM, refused.getMessage()))), finished);
    }

    public Worker saved() {
        return saved;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Team> teamProperty() {
        return team;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty fteProperty() {
        return fte;
    }

    public ObjectProperty<Employment> employmentProperty() {
        return employment;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> leavingDateProperty() {
        return leavingDate;
    }

    public StringProperty sweNumberProperty() {
        return sweNumber;
    }

    public StringProperty externalIdProperty() {
        return externalId;
    }

    public FieldErrors errors() {
        return errors;
    }
}
