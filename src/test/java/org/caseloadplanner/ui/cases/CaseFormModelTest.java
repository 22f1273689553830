package org.caseloadplanner.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseloadplanner.testsupport.Saves.saved;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseRules;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFormModelTest {

    @TempDir
    Path dir;
    private Register register;

    @BeforeEach
    void setUp() {
        register = new Register(dir);
    }

    @AfterEach
    void tearDown() {
        register.close();
    }

    private CaseFormModel newForm(String reference) {
        CaseFormModel form = new CaseFormModel(register.cases, new CurrentThreadTaskExecutor(), null);
        form.childReferenceProperty().set(reference);
        form.typeProperty().set(CaseType.CIN);
        return form;
    }

    private int caseCount() {
        return register.cases.summaries().size();
    }

    @Test
    void aNameAsChildReferenceIsAProblemOnThatField() {
        CaseFormModel form = newForm("Amy Clarke");

        assertThat(saved(form::save)).isFalse();

        assertThat(form.errors().message(CaseRules.CHILD_REFERENCE)).contains("never a name");
        assertThat(form.errors().all()).containsOnlyKeys(CaseRules.CHILD_REFERENCE);
        assertThat(caseCount()).isZero();
    }

    @Test
    void anotherCasesChildReferenceIsAProblemOnThatField() {
        register.openCase("CH-1", CaseType.CIN, null);
        Case other = register.openCase("CH-2", CaseType.CP, null);

        CaseFormModel adding = newForm("ch-1");
        assertThat(saved(adding::save)).isFalse();
        assertThat(adding.errors().message(CaseRules.CHILD_REFERENCE))
                .isEqualTo("Another case already has child reference CH-1.");

        CaseFormModel editing = new CaseFormModel(register.cases, new CurrentThreadTaskExecutor(), other);
        editing.childReferenceProperty().set("CH-1");
        assertThat(saved(editing::save)).isFalse();
        assertThat(editing.errors().message(CaseRules.CHILD_REFERENCE))
                .isEqualTo("Another case already has child reference CH-1.");

        assertThat(register.cases.summary(other.id()).theCase().childReference()).isEqualTo("CH-2");
        assertThat(caseCount()).isEqualTo(2);
    }

    @Test
    void editingACaseKeepsItsOwnChildReference() {
        Case c = register.openCase("CH-1", CaseType.CIN, null);
        CaseFormModel editing = new CaseFormModel(register.cases, new CurrentThreadTaskExecutor(), c);
        editing.statusProperty().set(CaseStatus.AWAITING_CLOSURE);

        assertThat(saved(editing::save)).isTrue();

        assertThat(register.cases.summary(c.id()).theCase().status()).isEqualTo(CaseStatus.AWAITING_CLOSURE);
    }

    @Test
    void anOpenedDateInTheFutureIsAProblemOnThatField() {
        CaseFormModel form = newForm("CH-1");
        form.openedProperty().set(Fixtures.TODAY.plusDays(1));

        assertThat(saved(form::save)).isFalse();

        assertThat(form.errors().message(CaseRules.OPENED)).isEqualTo("The opened date cannot be in the future.");
        assertThat(caseCount()).isZero();
    }

    @Test
    void everyRequiredFieldLeftEmptyIsAProblemOnItsOwnField() {
        CaseFormModel form = new CaseFormModel(register.cases, new CurrentThreadTaskExecutor(), null);
        form.openedProperty().set(null);

        assertThat(saved(form::save)).isFalse();

        assertThat(form.errors().all()).containsOnlyKeys(CaseRules.CHILD_REFERENCE, CaseRules.TYPE, CaseRules.OPENED);
        assertThat(caseCount()).isZero();
    }

    @Test
    void aValidFormWritesExactlyOneCase() {
        CaseFormModel form = newForm("CH-104233");
        form.familyGroupProperty().set("  FG-12 ");
        form.typeProperty().set(CaseType.CP);
        form.openedProperty().set(LocalDate.of(2025, 4, 2));
        form.careProceedingsProperty().set(true);

        assertThat(saved(form::save)).isTrue();

        assertThat(register.cases.summaries()).singleElement().satisfies(row -> {
            Case c = row.theCase();
            assertThat(c.id()).isEqualTo(form.saved().id());
            assertThat(c.childReference()).isEqualTo("CH-104233");
            assertThat(c.familyGroup()).isEqualTo("FG-12");
            assertThat(c.type()).isEqualTo(CaseType.CP);
            assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(c.opened()).isEqualTo(LocalDate.of(2025, 4, 2));
            assertThat(c.modifiers()).containsExactly(ComplexityModifier.CARE_PROCEEDINGS);
        });
        assertThat(form.errors().isEmpty()).isTrue();
    }

    @Test
    void aNewCaseOpensTodayUnlessToldOtherwise() {
        CaseFormModel form = new CaseFormModel(register.cases, new CurrentThreadTaskExecutor(), null);

        assertThat(form.openedProperty().get()).isEqualTo(Fixtures.TODAY);
        assertThat(form.statusChoices()).containsExactly(CaseStatus.OPEN, CaseStatus.AWAITING_CLOSURE);
    }

    @Test
    void aClosedCaseStaysClosedWhenEdited() {
        Case closed = register.closedCase("CH-1");
        CaseFormModel form = new CaseFormModel(register.cases, new CurrentThreadTaskExecutor(), closed);
        form.familyGroupProperty().set("FG-3");

        assertThat(form.statusChoices()).containsExactly(CaseStatus.CLOSED);
        assertThat(saved(form::save)).isTrue();
        Case after = register.cases.summary(closed.id()).theCase();
        assertThat(after.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(after.closed()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(after.familyGroup()).isEqualTo("FG-3");
    }

    @Test
    void theChildReferenceAndOpenedDateAreCheckedAsTheyChange() {
        CaseFormModel form = newForm("Amy Clarke");
        assertThat(form.errors().message(CaseRules.CHILD_REFERENCE)).contains("never a name");
        assertThat(form.errors().isShown(CaseRules.CHILD_REFERENCE)).isTrue();
        assertThat(form.errors().isValid()).isFalse();

        form.childReferenceProperty().set("CH-1042");
        assertThat(form.errors().message(CaseRules.CHILD_REFERENCE)).isNull();
        assertThat(form.errors().isValid()).isTrue();

        form.openedProperty().set(register.cases.today().plusDays(1));
        assertThat(form.errors().message(CaseRules.OPENED)).isEqualTo("The opened date cannot be in the future.");
        form.openedProperty().set(register.cases.today());
        assertThat(form.errors().isValid()).isTrue();
        assertThat(saved(form::save)).isTrue();
    }
}
