package org.caseloadplanner.service.ssd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.testsupport.Fixtures;

/**
 * What a (mutated) extract says, read here without the importer's code: its own CSV reading, its own dates, and
 * from them what the planner must hold after importing it, or a reason the importer must refuse it.
 */
public final class ExtractOracle {

    private static final Set<String> HOLDING = Set.of("cw", "allocated case worker", "allocated social worker");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_CELL = 32_767;
    private static final int MAX_ROW = 1_000_000;

    /** A row's cells (trimmed) and the line it begins on. */
    public record Row(long line, List<String> cells) {
    }

    /** One file as read: header and rows, or why it cannot be read as CSV; and how many lines it has. */
    public record Read(List<String> header, List<Row> rows, String unreadable, long lines) {
        String get(Row r, String column) {
            int i = header.indexOf(column);
            return i < 0 ? "" : r.cells().get(i);
        }
    }

    /**
     * What the planner must hold after a first import, as text by key so differences read plainly; a worker's start
     * (their first involvement, if any) and SWE number kept apart, as an update treats them differently.
     */
    public record Expected(Map<String, String> professionals, Map<String, String> workers, Map<String, Double> fte,
                           Map<String, LocalDate> first, Map<String, String> swe, Map<String, String> children,
                           Map<String, String> allocations, Map<String, String> others) {
    }

    private ExtractOracle() {
    }

