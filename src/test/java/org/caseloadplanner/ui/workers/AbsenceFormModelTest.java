package org.caseloadplanner.ui.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The absence form's model on a real register: messages follow what is typed, and Save writes through the service. */
class AbsenceFormModelTest {

    private static final LocalDate DEC_1 = LocalDate.of(2025, 12, 1);

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker parttime;

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        parttime = r.workers.add(new Worker(0, "Ben Okafor", team.id(), Role.SOCIAL_WORKER, 0.6, Employment.PERMANENT,
                LocalDate.of(2020, 1, 6), null, null, null));
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    private AbsenceFormModel newForm(Worker w) {
        return new AbsenceFormModel(r.absences, new CurrentThreadTaskExecutor(), w, r.absences.of(w.id()), null);
    }

    private AbsenceFormModel editForm(Worker w, Absence a) {
        return new AbsenceFormModel(r.absences, new CurrentThreadTaskExecutor(), w, r.absences.of(w.id()), a);
    }

    @Test
    void aNewFormOpensOnTodayWithNothingShownAndWaitsForAKind() {
        AbsenceFormModel form = newForm(amira);
        assertThat(form.title()).isEqualTo("Add an absence or reduction for Amira Khan");
        assertThat(form.fromProperty().get()).isEqualTo(Fixtures.TODAY);
        assertThat(form.toProperty().get()).isNull();
        assertThat(form.amountProperty().get()).isEqualTo(Absence.Amount.AWAY);
        assertThat(form.valueAppliesProperty().get()).as("away takes no value").isFalse();
        assertThat(form.errors().isValid()).isFalse();
        assertThat(form.errors().message(AbsenceRules.KIND)).isEqualTo("Choose the kind of absence or reduction.");
        assertThat(form.errors().isShown(AbsenceRules.KIND)).as("nothing red on a blank new form").isFalse();
    }

    @Test
    void onlySicknessOrOtherMayBeLeftWithoutALastDay() {
        AbsenceFormModel form = newForm(amira);
        form.kindProperty().set(AbsenceKind.PARENTAL_LEAVE);
        assertThat(form.errors().message(AbsenceRules.TO))
                .isEqualTo("Enter the last day: only sickness or other absences may have no end date yet.");
        form.kindProperty().set(AbsenceKind.SICKNESS);
        assertThat(form.errors().message(AbsenceRules.TO)).isNull();
        assertThat(form.errors().isValid()).isTrue();
        assertThat(form.lastDayHint()).contains("only for sickness or other");
    }

    @Test
    void aKindSuggestsHowItReducesCapacityUntilTheManagerChooses() {
        AbsenceFormModel form = newForm(amira);
        form.kindProperty().set(AbsenceKind.PHASED_RETURN);
        assertThat(form.amountProperty().get()).isEqualTo(Absence.Amount.SHARE);
        form.kindProperty().set(AbsenceKind.SICKNESS);
        assertThat(form.amountProperty().get()).isEqualTo(Absence.Amount.AWAY);

        form.amountProperty().set(Absence.Amount.HOURS);
        form.kindProperty().set(AbsenceKind.OTHER_LEAVE);
        assertThat(form.amountProperty().get()).as("the manager's choice stays").isEqualTo(Absence.Amount.HOURS);
    }

