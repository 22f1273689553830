package org.caseloadplanner.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The ways the report can be written. */
enum ReportFormat {
    JSON, CSV, PDF;

    /** Reads --format in any case, and says which formats there are when it is none of them. */
    public static final class Option implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String text) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("The format is json, csv or pdf, not '" + text + "'."));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
