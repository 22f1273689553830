package org.caseloadplanner.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTextTest {

    @Test
    void everyFormReadsAsTheChangeItSays() {
        Scenario s = ScenarioText.parse(String.join("\n", ScenarioText.FORMS) + "\n# a note\n\n", "Unnamed");
        assertThat(s.name()).isEqualTo("Two leave in March");
        assertThat(s.changes()).containsExactly(
                new Scenario.Leave(2, "Assessment A", 2, List.of(), LocalDate.of(2027, 3, 1)),
                new Scenario.Leave(3, null, 1, List.of("Amira Khan"), LocalDate.of(2027, 3, 14)),
                new Scenario.Recruit(4, "Assessment A", 3, LocalDate.of(2027, 5, 1)),
                new Scenario.Referrals(5, 15, LocalDate.of(2027, 1, 1)),
                new Scenario.AgencyEnds(6, null, LocalDate.of(2027, 1, 31)),
                new Scenario.AgencyEnds(7, "Assessment A", LocalDate.of(2027, 1, 31)),
                new Scenario.Move(8, "Ben Osei", "Assessment B", LocalDate.of(2027, 2, 1)),
                new Scenario.Away(9, "Amira Khan", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30)),
                new Scenario.Sickness(10, 5));
        assertThat(s.text()).startsWith("name: Two leave in March");
    }

    @Test
    void theExamplesNameTheCouncilsOwnTeamsAndWorkersOnDaysAhead() {
        List<String> examples = ScenarioText.examples(List.of("Case Management North", "Children in Care"),
                List.of("Priya Walsh", "Tom Reid", "Ruth Adeyemi"), LocalDate.of(2025, 11, 20));
        Scenario s = ScenarioText.parse(String.join("\n", examples), null);
        assertThat(s.name()).isEqualTo("Two leave in February");
        assertThat(s.changes()).containsExactly(
                new Scenario.Leave(2, "Case Management North", 2, List.of(), LocalDate.of(2026, 2, 1)),
                new Scenario.Leave(3, null, 1, List.of("Priya Walsh"), LocalDate.of(2026, 2, 14)),
                new Scenario.Recruit(4, "Case Management North", 3, LocalDate.of(2026, 4, 1)),
                new Scenario.Referrals(5, 15, LocalDate.of(2025, 12, 1)),
                new Scenario.AgencyEnds(6, null, LocalDate.of(2025, 12, 31)),
                new Scenario.AgencyEnds(7, "Case Management North", LocalDate.of(2025, 12, 31)),
                new Scenario.Move(8, "Tom Reid", "Children in Care", LocalDate.of(2026, 1, 1)),
                new Scenario.Away(9, "Ruth Adeyemi", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                new Scenario.Sickness(10, 5));
        assertThat(ScenarioText.examples(List.of(), List.of(), LocalDate.of(2025, 11, 20)))
                .isEqualTo(ScenarioText.FORMS);
        assertThat(ScenarioText.examples(List.of("Care Leavers"), List.of("Priya Walsh", "Tom Reid"),
                LocalDate.of(2025, 11, 20))).as("with two names, the first is away")
                .contains("Priya Walsh is away from 01/01/2026 to 31/03/2026", "move Tom Reid to Care Leavers on 01/01/2026");
    }

    @Test
    void timeAwayAndASicknessRateReadInTheWaysAManagerWritesThem() {
        Scenario s = ScenarioText.parse("""
                name: A hard winter
                Amira Khan is away from 01/02/2027 until 30/04/2027
                Ben Osei is away from 2027-03-01
                sickness absence at 5%
                sickness rate of 2.5 %
                SICKNESS AT 1%""", null);
        assertThat(s.changes()).containsExactly(
                new Scenario.Away(2, "Amira Khan", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30)),
                new Scenario.Away(3, "Ben Osei", LocalDate.of(2027, 3, 1), null),
                new Scenario.Sickness(4, 5),
                new Scenario.Sickness(5, 2.5),
                new Scenario.Sickness(6, 1));
    }

    @Test
    void badDatesAndRatesInTheAbsenceLinesAreNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> ScenarioText.parse("""
                name: Bad absences
                Amira Khan is away from 31/02/2027 to 30/04/2027
                Amira Khan is away from 01/05/2027 to 30/04/2027
                Amira Khan is away from 01/02/2027 to next spring
                sickness absence at 0%
                sickness absence at 120%
                sickness absence at lots""", null))
                .isInstanceOfSatisfying(ScenarioText.ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioText.Problem::line).containsExactly(2, 3, 4, 5, 6, 7))
                .hasMessageContaining("Line 2: '31/02/2027' is not a date: write it as 01/03/2027.")
                .hasMessageContaining("Line 3: the last day away, 30/04/2027, is before the first, 01/05/2027.")
                .hasMessageContaining("Line 4: 'next spring' is not a date: write it as 01/03/2027.")
                .hasMessageContaining("Line 5: sickness absence is a share of capacity: more than 0% and at most 100%")
                .hasMessageContaining("Line 6: sickness absence is a share of capacity")
                .hasMessageContaining("Line 7: this is not a change the forecast knows");
    }

    @Test
    void aNameLineIsNotTakenForSomeoneAway() {
        Scenario s = ScenarioText.parse("name: Winter\nName Shah is away from 01/02/2027 to 28/02/2027", null);
        assertThat(s.name()).isEqualTo("Winter");
        assertThat(s.changes()).containsExactly(
                new Scenario.Away(2, "Name Shah", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
    }

    @Test
    void severalNamedLeaversAndFallingReferralsAndIsoDates() {
        Scenario s = ScenarioText.parse("Amira Khan, Ben Osei and Cara Doyle leave on 2027-03-01\n"
                + "referrals down 10% from 1/4/2027", "Spring");
        assertThat(s.name()).isEqualTo("Spring");
        assertThat(s.changes()).containsExactly(
                new Scenario.Leave(1, null, 3, List.of("Amira Khan", "Ben Osei", "Cara Doyle"), LocalDate.of(2027, 3, 1)),
                new Scenario.Referrals(2, -10, LocalDate.of(2027, 4, 1)));
    }

    @Test
    void everyBadLineIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> ScenarioText.parse("""
                name: Bad
                2 workers leave Assessment A on 31/02/2027
                hire lots of people
                recruit 0 FTE to Assessment A from 01/05/2027
                referrals down 120% from 01/01/2027""", null))
                .isInstanceOfSatisfying(ScenarioText.ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioText.Problem::line).containsExactly(2, 3, 4, 5))
                .hasMessageContaining("Line 2: '31/02/2027' is not a date")
                .hasMessageContaining("Line 3: this is not a change the forecast knows")
                .hasMessageContaining("Line 4: recruit more than 0 FTE")
                .hasMessageContaining("Line 5: referrals cannot fall by more than 100%");
    }

    @Test
    void aLongLineIsRefusedBeforeItIsRead() {
        String hostile = "move " + "x to ".repeat(3_000) + "y on 01/01/2027";
        assertThatThrownBy(() -> ScenarioText.parse("name: Long\n" + hostile, null))
                .hasMessageContaining("Line 2: a line is one change, at most 300 characters; this one is 15020.");
    }

    @Test
    void aScenarioNeedsANameAndAHugeOneIsRefused() {
        assertThatThrownBy(() -> ScenarioText.parse("referrals up 5% from 01/01/2027", null))
                .hasMessageContaining("give the scenario a name");
        assertThatThrownBy(() -> ScenarioText.parse("x".repeat(30_000), "Big"))
                .hasMessageContaining("at most 20000 characters");
    }
}
