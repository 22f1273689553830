package org.caseloadplanner.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One child's case. The child is known only by a pseudonymised reference, never by name.
 *
 * @param familyGroup shared by siblings, so their cases can be held together; empty for an only child
 * @param closed      the day the case closed; empty unless the status is closed
 */
public record Case(
        long id,
        String childReference,
        String familyGroup,
        CaseType type,
        LocalDate opened,
        LocalDate closed,
        CaseStatus status,
        Set<ComplexityModifier> modifiers) {

    public Case {
        modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
    }

    public boolean has(ComplexityModifier modifier) {
        return modifiers.contains(modifier);
    }

    public boolean isOpenOn(LocalDate date) {
        return !opened.isAfter(date) && (closed == null || !closed.isBefore(date));
    }

    public Case withId(long newId) {
        return new Case(newId, childReference, familyGroup, type, opened, closed, status, modifiers);
    }

    public Case closedOn(LocalDate date) {
        return new Case(id, childReference, familyGroup, type, opened, date, CaseStatus.CLOSED, modifiers);
    }
}
