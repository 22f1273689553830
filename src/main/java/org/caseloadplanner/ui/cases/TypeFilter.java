package org.caseloadplanner.ui.cases;

import java.util.ArrayList;
import java.util.List;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;

/**
 * One case type to list, or all of them.
 *
 * @param type empty for all types
 */
public record TypeFilter(CaseType type) {

    public static final TypeFilter ALL = new TypeFilter(null);

    /** All types first, then each type. */
    public static List<TypeFilter> choices() {
        List<TypeFilter> choices = new ArrayList<>(List.of(ALL));
        for (CaseType t : CaseType.values()) {
            choices.add(new TypeFilter(t));
        }
        return choices;
    }

    public boolean matches(CaseSummary row) {
        return type == null || row.theCase().type() == type;
    }

    @Override
    public String toString() {
        return type == null ? "All types" : CaseRows.typeName(type);
    }
}
