package org.caseloadplanner.service.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caseloadplanner.domain.ImportProblem;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.caseloadplanner.service.exchange.CsvRows;

/**
 * The DfE's published figures the planner compares a council with: those shipped inside it, with any newer file
 * a user has loaded (File › Update published statistics) laid over them. A loaded file is checked whole and
 * kept in the data folder, so every database and every later start sees it.
 */
public final class PublishedLibrary {

    private static final String SHIPPED = "/org/caseloadplanner/published/";
    private static final String INDICATORS = "csww_indicators_2017_to_2025.csv";
    private static final String NEIGHBOURS = "statistical_neighbours_2021.csv";
    /** The newer figures a user loaded, all of them, in the DfE's own columns. */
    static final String UPDATES = "csww_indicators_loaded.csv";

    private final Path folder;
    private PublishedStatistics statistics;
    private String warning = "";

    private PublishedLibrary(Path folder) {
        this.folder = folder;
    }

    /** Only the figures shipped with the planner. */
    public static PublishedLibrary shipped() {
        return new PublishedLibrary(null);
    }

    /** The shipped figures and any loaded into this folder. */
    public static PublishedLibrary in(Path folder) {
        return new PublishedLibrary(folder);
    }

    /** The figures, read on first use. */
    public synchronized PublishedStatistics statistics() {
        if (statistics == null) {
            PublishedStatistics shippedOnes = readShipped();
            statistics = shippedOnes;
            Path loaded = loadedFile();
            if (loaded != null && Files.isRegularFile(loaded)) {
                List<ImportProblem> problems = new ArrayList<>();
                PublishedStatistics newer = readIndicators(loaded, problems);
                if (problems.isEmpty()) {
                    statistics = shippedOnes.updatedWith(newer);
                } else {
                    // It was checked when loaded: something has changed it since. The shipped figures still serve.
                    warning = "The published statistics loaded earlier (" + loaded + ") can no longer be read ("
                            + problems.get(0) + "): the figures shipped with the planner are shown. Load the DfE's "
                            + "file again with File › Update published statistics.";
                }
            }
        }
        return statistics;
    }

    /** Why the figures loaded earlier are not shown, or empty. */
    public synchronized String warning() {
        statistics();
        return warning;
    }

    /** What loading a file did: how many place-years it gave and which years, or every problem that stopped it. */
    public record Outcome(int rows, List<Integer> years, List<ImportProblem> problems) {
        public boolean loaded() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks a file of the DfE's workforce indicators whole and, only when every row is right, keeps it beside
     * those loaded before (a place's year in it replaces the same one before) for every later start.
     */
    public synchronized Outcome load(Path file) {
        if (folder == null) {
            throw new IllegalStateException("published statistics can be loaded only into a data folder");
        }
        List<ImportProblem> problems = new ArrayList<>();
        PublishedStatistics newer = readIndicators(file, problems);
        if (!problems.isEmpty()) {
            return new Outcome(0, List.of(), SimilarProblems.grouped(problems));
        }
        if (newer.rows() == 0) {
            problems.add(new ImportProblem(file.getFileName().toString(), 0, "", "the file holds no figures."));
            return new Outcome(0, List.of(), problems);
        }
        PublishedStatistics before = statistics();
        try {
            Files.createDirectories(folder);
            Path kept = loadedFile();
            Path written = Files.createTempFile(folder, "published", ".csv");
            try {
                List<ImportProblem> none = new ArrayList<>();
                PublishedStatistics all = Files.isRegularFile(kept) ? readIndicators(kept, none).updatedWith(newer) : newer;
                IndicatorsCsv.write(all, written);
                Files.move(written, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The published statistics could not be kept in " + folder + ": "
                    + e.getMessage(), e);
        }
        statistics = before.updatedWith(newer);
        warning = "";
        return new Outcome(newer.rows(), newer.years(), List.of());
    }

    private Path loadedFile() {
        return folder == null ? null : folder.resolve(UPDATES);
    }

    private static PublishedStatistics readShipped() {
        PublishedStatistics.Builder builder = new PublishedStatistics.Builder();
        List<ImportProblem> problems = new ArrayList<>();
        try (CsvRows rows = shippedRows(INDICATORS, problems::add)) {
            IndicatorsFile.read(rows, builder, problems::add, INDICATORS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CsvRows rows = shippedRows(NEIGHBOURS, problems::add)) {
            NeighboursFile.read(rows, builder, problems::add, NEIGHBOURS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped published statistics do not read: " + problems.get(0));
        }
        return builder.build();
    }

    private static CsvRows shippedRows(String name, Consumer<ImportProblem> problems) {
        return CsvRows.open(name, 300_000, () -> {
            InputStream in = PublishedLibrary.class.getResourceAsStream(SHIPPED + name);
            if (in == null) {
                throw new IOException("it is missing from the planner");
            }
            return in;
        }, problems);
    }

    static PublishedStatistics readIndicators(Path file, List<ImportProblem> problems) {
        PublishedStatistics.Builder builder = new PublishedStatistics.Builder();
        try (CsvRows rows = CsvRows.open(file, problems::add)) {
            IndicatorsFile.read(rows, builder, problems::add, file.getFileName().toString());
            if (problems.isEmpty() && !rows.readWhole()) {
                problems.add(new ImportProblem(file.getFileName().toString(), 0, "", "the file was not read to its end."));
            }
        } catch (IOException e) {
            problems.add(new ImportProblem(file.getFileName().toString(), 0, "", "the file cannot be read: "
                    + e.getMessage() + "."));
        }
        return builder.build();
    }
}
