package org.caseloadplanner.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems so a form can show all of them at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems add(String field, String message) {
        found.add(new FieldProblem(field, message));
        return this;
    }

    public Problems addIf(boolean wrong, String field, String message) {
        if (wrong) {
            add(field, message);
        }
        return this;
    }

    public boolean has(String field) {
        return found.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was found; the caller carries on only with valid input. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
