package org.caseloadplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.MVTable;
import org.h2.schema.Schema;
import org.h2.table.Table;

/**
 * What the planner asks of the embedded engine beyond SQL: that a commit is in the file before it is
 * reported, and whether a file's tables and indexes still agree.
 */
final class Engine {

    private final MVStore store;

    private Engine(MVStore store) {
        this.store = store;
    }

    /** The engine behind an open connection of an embedded file database. */
    static Engine of(Connection connection) throws SQLException {
        return new Engine(session(connection).getDatabase().getStore().getMvStore());
    }

    /**
     * Writes what has been committed to the file now, so a commit that returned survives the process being
     * killed. The engine already does so as each transaction ends, but skips it when another thread is
     * writing at that moment; this waits for that writer instead.
     */
    void storeCommitted() {
        if (!store.isClosed() && !store.isReadOnly() && store.hasUnsavedChanges()) {
            store.commit();
        }
    }

    /**
     * The tables whose indexes do not hold the same rows as the table itself: empty when the file is whole.
     *
     * @param thorough read every entry of every index and find its row, rather than compare counts
     */
    static List<String> disagreements(Connection connection, boolean thorough) throws SQLException {
        SessionLocal session = session(connection);
        List<String> found = new ArrayList<>();
        for (Schema schema : session.getDatabase().getAllSchemasNoMeta()) {
            for (Table table : schema.getAllTablesAndViews(session)) {
                if (!(table instanceof MVTable)) {
                    continue;
                }
                Index scan = table.getScanIndex(session);
                long rows = scan.getRowCount(session);
                for (Index index : table.getIndexes()) {
                    if (index == scan || index.isRowIdIndex()) {
                        continue;
                    }
                    try {
                        long entries = thorough ? resolvedEntries(session, index) : index.getRowCount(session);
                        if (entries != rows) {
                            found.add(table.getName() + " (" + rows + " rows, " + entries + " in " + index.getName() + ")");
                        }
                    } catch (RuntimeException e) {
                        // An index entry whose row is gone is the very damage looked for.
                        found.add(table.getName() + " (" + index.getName() + " points at rows that are gone)");
                    }
                }
            }
        }
        return found;
    }

    /** Counts an index's entries, fetching each one's row from the table, which fails if it is missing. */
    private static long resolvedEntries(SessionLocal session, Index index) {
        long count = 0;
        Cursor cursor = index.find(session, null, null, false);
        while (cursor.next()) {
            if (cursor.get() == null) {
                throw new IllegalStateException("an index entry without its row");
            }
            count++;
        }
        return count;
    }

    private static SessionLocal session(Connection connection) throws SQLException {
        return (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    }
}
