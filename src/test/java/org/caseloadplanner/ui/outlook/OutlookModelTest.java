package org.caseloadplanner.ui.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.Absence;
import org.caseloadplanner.domain.AbsenceKind;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.testsupport.HeldTaskExecutor;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlookModelTest {

    @TempDir
    Path dir;
    private Register r;
    private final HeldTaskExecutor background = new HeldTaskExecutor();
    private OutlookModel model;
    private Worker amira;

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        Team a = r.team("Assessment A");
        amira = r.worker("Amira Khan", a);
        for (int i = 0; i < 10; i++) {
            r.allocate(r.openCase("CH-" + (100 + i), CaseType.ASSESSMENT, null), amira, LocalDate.of(2025, 2, 1),
                    ChangeReason.FCONTA, null);
        }
        model = new OutlookModel(r.context.forecasts(), background, new RecordingFeedback(), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void changesArrivingWhileAForecastIsMadeBringOneMoreNotAPileOfThem() {
        model.load();
        model.load(); // other planners' changes, twice, while the first forecast is being made
        model.load();
        assertThat(background.waiting()).isEqualTo(1);
        assertThat(model.workingProperty().get()).isTrue();
        background.runNext();
        assertThat(model.rows()).extracting(OutlookModel.Row::scenario).containsExactly("Base");
        assertThat(background.waiting()).as("one more, with the changes").isEqualTo(1);
        background.runNext();
        assertThat(background.waiting()).isZero();
        assertThat(model.workingProperty().get()).isFalse();
    }

    @Test
    void theAccountOfHowTheForecastIsMadeSaysWhoIsAwayAndWhenTheyAreBackAndAnAwayScenarioIsCompared() {
        r.absences.add(new Absence(0, amira.id(), AbsenceKind.SICKNESS, LocalDate.of(2025, 11, 3),
                LocalDate.of(2026, 1, 9), Absence.Amount.AWAY, 0, "Fit note"));
        r.context.forecasts().save(ScenarioText.parse("Amira Khan is away from 01/02/2026 to 30/04/2026\n"
                + "sickness absence at 5%", "Away again"));
        model.load();
        background.runNext();
        assertThat(model.explanationProperty().get()).contains("1 case holder is away now (1 back within the 26 "
                + "weeks); the capacity of 1 case holder changes over the weeks as absences and reductions begin and "
                + "end.");
        assertThat(model.rows()).extracting(OutlookModel.Row::scenario).containsExactly("Base", "Away again");
    }

    @Test
    void aSavedScenarioTheRegisterNoLongerFitsIsNamedNotDroppedSilently() {
        r.context.forecasts().save(ScenarioText.parse("Amira Khan leaves on 01/12/2025", "Amira goes"));
        r.workers.recordLeaving(r.workers.summaries().get(0).worker().id(), LocalDate.of(2025, 11, 20));
        model.load();
        background.runNext();
        assertThat(model.rows()).extracting(OutlookModel.Row::scenario).containsExactly("Base");
        assertThat(model.statusProperty().get()).isEqualTo("Not compared, as the register no longer fits them: "
                + "Amira goes (Line 1: no worker called 'Amira Khan' is in post on 01/12/2025.). Edit and save them "
                + "again.");
    }
}