    /** Reads a file as RFC 4180 CSV with the parser's leniencies: a quote opens a cell only at its start. */
    public static Read read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Read(List.of(), List.of(), "not UTF-8", 0);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long lines = 1 + text.chars().filter(c -> c == '\n' || c == '\r').count();
        List<Row> records = new ArrayList<>();
        int i = 0;
        long line = 1;
        int n = text.length();
        while (true) {
            while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) { // empty lines are skipped
                i += text.startsWith("\r\n", i) ? 2 : 1;
                line++;
            }
            if (i >= n) {
                break;
            }
            long starts = line;
            int rowStart = i;
            List<String> cells = new ArrayList<>();
            boolean rowDone = false;
            while (!rowDone) {
                StringBuilder cell = new StringBuilder();
                int cellStart = i;
                boolean quoted = i < n && text.charAt(i) == '"';
                if (quoted) {
                    i++;
                    while (true) {
                        if (i >= n) {
                            return new Read(List.of(), List.of(), "unclosed quote", lines);
                        }
                        char c = text.charAt(i);
                        if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r') || c == '\r') {
                                line++;
                            }
                            cell.append(c);
                            i++;
                        }
                    }
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        if (!Character.isWhitespace(text.charAt(i))) {
                            return new Read(List.of(), List.of(), "text after a closing quote", lines);
                        }
                        i++;
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        cell.append(text.charAt(i++));
                    }
                }
                if (i - cellStart > MAX_CELL + (quoted ? 2 : 0)) {
                    return new Read(List.of(), List.of(), "cell over the cap", lines);
                }
                cells.add(cell.toString().trim());
                if (i < n && text.charAt(i) == ',') {
                    i++;
                } else {
                    rowDone = true;
                    if (i < n) {
                        i += text.startsWith("\r\n", i) ? 2 : 1;
                        line++;
                    }
                }
            }
            if (i - rowStart > MAX_ROW) {
                return new Read(List.of(), List.of(), "row over the cap", lines);
            }
            records.add(new Row(starts, cells));
        }
        if (records.isEmpty()) {
            return new Read(List.of(), List.of(), "empty", lines);
        }
        return new Read(records.get(0).cells(), records.subList(1, records.size()), null, lines);
    }

    /**
     * A reason the importer must refuse the extract, or null when none is found here (the importer may still find
     * one: this looks for what the fuzzer's mutations make, not every rule). {@code known}: professionals the
     * planner already has.
     */
    public static String mustRefuse(Read prof, Read invo, Set<String> known) {
        for (Read f : List.of(prof, invo)) {
            if (f.unreadable() != null) {
                return f.unreadable();
            }
            Set<String> seen = new HashSet<>();
            for (String h : f.header()) {
                if (!h.isEmpty() && !seen.add(h)) {
                    return "column named twice";
                }
            }
            for (Row r : f.rows()) {
                if (r.cells().size() != f.header().size()) {
                    return "cells not matching the header";
                }
                if (r.cells().stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0)) {
                    return "not UTF-8";
                }
            }
        }
        for (String c : SsdFiles.PROFESSIONAL_COLUMNS) {
            if (!prof.header().contains(c)) {
                return "column missing";
            }
        }
        for (String c : SsdFiles.INVOLVEMENT_COLUMNS) {
            if (!invo.header().contains(c)) {
                return "column missing";
            }
        }
        Map<String, String> fte = new HashMap<>();
        for (Row r : prof.rows()) {
            for (String c : List.of(SsdFiles.PROF_ID, SsdFiles.PROF_NAME, SsdFiles.PROF_JOB, SsdFiles.PROF_DEPARTMENT)) {
                if (prof.get(r, c).length() > SsdFiles.LONGEST.get(c)) {
                    return "longer than the planner keeps";
                }
            }
            String f = prof.get(r, SsdFiles.PROF_FTE);
            if (!f.isEmpty() && !f.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
                return "FTE not a number";
            }
            if (fte.put(prof.get(r, SsdFiles.PROF_ID), f) != null) {
                return "listed twice";
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, List<long[]>> held = new HashMap<>();
        for (Row r : invo.rows()) {
            for (String c : List.of(SsdFiles.INVO_ID, SsdFiles.INVO_PROF, SsdFiles.INVO_ROLE)) {
                if (invo.get(r, c).length() > SsdFiles.LONGEST.get(c)) {
                    return "longer than the planner keeps";
                }
            }
            if (!ids.add(invo.get(r, SsdFiles.INVO_ID))) {
                return "listed twice";
            }
            if (!fte.containsKey(invo.get(r, SsdFiles.INVO_PROF)) && !known.contains(invo.get(r, SsdFiles.INVO_PROF))) {
                return "unknown professional";
            }
            String startText = invo.get(r, SsdFiles.INVO_START);
            String endText = invo.get(r, SsdFiles.INVO_END);
            LocalDate start = date(startText);
            LocalDate end = date(endText);
            if ((start == null) || (end == null && !endText.isEmpty())) {
                return "impossible date";
            }
            if (end != null && end.isBefore(start)) {
                return "end before start";
            }
            if (holds(invo.get(r, SsdFiles.INVO_ROLE))) {
                held.computeIfAbsent(invo.get(r, SsdFiles.INVO_PERSON), k -> new ArrayList<>()).add(new long[] {
                    start.toEpochDay(), end == null ? Long.MAX_VALUE : end.toEpochDay()});
            }
        }
        for (List<long[]> periods : held.values()) {
            periods.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int k = 1; k < periods.size(); k++) {
                if (periods.get(k)[0] <= periods.get(k - 1)[1]) {
                    return "two case holders";
                }
            }
        }
        return null;
    }

    /** What a first import of the extract must leave in the planner. */
    public static Expected expected(Read prof, Read invo) {
        Map<String, LocalDate> first = new HashMap<>();
        Set<String> holders = new HashSet<>();
        Map<String, String> allocations = new TreeMap<>();
        Map<String, String> others = new TreeMap<>();
        Map<String, LocalDate[]> spans = new HashMap<>();
        Map<String, Boolean> open = new HashMap<>();
        // Children someone is still involved with on the import's day in a role that does not hold the case.
        Set<String> stillInvolved = new HashSet<>();
        for (Row r : invo.rows()) {
            String id = invo.get(r, SsdFiles.INVO_ID);
            String who = invo.get(r, SsdFiles.INVO_PROF);
            String role = invo.get(r, SsdFiles.INVO_ROLE);
            String child = invo.get(r, SsdFiles.INVO_PERSON);
            LocalDate start = date(invo.get(r, SsdFiles.INVO_START));
            LocalDate end = date(invo.get(r, SsdFiles.INVO_END));
            first.merge(who, start, (a, b) -> a.isBefore(b) ? a : b);
            if (holds(role)) {
                holders.add(who);
                String code = invo.get(r, SsdFiles.INVO_REASON);
                allocations.put(id, child + "|" + who + "|" + start + "|" + end + "|"
                        + (code.isEmpty() ? null : ChangeReason.fromCode(code).orElseThrow().name()));
                LocalDate[] span = spans.computeIfAbsent(child, k -> new LocalDate[2]);
                span[0] = span[0] == null || start.isBefore(span[0]) ? start : span[0];
                span[1] = end != null && (span[1] == null || end.isAfter(span[1])) ? end : span[1];
                open.merge(child, end == null, Boolean::logicalOr);
            } else {
                others.put(id, who + "|" + role + "|" + child + "|" + start + "|" + end);
                if (end == null || !end.isBefore(Fixtures.TODAY)) {
                    stillInvolved.add(child);
                }
            }
        }
        Map<String, String> professionals = new TreeMap<>();
        Map<String, String> workers = new TreeMap<>();
        Map<String, Double> fte = new TreeMap<>();
        Map<String, String> swes = new TreeMap<>();
        for (Row r : prof.rows()) {
            String id = prof.get(r, SsdFiles.PROF_ID);
            String f = prof.get(r, SsdFiles.PROF_FTE);
            String department = prof.get(r, SsdFiles.PROF_DEPARTMENT);
            String job = prof.get(r, SsdFiles.PROF_JOB);
            boolean agency = prof.get(r, SsdFiles.PROF_AGENCY).equalsIgnoreCase("Y");
            String caseload = prof.get(r, SsdFiles.PROF_CASELOAD);
            professionals.put(id, prof.get(r, SsdFiles.PROF_NAME) + "|" + job + "|" + department + "|" + agency + "|"
                    + (caseload.isEmpty() ? null : Integer.valueOf(caseload)));
            if (!f.isEmpty()) {
                fte.put(id, new BigDecimal(f).setScale(2, RoundingMode.HALF_UP).doubleValue());
                String title = job.toLowerCase(Locale.ROOT);
                boolean noCases = !title.contains("manager") && (first.containsKey(id) && !holders.contains(id)
                        || title.matches(".*(\\biro\\b|reviewing officer|\\bchair|designated officer|\\blado\\b).*"));
                String swe = prof.get(r, SsdFiles.PROF_SWE);
                swes.put(id, swe.isEmpty() ? null : swe);
                workers.put(id, prof.get(r, SsdFiles.PROF_NAME) + "|" + (department.isBlank() ? "imported, no department"
                        : department.strip().toLowerCase(Locale.ROOT)) + "|" + (agency ? "AGENCY" : "PERMANENT") + "|"
                        + (noCases ? "holds no cases" : "may hold cases"));
            }
        }
        Map<String, String> children = new TreeMap<>();
        spans.forEach((child, span) -> {
            boolean isOpen = open.get(child) || stillInvolved.contains(child);
            children.put(child, span[0] + "|" + (isOpen ? null : span[1]) + "|" + (isOpen ? "OPEN" : "CLOSED"));
        });
        return new Expected(professionals, workers, fte, first, swes, children, allocations, others);
    }

    static boolean holds(String role) {
        return HOLDING.contains(role.strip().toLowerCase(Locale.ROOT));
    }

    /** A date in one of the three ways, in the years 1900 to 2099; null when empty or not one. */
    static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        String t = text.strip();
        LocalDate d;
        try {
            if (t.contains("/")) {
                d = LocalDate.parse(t, UK);
            } else if (t.length() > 10) {
                d = LocalDateTime.parse(t.replace(' ', 'T')).toLocalDate();
            } else {
                d = LocalDate.parse(t);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return d.getYear() < 1900 || d.getYear() > 2099 ? null : d;
    }
}
