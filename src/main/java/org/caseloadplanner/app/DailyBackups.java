package org.caseloadplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;

/**
 * A backup of each database file, at most one a day, kept in the data folder's {@code backups} folder (the
 * newest few of each file), so a file damaged by a failing disk can be put back as it was that morning.
 */
public final class DailyBackups {

    static final String FOLDER = "backups";
    private static final int KEPT = 3;

    private final Path folder;

    public DailyBackups(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    /** Writes today's backup of the open file unless there is one; then keeps only the newest few. */
    public Optional<Path> backUpToday(Database db, LocalDate today) throws IOException {
        if (db.isReadOnly()) {
            return Optional.empty(); // a file under review is someone else's, and is never changed
        }
        Files.createDirectories(folder);
        Path zip = folder.resolve(base(db.file()) + "-" + today + ".zip");
        if (Files.exists(zip)) {
            return Optional.empty();
        }
        db.backup(zip);
        List<Path> all = backupsOf(db.file());
        for (Path old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return Optional.of(zip);
    }

    /** The newest backup of the file, if any was made. */
    public Optional<Path> latest(Path databaseFile) {
        try {
            return backupsOf(databaseFile).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The day a backup was made, from its name. */
    public static LocalDate dayOf(Path backup) {
        String name = backup.getFileName().toString();
        return LocalDate.parse(name.substring(name.length() - "yyyy-mm-dd.zip".length(), name.length() - 4));
    }

    /** Newest first: the date in each name sorts as the days do. */
    private List<Path> backupsOf(Path databaseFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = base(databaseFile) + "-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".zip")
                        && name.substring(prefix.length(), name.length() - 4).matches("\\d{4}-\\d{2}-\\d{2}");
            }).sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        }
    }

    /** The file's name and a mark of its folder: two files of one name in two folders never share backups. */
    private static String base(Path databaseFile) {
        Path file = FileNames.normalise(databaseFile);
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - FileNames.SUFFIX.length()) + "-"
                + String.format("%08x", file.toString().hashCode());
    }
}
