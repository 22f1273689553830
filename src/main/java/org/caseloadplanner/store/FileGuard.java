package org.caseloadplanner.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.type.MetaType;
import org.h2.result.SearchRow;

/**
 * Reads the list of what a database file defines (its tables, indexes, constraints ...) straight from the
 * file, before the database engine is let near it, and refuses a file that defines anything able to run
 * code: the engine would run a trigger's Java source while merely opening the file.
 */
final class FileGuard {

    /** The kinds of definition a planner file holds: tables, indexes, users, sequences, constraints, settings. */
    private static final Set<Integer> PLANNER_KINDS = Set.of(0, 1, 2, 3, 5, 6);
    /**
     * Words that, in a definition of a kind the planner makes, would reach outside the database: files, other
     * databases, classes. (Triggers and stored functions are kinds of their own, refused by kind.)
     */
    private static final List<String> REACHING_OUT = List.of("FILE_WRITE", "FILE_READ", "CSVWRITE", "CSVREAD",
            "LINK_SCHEMA", "LINKED TABLE", "ENGINE", "JAVA_OBJECT_SERIALIZER", "RUNSCRIPT");

    /** The meta table, in which the engine keeps each definition as the statement that makes it. */
    private static final String DEFINITIONS = "table.0";
    private static final int KIND = 2;
    private static final int STATEMENT = 3;

    private FileGuard() {
    }

    /**
     * Refuses the file when it defines anything the planner never makes.
     *
     * @return whether the file was closed cleanly when last used
     * @param key the engine's file key when the file is encrypted, else null
     * @throws DatabaseException saying why the file was not opened
     * @throws MVStoreException  when the file cannot be read (damaged, not a database, wrong password)
     */
    static boolean check(Path file, char[] key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).readOnly();
        if (key != null) {
            builder.encryptionKey(key.clone());
        }
        MVStore store = builder.open();
        try {
            TransactionStore transactions = new TransactionStore(store,
                    new MetaType<>(null, store.backgroundExceptionHandler), new ValueDataType(), 0);
            transactions.init();
            if (!store.hasMap(DEFINITIONS)) {
                throw notPlanner(file);
            }
            Transaction reading = transactions.begin();
            TransactionMap<Object, Object> definitions = reading.openMap(DEFINITIONS);
            for (Object value : definitions.values()) {
                if (!(value instanceof SearchRow row)) {
                    throw notPlanner(file);
                }
                int kind = row.getValue(KIND).getInt();
                String statement = row.getValue(STATEMENT).getString();
                if (!PLANNER_KINDS.contains(kind) || reachesOut(statement)) {
                    throw new DatabaseException(file.getFileName() + " holds database code (such as a trigger or a "
                            + "stored function) that Caseload Planner never makes, so it was not opened and nothing "
                            + "in it ran. Ask whoever sent it for a copy saved by the planner.");
                }
            }
            return store.getStoreHeader().containsKey("clean");
        } finally {
            store.closeImmediately();
        }
    }

    private static boolean reachesOut(String statement) {
        String upper = statement.toUpperCase(Locale.ROOT);
        return REACHING_OUT.stream().anyMatch(upper::contains);
    }

    private static DatabaseException notPlanner(Path file) {
        return new DatabaseException("The file " + file + " is not a Caseload Planner database, or it is damaged.");
    }
}
