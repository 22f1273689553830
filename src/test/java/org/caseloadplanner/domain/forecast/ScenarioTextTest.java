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
                new Scenario.Move(8, "Ben Osei", "Assessment B", LocalDate.of(2027, 2, 1)));
        assertThat(s.text()).startsWith("name: Two leave in March");
    }

    @Test
    void theExamplesNameTheCouncilsOwnTeamsAndWorkersOnDaysAhead() {
        List<String> examples = ScenarioText.examples(List.of("Case Management North", "Children in Care"),
                List.of("Priya Walsh", "Tom Reid"), LocalDate.of(2025, 11, 20));
        Scenario s = ScenarioText.parse(String.join("\n", examples), null);
        assertThat(s.name()).isEqualTo("Two leave in February");
        assertThat(s.changes()).containsExactly(
                new Scenario.Leave(2, "Case Management North", 2, List.of(), LocalDate.of(2026, 2, 1)),
                new Scenario.Leave(3, null, 1, List.of("Priya Walsh"), LocalDate.of(2026, 2, 14)),
                new Scenario.Recruit(4, "Case Management North", 3, LocalDate.of(2026, 4, 1)),
                new Scenario.Referrals(5, 15, LocalDate.of(2025, 12, 1)),
                new Scenario.AgencyEnds(6, null, LocalDate.of(2025, 12, 31)),
                new Scenario.AgencyEnds(7, "Case Management North", LocalDate.of(2025, 12, 31)),
                new Scenario.Move(8, "Tom Reid", "Children in Care", LocalDate.of(2026, 1, 1)));
        assertThat(ScenarioText.examples(List.of(), List.of(), LocalDate.of(2025, 11, 20)))
                .isEqualTo(ScenarioText.FORMS);
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
