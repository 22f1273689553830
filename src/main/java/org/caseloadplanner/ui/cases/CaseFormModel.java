package org.caseloadplanner.ui.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.service.CaseService;
import org.caseloadplanner.ui.common.FieldErrors;
import org.caseloadplanner.ui.common.FormWrite;
import org.caseloadplanner.ui.common.TaskExecutor;

/** The add / edit case form: what has been typed, and what is wrong with it. */
public final class CaseFormModel {

    /** Problems that belong to no field on the form are shown at its foot under this key. */
    public static final String WHOLE_FORM = "form";
    private static final Set<String> FIELDS = Set.of(CaseRules.CHILD_REFERENCE, CaseRules.FAMILY_GROUP,
            CaseRules.TYPE, CaseRules.STATUS, CaseRules.OPENED);

    private final CaseService cases;
    private final long id;
    private final LocalDate closed;
    private final StringProperty childReference = new SimpleStringProperty("");
    private final StringProperty familyGroup = new SimpleStringProperty("");
    private final ObjectProperty<CaseType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.OPEN);
    private final ObjectProperty<LocalDate> opened = new SimpleObjectProperty<>();
    private final BooleanProperty careProceedings = new SimpleBooleanProperty();
    private final BooleanProperty preProceedings = new SimpleBooleanProperty();
    private final ObservableList<CaseStatus> statusChoices =
            FXCollections.observableArrayList(CaseStatus.OPEN, CaseStatus.AWAITING_CLOSURE);
    private final FieldErrors errors = new FieldErrors();
    private Case saved;

    private final TaskExecutor executor;
    /** The case as the form opened it: saving refuses if someone else changed it since. */
    private final Case openedAs;

    public CaseFormModel(CaseService cases, TaskExecutor executor, Case editing) {
        this.openedAs = editing;
        this.executor = executor;
        this.cases = cases;
        this.id = editing == null ? 0 : editing.id();
        this.closed = editing == null ? null : editing.closed();
        if (editing == null) {
            opened.set(cases.today());
        } else {
            fill(editing);
            errors.revealAll();
        }
        errors.watch(CaseRules.CHILD_REFERENCE, childReference, this::recheck);
        errors.watch(CaseRules.FAMILY_GROUP, familyGroup, this::recheck);
        errors.watch(CaseRules.TYPE, type, this::recheck);
        errors.watch(CaseRules.STATUS, status, this::recheck);
        errors.watch(CaseRules.OPENED, opened, this::recheck);
        errors.watch(WHOLE_FORM, careProceedings, this::recheck);
        errors.watch(WHOLE_FORM, preProceedings, this::recheck);
        recheck();
    }

    private void fill(Case editing) {
        childReference.set(editing.childReference());
        familyGroup.set(editing.familyGroup() == null ? "" : editing.familyGroup());
        type.set(editing.type());
        opened.set(editing.opened());
        careProceedings.set(editing.has(ComplexityModifier.CARE_PROCEEDINGS));
        preProceedings.set(editing.has(ComplexityModifier.PRE_PROCEEDINGS));
        // A closed case stays closed; Close case is the only way in, a new case the only way out.
        if (editing.status() == CaseStatus.CLOSED) {
            statusChoices.setAll(CaseStatus.CLOSED);
        }
        status.set(editing.status());
    }

    /** The case rules on the values as typed now; the service checks them again on Save. */
    private void recheck() {
        errors.changedAny(WHOLE_FORM);
        errors.live(placed(CaseRules.check(draft(), cases.today())));
    }

    private Case draft() {
        return new Case(id, childReference.get(), blankToNull(familyGroup.get()), type.get(), opened.get(), closed,
                status.get(), modifiers());
    }

    public boolean isNew() {
        return id == 0;
    }

    public boolean isClosed() {
        return closed != null;
    }

    /**
     * Checks the form, then writes on the work thread; {@code finished} hears on the screen's thread whether
     * it saved. A problem is shown beside its field, or at the foot of the form, and nothing typed is lost.
     */
    public void save(Consumer<Boolean> finished) {
        recheck();
        if (!errors.isValid()) {
            errors.revealAll();
            finished.accept(false);
            return;
        }
        Case c = draft();
        FormWrite.run(executor, () -> isNew() ? cases.add(c) : cases.update(openedAs, c), done -> {
            saved = done;
            errors.clear();
        }, refused -> errors.show(refused instanceof InvalidInputException e ? placed(e.problems())
                : List.of(new FieldProblem(WHOLE_FORM, refused.getMessage()))), finished);
    }

    private Set<ComplexityModifier> modifiers() {
        Set<ComplexityModifier> m = EnumSet.noneOf(ComplexityModifier.class);
        if (careProceedings.get()) {
            m.add(ComplexityModifier.CARE_PROCEEDINGS);
        }
        if (preProceedings.get()) {
            m.add(ComplexityModifier.PRE_PROCEEDINGS);
        }
        return m;
    }

    private static List<FieldProblem> placed(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> FIELDS.contains(p.field()) ? p : new FieldProblem(WHOLE_FORM, p.message()))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Case saved() {
        return saved;
    }

    public StringProperty childReferenceProperty() {
        return childReference;
    }

    public StringProperty familyGroupProperty() {
        return familyGroup;
    }

    public ObjectProperty<CaseType> typeProperty() {
        return type;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> openedProperty() {
        return opened;
    }

    public BooleanProperty careProceedingsProperty() {
        return careProceedings;
    }

    public BooleanProperty preProceedingsProperty() {
        return preProceedings;
    }

    public ObservableList<CaseStatus> statusChoices() {
        return statusChoices;
    }

    public FieldErrors errors() {
        return errors;
    }
}
