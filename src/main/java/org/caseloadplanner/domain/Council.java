package org.caseloadplanner.domain;

/**
 * The service a database describes.
 *
 * @param demo true for the built-in fictional council, which the window marks as such
 */
public record Council(String name, boolean demo) {
}
