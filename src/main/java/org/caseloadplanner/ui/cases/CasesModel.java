package org.caseloadplanner.ui.cases;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.caseloadplanner.domain.AllocationEntry;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.service.CaseService;
import org.caseloadplanner.service.TeamService;
import org.caseloadplanner.service.allocation.CaseloadService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.Formats;
import org.caseloadplanner.ui.common.TaskExecutor;

/** The cases register: every child's case with its case holder, filtered, and the chosen case's history. */
public final class CasesModel {

    private final CaseService cases;
    private final CaseloadService caseloads;
    private final TeamService teams;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final CaseFilters filters = new CaseFilters();
    private final FilteredList<CaseSummary> shown = new FilteredList<>(all);
    private final SortedList<CaseSummary> rows = new SortedList<>(shown);
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseRows.Detail> details = FXCollections.observableArrayList();
    private final ObservableList<AllocationEntry> history = FXCollections.observableArrayList();
    private final ObjectProperty<OpenCases> openCases = new SimpleObjectProperty<>();
    private final StringBinding counts = Bindings.createStringBinding(
            () -> openCases.get() == null ? "Loading\u2026" : openCases.get().shortLine(), openCases);
    private final StringBinding shownLine = Bindings.createStringBinding(() -> shown.size() == all.size() ? ""
            : String.format(Locale.UK, "Showing %,d of %,d cases", shown.size(), all.size()), shown, all);
    private final StringBinding historyTitle = Bindings.createStringBinding(() -> selected.get() == null
            ? "Allocation history" : selected.get().theCase().childReference() + ": allocation history", selected);
    private final BooleanBinding closable = Bindings.createBooleanBinding(() -> selected.get() != null
            && selected.get().theCase().status().isActive(), selected);
    // Set while the rows are replaced, so the table clearing its selection does not drop the history.
    private boolean reloading;
    private Long selectAfterLoad;

    public CasesModel(CaseService cases, CaseloadService caseloads, TeamService teams, TaskExecutor executor,
                      Feedback feedback) {
        this.cases = cases;
        this.caseloads = caseloads;
        this.teams = teams;
        this.executor = executor;
        this.feedback = feedback;
        shown.predicateProperty().bind(filters.predicate());
        selected.addListener((obs, was, is) -> {
            if (!reloading) {
                showSelected(id(was) == null || !id(was).equals(id(is)));
            }
        });
    }

    /** Re-reads every case and team, keeping the selected case selected. */
    public void load() {
        executor.execute(() -> new Loaded(cases.summaries(), teams.teams(), caseloads.openCases(cases.today(), null)),
                this::show, feedback::failed);
    }

    /** @param open today's open cases, counted as every report counts them */
    private record Loaded(List<CaseSummary> cases, List<Team> teams, OpenCases open) {
    }

    private void show(Loaded loaded) {
        Long keep = selectAfterLoad != null ? selectAfterLoad : id(selected.get());
        selectAfterLoad = null;
        reloading = true;
        try {
            filters.showTeams(loaded.teams());
            all.setAll(loaded.cases());
            openCases.set(loaded.open());
            selected.set(keep == null ? null
                    : loaded.cases().stream().filter(r -> r.theCase().id() == keep).findFirst().orElse(null));
        } finally {
            reloading = false;
        }
        showSelected(false);
    }

    private void showSelected(boolean anotherCase) {
        CaseSummary row = selected.get();
        details.setAll(row == null ? List.of() : CaseRows.details(row));
        if (row == null || anotherCase) {
            history.clear();
        }
        if (row != null) {
            long caseId = row.theCase().id();
            executor.execute(() -> cases.history(caseId), loaded -> {
                // A slow answer for a case no longer chosen is dropped.
                if (Long.valueOf(caseId).equals(id(selected.get()))) {
                    history.setAll(loaded);
                }
            }, feedback::failed);
        }
    }

    private static Long id(CaseSummary row) {
        return row == null ? null : row.theCase().id();
    }

    public CaseFormModel newForm() {
        return new CaseFormModel(cases, executor, null);
    }

    /** A form for the selected case; empty when none is selected. */
    public CaseFormModel editForm() {
        return selected.get() == null ? null : new CaseFormModel(cases, executor, selected.get().theCase());
    }

    public void saved(CaseFormModel form) {
        feedback.info("Saved case " + form.saved().childReference() + ".");
        selectAfterLoad = form.saved().id();
        load();
    }

    /** A form to close the selected case; empty when none is selected or it is already closed. */
    public CloseCaseModel closeForm() {
        return closable.get() ? new CloseCaseModel(cases, executor, selected.get().theCase()) : null;
    }

    public void closed(CloseCaseModel form) {
        if (form.closed() != null) {
            feedback.info("Closed case " + form.closed().childReference() + " on " + Formats.date(form.closed().closed())
                    + "; its case holder's allocation ended that day.");
        }
        load();
    }

    /** The cases the filters let through, in the order the table sorts them. */
    public SortedList<CaseSummary> rows() {
        return rows;
    }

    public CaseFilters filters() {
        return filters;
    }

    public ObjectProperty<CaseSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<CaseRows.Detail> details() {
        return details;
    }

    public ObservableList<AllocationEntry> history() {
        return history;
    }

    public StringBinding countsProperty() {
        return counts;
    }

    /** True once the register has been read: until then nothing is counted or called empty. */
    public ObservableBooleanValue readProperty() {
        return openCases.isNotNull();
    }

    public StringBinding shownProperty() {
        return shownLine;
    }

    public StringBinding historyTitleProperty() {
        return historyTitle;
    }

    public BooleanBinding closableProperty() {
        return closable;
    }
}