    @Test
    void aShareIsAPercentageFromOneToAHundred() {
        AbsenceFormModel form = newForm(amira);
        form.kindProperty().set(AbsenceKind.PHASED_RETURN);
        form.toProperty().set(LocalDate.of(2026, 1, 31));
        assertThat(form.valueAppliesProperty().get()).isTrue();
        assertThat(form.valueUnitProperty().get()).isEqualTo("% of their capacity taken off, from 1 to 100");

        form.valueProperty().set("0");
        assertThat(form.errors().message(AbsenceRules.VALUE))
                .isEqualTo("Give the share of capacity taken off, from 1% to 100%.");
        assertThat(form.errors().isShown(AbsenceRules.VALUE)).as("typed in, so shown").isTrue();
        form.valueProperty().set("half");
        assertThat(form.errors().message(AbsenceRules.VALUE)).isEqualTo("Enter the share as a number of percent, such as 50.");
        form.valueProperty().set("150");
        assertThat(form.errors().message(AbsenceRules.VALUE)).contains("from 1% to 100%");

        form.valueProperty().set("40");
        assertThat(saved(form::save)).isTrue();
        assertThat(r.absences.of(amira.id())).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualTo(Absence.Amount.SHARE);
            assertThat(a.value()).isEqualTo(0.4);
            assertThat(a.kind()).isEqualTo(AbsenceKind.PHASED_RETURN);
        });
        assertThat(r.caseloads.loads(Fixtures.TODAY, null)).filteredOn(l -> l.worker().id() == amira.id())
                .singleElement().satisfies(l -> assertThat(l.capacity()).isEqualTo(0.6));
    }

    @Test
    void hoursAreCountedAgainstTheWorkersContractedHours() {
        AbsenceFormModel form = newForm(parttime);
        form.kindProperty().set(AbsenceKind.TRADE_UNION);
        form.toProperty().set(LocalDate.of(2026, 3, 31));
        form.amountProperty().set(Absence.Amount.HOURS);
        assertThat(form.contractedHours()).isEqualTo(22.2);
        assertThat(form.valueUnitProperty().get())
                .isEqualTo("hours a week off their 22.2 contracted (0.6 FTE \u00D7 37)");

        form.valueProperty().set("30");
        assertThat(form.errors().message(AbsenceRules.VALUE)).contains("at most the 22.2 contracted");
        form.valueProperty().set("7.4");
        assertThat(saved(form::save)).isTrue();
        assertThat(form.saved().amountText()).isEqualTo("7.4 hours a week");
    }

    @Test
    void aValueTypedStaysWhenAwayIsChosenButIsNotSaved() {
        AbsenceFormModel form = newForm(amira);
        form.kindProperty().set(AbsenceKind.TRAINING);
        form.toProperty().set(DEC_1.plusDays(4));
        form.fromProperty().set(DEC_1);
        form.valueProperty().set("0");
        assertThat(form.errors().isValid()).isFalse();
        form.amountProperty().set(Absence.Amount.AWAY);
        assertThat(form.errors().isValid()).as("away takes no value").isTrue();
        assertThat(form.valueProperty().get()).isEqualTo("0");
        assertThat(saved(form::save)).isTrue();
        assertThat(form.saved().isAway()).isTrue();
    }

    @Test
    void anOverlapWithTimeAwayIsSaidBesideTheFirstDayAsTypedAndOnSave() {
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, DEC_1, DEC_1.plusDays(13),
                Absence.Amount.AWAY, 0, null));
        AbsenceFormModel form = newForm(amira);
        form.kindProperty().set(AbsenceKind.OTHER_LEAVE);
        form.fromProperty().set(DEC_1.plusDays(10));
        form.toProperty().set(DEC_1.plusDays(20));
        assertThat(form.errors().message(AbsenceRules.FROM))
                .isEqualTo("Already away then: sickness 01/12/2025 to 14/12/2025. Change that absence instead.");

        // Someone else records time away after this form opened: the service refuses and the form says why.
        AbsenceFormModel later = newForm(amira);
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.PARENTAL_LEAVE, DEC_1.plusDays(30), DEC_1.plusDays(90),
                Absence.Amount.AWAY, 0, null));
        later.kindProperty().set(AbsenceKind.OTHER_LEAVE);
        later.fromProperty().set(DEC_1.plusDays(40));
        later.toProperty().set(DEC_1.plusDays(45));
        assertThat(later.errors().isValid()).as("the form did not know of it").isTrue();
        assertThat(saved(later::save)).isFalse();
        assertThat(later.errors().message(AbsenceRules.FROM)).startsWith("Already away then: parental leave");
        assertThat(later.errors().isShown(AbsenceRules.FROM)).isTrue();
        assertThat(r.absences.of(amira.id())).hasSize(2);
    }

    @Test
    void anEditOpensWithTheShareAsAPercentageAndIsRefusedWhenSomeoneElseChangedItFirst() {
        Absence phased = r.absences.add(new Absence(0, amira.id(), AbsenceKind.PHASED_RETURN, DEC_1,
                DEC_1.plusDays(27), Absence.Amount.SHARE, 0.5, "four weeks"));
        AbsenceFormModel form = editForm(amira, phased);
        assertThat(form.title()).isEqualTo("Change Amira Khan\u2019s absence or reduction");
        assertThat(form.valueProperty().get()).isEqualTo("50");
        assertThat(form.noteProperty().get()).isEqualTo("four weeks");
        assertThat(form.errors().isValid()).isTrue();

        r.absences.update(phased, phased.endingOn(DEC_1.plusDays(13)));
        form.valueProperty().set("25");
        assertThat(saved(form::save)).isFalse();
        assertThat(form.errors().message(AbsenceFormModel.WHOLE_FORM)).contains("after you opened the form");
        assertThat(r.absences.of(amira.id())).singleElement()
                .satisfies(a -> assertThat(a.value()).as("nothing half-saved").isEqualTo(0.5));

        form.noteProperty().set("four weeks, then two");
        assertThat(form.errors().message(AbsenceFormModel.WHOLE_FORM)).as("any change clears it").isNull();
    }

    @Test
    void anEditSavesThroughTheService() {
        Absence sick = r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, DEC_1, null,
                Absence.Amount.AWAY, 0, null));
        AbsenceFormModel form = editForm(amira, sick);
        form.toProperty().set(DEC_1.plusDays(20));
        assertThat(saved(form::save)).isTrue();
        assertThat(r.absences.of(amira.id())).singleElement()
                .satisfies(a -> assertThat(a.to()).isEqualTo(DEC_1.plusDays(20)));
    }

    @Test
    void theListShowsThoseNowAndComingFirstThenThoseEndedLatestFirst() {
        Absence ended = new Absence(1, amira.id(), AbsenceKind.TRAINING, LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 6), Absence.Amount.AWAY, 0, null);
        Absence endedLater = new Absence(2, amira.id(), AbsenceKind.SICKNESS, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 3), Absence.Amount.AWAY, 0, null);
        Absence now = new Absence(3, amira.id(), AbsenceKind.PHASED_RETURN, LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 11, 30), Absence.Amount.SHARE, 0.5, null);
        Absence coming = new Absence(4, amira.id(), AbsenceKind.OTHER_LEAVE, DEC_1, DEC_1.plusDays(2),
                Absence.Amount.AWAY, 0, null);
        assertThat(WorkerAbsencesModel.ordered(List.of(coming, ended, now, endedLater), Fixtures.TODAY))
                .containsExactly(now, coming, endedLater, ended);
    }
}
