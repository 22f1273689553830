package org.caseloadplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Makes the empty planner file that new files start as ({@link Database#EMPTY_SCHEMA}), by running every
 * migration on a new file. The build runs it once its classes and migrations are in place, so the template
 * always matches the migrations it ships with.
 */
public final class EmptySchemaTemplate {

    private EmptySchemaTemplate() {
    }

    /** Usage: EmptySchemaTemplate CLASSES_FOLDER — writes the template beside Database's class in it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EmptySchemaTemplate CLASSES_FOLDER");
        }
        Path target = Path.of(args[0]).resolve(Database.class.getPackageName().replace('.', '/'))
                .resolve(FileDatabase.EMPTY_SCHEMA);
        write(target);
    }

    /** Writes the template to the given file, replacing an older one. */
    static void write(Path target) throws IOException {
        Path folder = Files.createTempDirectory("caseload-template");
        try {
            Path made = folder.resolve(FileDatabase.EMPTY_SCHEMA);
            // Closed cleanly, so a copy opens without crash checks, and compacted: no gaps left for the copy's first
            // writes to fall into, so it grows from its end as a file the migrations made does.
            FileDatabase.createMigrated(made).closeCompacted();
            Files.createDirectories(target.getParent());
            Files.copy(made, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
