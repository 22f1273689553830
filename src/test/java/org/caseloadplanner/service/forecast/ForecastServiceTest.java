package org.caseloadplanner.service.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.domain.forecast.Scenario;
import org.caseloadplanner.domain.forecast.ScenarioText;
import org.caseloadplanner.testsupport.Register;
import org.caseloadplanner.testsupport.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestEngine.class)
class ForecastServiceTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    private Register r;

    @BeforeEach
    void setUp() {
        r = new Register(dir, engine);
        Team a = r.team("Assessment A");
        Team b = r.team("Assessment B");
        Worker amira = r.worker("Amira Khan", a);
        Worker ben = r.worker("Ben Osei", a);
        r.worker("Cara Doyle", b);
        for (int i = 0; i < 24; i++) {
            var c = r.openCase("CH-" + (100 + i), CaseType.CIN, null);
            r.allocate(c, i % 2 == 0 ? amira : ben, LocalDate.of(2025, 2, 1).plusDays(i), ChangeReason.FCONTA, null);
        }
    }

    @AfterEach
    void tearDown() {
        r.close();
    }

    @Test
    void scenariosAndBacktestsNeverTouchTheRegister() {
        List<String> before = everything();
        Scenario s = ScenarioText.parse("""
                name: Everything at once
                Amira Khan leaves on 01/12/2025
                recruit 2.5 FTE to Assessment B from 01/01/2026
                referrals up 20% from 01/12/2025
                agency contracts end on 31/12/2025
                move Ben Osei to Assessment B on 05/01/2026
                1 worker leaves Assessment B on 01/02/2026""", null);
        ForecastService forecasts = r.context.forecasts();
        forecasts.check(s);
        List<Forecast> compared = forecasts.compare(List.of(s), 26, ForecastService.Progress.NONE);
        forecasts.backtest(8, ForecastService.Progress.NONE);
        assertThat(compared).extracting(Forecast::scenario).containsExactly("Base", "Everything at once");
        assertThat(compared.get(0).service().weeks()).hasSize(27);
        assertThat(compared.get(0).service().weeks().get(0).open().middle()).isEqualTo(24);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aStoppedForecastSaysSoAndLeavesNothingHalfDone() {
        ForecastService.Progress stop = new ForecastService.Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.context.forecasts().forecast(26, stop))
                .isInstanceOf(ForecastService.CancelledException.class).hasMessage("The forecast was stopped.");
    }

    /** Every row of every table the register keeps, as text. */
    private List<String> everything() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("team", "social_worker", "child_case", "allocation", "allocation_log")) {
            r.db.read(h -> h.createQuery("SELECT * FROM " + table + " ORDER BY id").mapToMap().list())
                    .forEach(row -> rows.add(table + " " + row));
        }
        return rows;
    }
}
