package org.caseloadplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.AbsenceRules;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.FieldProblem;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Absences and reductions recorded on a real database: the day's capacity follows them on every read. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class AbsenceServiceTest {

    @Parameter
    TestEngine engine;

    private static final LocalDate TODAY = Fixtures.TODAY;

    @TempDir
    Path dir;
    private Register r;
    private Worker amira;
    private Worker ben;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        Team team = r.team("Assessment A");
        amira = r.worker("Amira Khan", team);
        ben = r.worker("Ben Osei", team);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void aSicknessAbsenceMarksTheWorkerAwayOnItsDaysAndRefusesAllocationsToThem() {
        Case c = r.openCase("CH-1001", CaseType.CIN, null);
        Absence sick = r.absences.add(away(amira, TODAY.minusDays(3), TODAY.plusDays(10)));

        WorkerLoad today = load(amira, TODAY);
        assertThat(today.isAway()).isTrue();
        assertThat(today.capacity()).isZero();
        assertThat(today.availability().awayText()).isEqualTo("away until 30/11");
        assertThat(load(amira, TODAY.plusDays(11)).isAway()).isFalse();

        assertThatThrownBy(() -> r.allocate(c, amira, TODAY, ChangeReason.FCONTA, null))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("Amira Khan is away on 20/11/2025 (sickness, away until 30/11). Choose someone else, "
                        + "or start the allocation on 01/12/2025.");
        r.allocate(c, amira, TODAY.plusDays(11), ChangeReason.FCONTA, null);
        assertThat(r.absences.of(amira.id())).containsExactly(sick);
    }

    @Test
    void aReductionLowersTheRedLimitOnItsDaysOnly() {
        for (int i = 0; i < 12; i++) {
            r.allocate(r.openCase("CH-20" + i, CaseType.CIN, null), amira, TODAY.minusDays(30), ChangeReason.FCONTA,
                    null);
        }
        assertThat(load(amira, TODAY).flag()).isEqualTo(LoadFlag.GREEN);
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.PHASED_RETURN, TODAY, TODAY.plusDays(13),
                Absence.Amount.SHARE, 0.5, "Back after surgery"));
        assertThat(load(amira, TODAY).flag()).isEqualTo(LoadFlag.AMBER);
        assertThat(load(amira, TODAY).capacity()).isEqualTo(0.5);
        assertThat(load(amira, TODAY.plusDays(14)).flag()).isEqualTo(LoadFlag.GREEN);
        // One more case today turns her red: the reason is asked for on the reduced capacity.
        Case more = r.openCase("CH-2100", CaseType.CIN, null);
        assertThatThrownBy(() -> r.allocate(more, amira, TODAY, ChangeReason.FCONTA, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("red from 13");
    }

    @Test
    void anOverlappingTimeAwayIsRefusedAndWritesNothing() {
        r.absences.add(away(amira, TODAY, TODAY.plusDays(4)));
        assertThatThrownBy(() -> r.absences.add(new Absence(0, amira.id(), AbsenceKind.OTHER_LEAVE, TODAY.plusDays(4),
                TODAY.plusDays(8), Absence.Amount.AWAY, 0, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(AbsenceRules.FROM));
        assertThat(r.absences.of(amira.id())).hasSize(1);
        assertThat(load(amira, TODAY.plusDays(6)).isAway()).isFalse();
    }

    @Test
    void anEditOfAnAbsenceSomeoneChangedMeanwhileIsRefusedAndBothKnowWhatHappened() {
        Absence opened = r.absences.add(away(amira, TODAY, null));
        Absence theirs = r.absences.update(opened, opened.endingOn(TODAY.plusDays(20)));
        assertThatThrownBy(() -> r.absences.update(opened, new Absence(opened.id(), amira.id(), AbsenceKind.SICKNESS,
                TODAY.minusDays(1), null, Absence.Amount.AWAY, 0, null)))
                .isInstanceOf(ActionRefusedException.class)
                .message().matches("(Someone else|postgres) changed Amira Khan's absence's last day to 10/12/2025"
                        + "( at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4},)? after you opened the form, so your changes "
                        + "were not saved\\. Close the form and open it again to see theirs\\.");
        assertThat(r.absences.of(amira.id())).containsExactly(theirs);
        assertThat(load(amira, TODAY.plusDays(21)).isAway()).isFalse();
    }

    @Test
    void backAtWorkEndsTheAbsenceTheDayBeforeAndADeleteCanBeTakenBack() {
        Absence sick = r.absences.add(away(amira, TODAY.minusDays(10), null));
        Absence ended = r.absences.endBefore(sick, TODAY);
        assertThat(ended.to()).isEqualTo(TODAY.minusDays(1));
        assertThat(load(amira, TODAY).isAway()).isFalse();
        assertThat(load(amira, TODAY.minusDays(1)).isAway()).isTrue();
        assertThatThrownBy(() -> r.absences.endBefore(ended, TODAY.minusDays(10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("delete the absence instead");

        Absence deleted = r.absences.delete(ended);
        assertThat(r.absences.of(amira.id())).isEmpty();
        assertThat(load(amira, TODAY.minusDays(1)).isAway()).isFalse();
        Absence back = r.absences.restore(deleted);
        assertThat(back.id()).isNotEqualTo(deleted.id());
        assertThat(load(amira, TODAY.minusDays(1)).isAway()).isTrue();
        assertThat(r.absences.all().all()).singleElement().isEqualTo(back);
    }

    @Test
    void aPlannerOpenedLaterReadsTheSameAbsencesAndCapacity() {
        r.absences.add(new Absence(0, ben.id(), AbsenceKind.TRADE_UNION, TODAY, TODAY.plusDays(90),
                Absence.Amount.HOURS, 7.4, null));
        r.caseloads.reload();
        assertThat(load(ben, TODAY).capacity()).isEqualTo(0.8);
        assertThat(load(ben, TODAY).usualCapacity()).isEqualTo(1.0);
    }

    private WorkerLoad load(Worker w, LocalDate day) {
        return r.caseloads.load(w.id(), day).orElseThrow();
    }

    private static Absence away(Worker w, LocalDate from, LocalDate to) {
        return new Absence(0, w.id(), AbsenceKind.SICKNESS, from, to, Absence.Amount.AWAY, 0, null);
    }
}
