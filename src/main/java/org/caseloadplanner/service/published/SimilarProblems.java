package org.caseloadplanner.service.published;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.domain.ImportProblem;

/**
 * Problems of one kind in one column said once, with the lines they are on: a column the DfE left out of
 * every row is one problem on lines 3-18, not sixteen near-identical ones.
 */
final class SimilarProblems {

    /** Ranges of lines named before the rest are only counted. */
    private static final int RANGES_SHOWN = 6;

    private SimilarProblems() {
    }

    /** The problems with those of the same file, column and wording (the values quoted aside) joined, in order. */
    static List<ImportProblem> grouped(List<ImportProblem> problems) {
        Map<String, List<ImportProblem>> kinds = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            kinds.computeIfAbsent(p.line() == 0 ? "whole " + kinds.size() : kind(p), k -> new ArrayList<>()).add(p);
        }
        List<ImportProblem> out = new ArrayList<>();
        for (List<ImportProblem> same : kinds.values()) {
            ImportProblem first = same.get(0);
            out.add(same.size() == 1 ? first : new ImportProblem(first.file(), first.line(), first.column(),
                    withoutFullStop(first.message()) + "; likewise on " + (same.size() == 2 ? "line " : "lines ")
                            + lines(same.subList(1, same.size())) + " (" + same.size() + " lines in all)."));
        }
        return out;
    }

    /** The file, column and message, each value in quotes taken out, as the same fault shows different values. */
    private static String kind(ImportProblem p) {
        return p.file() + "\u0000" + p.column() + "\u0000" + p.message().replaceAll("'[^']*'", "''");
    }

    /** Lines as ranges: 4-18, 21, 30-31, and after a few, how many more. */
    static String lines(List<ImportProblem> problems) {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < problems.size()) {
            long from = problems.get(i).line();
            long to = from;
            while (i + 1 < problems.size() && problems.get(i + 1).line() == to + 1) {
                to = problems.get(++i).line();
            }
            i++;
            ranges.add(from == to ? Long.toString(from) : from + "-" + to);
        }
        if (ranges.size() <= RANGES_SHOWN) {
            return String.join(", ", ranges);
        }
        return String.join(", ", ranges.subList(0, RANGES_SHOWN)) + " and " + (ranges.size() - RANGES_SHOWN)
                + " more";
    }

    private static String withoutFullStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
