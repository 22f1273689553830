package org.caseloadplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.MVPrimaryIndex;
import org.h2.mvstore.db.MVSecondaryIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.result.SearchRow;
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
     * Writes what has been committed to the file now and forces it to the disk, so a commit that returned
     * survives the process being killed and the machine losing power. Left to itself the engine writes up to
     * half a second later, from a thread of its own, and never forces a write to the disk; that thread still does
     * the writing while a long import runs, which keeps the import fast. The force comes whether or not there was
     * anything left to write here: the engine's own thread may have written this commit a moment before.
     */
    void storeCommitted() {
        if (store.isClosed() || store.isReadOnly()) {
            return;
        }
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
        store.sync();
    }

    /**
     * The tables whose indexes do not hold the same rows as the table itself: empty when the file is whole.
     *
     * @param thorough compare the very rows each index points at with the table's, rather than their counts
     */
    static List<String> disagreements(Connection connection, boolean thorough) throws SQLException {
        SessionLocal session = session(connection);
        List<String> found = new ArrayList<>();
        for (Schema schema : session.getDatabase().getAllSchemasNoMeta()) {
            for (Table table : schema.getAllTablesAndViews(session)) {
                if (!(table instanceof MVTable) || !(table.getScanIndex(session) instanceof MVPrimaryIndex primary)) {
                    continue;
                }
                MVMap<Long, ?> rows = primary.getMVMap();
                long[] rowKeys = thorough ? rowKeys(rows) : null;
                for (Index index : table.getIndexes()) {
                    if (!(index instanceof MVSecondaryIndex secondary)) {
                        continue; // the primary key's index is the table itself
                    }
                    MVMap<SearchRow, ?> entries = secondary.getMVMap();
                    if (entries.sizeAsLong() != rows.sizeAsLong()
                            || thorough && !Arrays.equals(rowKeys, pointedAt(entries))) {
                        found.add(table.getName() + " (" + rows.sizeAsLong() + " rows, " + entries.sizeAsLong()
                                + " entries in " + index.getName() + ")");
                    }
                }
            }
        }
        return found;
    }

    /** The keys of a table's rows, in order. */
    private static long[] rowKeys(MVMap<Long, ?> rows) {
        long[] keys = new long[Math.toIntExact(rows.sizeAsLong())];
        int i = 0;
        for (java.util.Iterator<Long> it = rows.keyIterator(null); it.hasNext() && i < keys.length; ) {
            keys[i++] = it.next();
        }
        return i == keys.length ? keys : Arrays.copyOf(keys, i);
    }

    /** The keys of the rows an index's entries point at, in order. */
    private static long[] pointedAt(MVMap<SearchRow, ?> entries) {
        long[] keys = new long[Math.toIntExact(entries.sizeAsLong())];
        int i = 0;
        for (java.util.Iterator<SearchRow> it = entries.keyIterator(null); it.hasNext() && i < keys.length; ) {
            keys[i++] = it.next().getKey();
        }
        long[] pointed = i == keys.length ? keys : Arrays.copyOf(keys, i);
        Arrays.sort(pointed);
        return pointed;
    }

    private static SessionLocal session(Connection connection) throws SQLException {
        return (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    }
}
