package org.caseloadplanner.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.Team;

/** A team chooser's entries: "All teams", then each team by name, keeping the team chosen if it still exists. */
public final class TeamChoices {

    public static final String ALL = "All teams";

    private TeamChoices() {
    }

    public static void offer(List<Team> teams, ObservableList<Choice<Long>> choices, ObjectProperty<Choice<Long>> chosen) {
        List<Choice<Long>> offered = new ArrayList<>();
        offered.add(Choice.all(ALL));
        teams.forEach(t -> offered.add(new Choice<>(t.name(), t.id())));
        Choice<Long> keep = chosen.get();
        if (!offered.equals(choices)) {
            choices.setAll(offered);
        }
        chosen.set(offered.stream().filter(c -> keep != null && Objects.equals(c.value(), keep.value()))
                .findFirst().orElse(offered.get(0)));
    }
}
