package org.caseloadplanner.ui.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseSummary;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.ui.common.Formats;

/** How the cases register words a case and its history, so the table, filters and detail pane agree. */
public final class CaseRows {

    static final String UNALLOCATED = "Unallocated";
    /** Recorded times are shown as the clock on the office wall reads them. */
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    /** One labelled fact about the selected case. */
    public record Detail(String label, String value) {
    }

    private CaseRows() {
    }

    /** A case still being worked with nobody holding it: the cases a manager must allocate. */
    static boolean isUnallocated(CaseSummary row) {
        return row.theCase().status().isActive() && !row.isAllocated();
    }

    static String holder(CaseSummary row) {
        if (row.isAllocated()) {
            return row.holder().name();
        }
        return isUnallocated(row) ? UNALLOCATED : "";
    }

    static String holderTeam(CaseSummary row) {
        return row.isAllocated() ? row.holder().teamName() : "";
    }

    /** Court work in full, as the detail pane shows it. */
    static String courtWork(Case c) {
        return Arrays.stream(ComplexityModifier.values()).filter(c::has).map(ComplexityModifier::label)
                .collect(Collectors.joining(", "));
    }

    /** Court work in the register's narrow column. */
    static String courtWorkShort(Case c) {
        return Arrays.stream(ComplexityModifier.values()).filter(c::has)
                .map(m -> m == ComplexityModifier.PRE_PROCEEDINGS ? "Pre-proceedings" : m.label())
                .collect(Collectors.joining(", "));
    }

    /** A case type named in full with the letters the register uses, such as "Child protection plan (CP)". */
    static String typeName(CaseType type) {
        String letters = type.shortLabel();
        return letters.equals(letters.toUpperCase(Locale.ROOT)) ? type.label() + " (" + letters + ")"
                : type.label();
    }

    static String familyGroup(Case c) {
        return c.familyGroup() == null ? "" : c.familyGroup();
    }

    static List<Detail> details(CaseSummary row) {
        Case c = row.theCase();
        // The day on a line of its own, so a long team name never pushes it out of sight.
        String holder = row.isAllocated()
                ? row.holder().name() + ", " + row.holder().teamName() + "\nsince " + Formats.date(row.heldSince())
                : holder(row);
        return List.of(
                new Detail("Child reference", c.childReference()),
                new Detail("Family group", orDash(familyGroup(c))),
                new Detail("Case type", typeName(c.type())),
                new Detail("Court work", orDash(courtWork(c))),
                new Detail("Status", c.status().label()),
                new Detail("Opened", Formats.date(c.opened())),
                new Detail("Closed", orDash(Formats.date(c.closed()))),
                new Detail("Case holder", orDash(holder)));
    }

    /** The last day held, or "now" while the worker still holds the case. */
    static String lastDay(Allocation a) {
        return a.to() == null ? "now" : Formats.date(a.to());
    }

    static String reason(Allocation a) {
        return a.reason() == null ? "" : a.reason().toString();
    }

    static String recordedAt(Instant when) {
        return when == null ? "" : RECORDED_AT.format(when);
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "\u2014" : text;
    }
}
