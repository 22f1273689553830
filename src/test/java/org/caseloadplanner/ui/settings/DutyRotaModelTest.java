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
        assertThat(model.fairnessProperty().get()).startsWith("No duty weeks are planned");

        model.plan();

        List<Integer> weeks = model.lines().stream().map(DutyRotaModel.Line::weeksOnDuty).toList();
        assertThat(weeks).hasSize(13).allSatisfy(n -> assertThat(n).isBetween(2, 3));
        // This week was not planned (duty already running); the next twelve were: 13 x 12 / 5 = 31 weeks of duty.
        assertThat(weeks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(31);
        assertThat(model.fairnessProperty().get()).isEqualTo("Each of the 13 workers who take duty is on duty 2 or 3 "
                + "of these 13 weeks, with 2 or 3 on duty each week but one, which has nobody yet: on average one "
                + "week in every 5.5. Planning gives nobody another duty week until everyone who takes duty has had "
                + "as many; among those, whoever has waited longest goes first.");
        assertThat(feedback.infos).last().asString().contains("about one week in every 5");
    }

    @Test
    void aSmallTeamIsToldDutyComesRoundMoreOftenThanTheSetting() {
        List.copyOf(model.lines()).stream().skip(3).forEach(l -> model.setTakesDuty(l, false));
        model.plan();
        assertThat(model.fairnessProperty().get()).startsWith("Each of the 3 workers who take duty is on duty 4 of "
                + "these 13 weeks, with 1 on duty each week but one")
                .contains("a team this small has duty more often than one week in every 5.");
    }
}
