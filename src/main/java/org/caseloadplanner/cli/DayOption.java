package org.caseloadplanner.cli;

import java.time.LocalDate;
import org.caseloadplanner.domain.UkDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A day given on the command line, written either way the planner reads dates. */
public final class DayOption implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String text) {
        return UkDate.parse(text).orElseThrow(() -> new TypeConversionException("'" + text
                + "' is not a date: give it as 30/09/2025 or 2025-09-30."));
    }
}
