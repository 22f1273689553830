package org.caseloadplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.testsupport.RecordingFeedback;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rota's words about fairness are worked out from the rota itself, so they are true. */
class DutyRotaModelTest {

    @TempDir
    Path dir;
    private Register r;
    private DutyRotaModel model;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @BeforeEach
    void setUp() {
        r = new Register(dir);
        Team team = r.team("Assessment Team");
        for (int i = 1; i <= 13; i++) {
            r.worker("Worker " + (char) ('A' + i), team);
        }
        model = new DutyRotaModel(r.context.duty(), r.teams, new CurrentThreadTaskExecutor(), feedback);
        model.load();
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void thirteenWorkersOneWeekInFiveAreToldHowOftenEachIsOnDuty() {
        assertThat(model.everyWeeksProperty().get()).isEqualTo(5);
        assertThat(model.fairnessProperty().get()).endsWith("No duty weeks are planned in the 12 weeks after it: plan "
                + "them to share them out.");

        model.plan();

        List<Integer> weeks = model.lines().stream().map(DutyRotaModel.Line::weeksOnDuty).toList();
        assertThat(weeks).hasSize(13).allSatisfy(n -> assertThat(n).isBetween(2, 3));
        // This week was not planned (duty already running); the next twelve were: 13 x 12 / 5 = 31 weeks of duty.
        assertThat(weeks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(31);
        // The weeks planned are described on their own, so the average is the setting's, not this week's gap.
        assertThat(model.fairnessProperty().get()).isEqualTo("This week nobody is on duty yet: tick someone in its "
                + "column. Each of the 13 workers who take duty is on duty 2 or 3 of the 12 weeks after it, with 2 "
                + "or 3 on duty each week: on average one week in every 5. Planning gives nobody another duty week "
                + "until everyone who takes duty has had as many; among those, whoever has waited longest goes first.");
        assertThat(feedback.infos).last().asString().startsWith("Planned duty for the 12 weeks from 24/11/2025, "
                + "this week's left as it was").contains("about one week in every 5");
    }

    @Test
    void aSmallTeamIsToldDutyComesRoundMoreOftenThanTheSetting() {
        List.copyOf(model.lines()).stream().skip(3).forEach(l -> model.setTakesDuty(l, false));
        model.plan();
        assertThat(model.fairnessProperty().get()).startsWith("This week nobody is on duty yet: tick someone in its "
                + "column. Each of the 3 workers who take duty is on duty 4 of the 12 weeks after it, with 1 on duty "
                + "each week: on average one week in every 3.")
                .contains("a team this small has duty more often than one week in every 5.");
    }

    @Test
    void thisWeeksDutyIsNamedAndLeftAsItIsByAPlan() {
        DutyRotaModel.Line first = model.lines().get(0);
        model.setOnDuty(first, 0, true);
        model.plan();
        assertThat(model.weeks()).hasSize(13);
        assertThat(model.lines().get(0).onDuty().get(0)).isTrue();
        assertThat(model.lines().stream().filter(l -> l.onDuty().get(0)).count()).isEqualTo(1);
        assertThat(model.fairnessProperty().get()).startsWith("This week " + first.worker().name() + " is on duty. "
                + "Each of the 13 workers");
        assertThat(DutyRotaModel.planLabel()).isEqualTo("Plan the 12 weeks after this one");
    }
}
