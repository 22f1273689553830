package org.caseloadplanner.domain;

/**
 * What is wrong with one field of a form, in words a team manager understands.
 *
 * @param field the field's key, as the rules classes name it
 */
public record FieldProblem(String field, String message) {
}
