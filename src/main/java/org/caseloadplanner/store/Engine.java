package org.caseloadplanner.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
        MVStore store = session(connection).getDatabase().getStore().getMvStore();
        if (!store.isReadOnly() && !Boolean.getBoolean("caseload.trial.reuseSpace")) {
            // Each commit's pages go at the end of the file, never into space freed earlier: after a crash the engine
            // finds the newest pages by following the chain from the end, and can miss pages written into a gap, so a
            // commit forced to the disk there would be lost (reliability.md; the trial switch puts the old way back).
            store.setReuseSpace(false);
        }
        return new Engine(store);
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
     * Lets the engine move pages into space freed earlier again, for the file's clean close only: it then packs the
     * file and cuts it short, which it cannot while every page must go at the end (the file would only grow).
     */
    void packOnClose() {
        if (!store.isClosed() && !store.isReadOnly()) {
            store.setReuseSpace(true);
        }
    }

    /**
     * Copies the file as it stands, every commit in it, to a new file forced to the disk, while the file stays open:
     * the engine's own online backup, which keeps the pages it copies where they are meanwhile, written straight to
     * the copy rather than into a zip.
     */
    void copyTo(Path copy) throws IOException {
        store.commit();
        try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream sink = new BufferedOutputStream(Channels.newOutputStream(out), 1 << 20);
            store.getFileStore().backup(new StraightTo(sink));
            sink.flush();
            out.force(true);
        }
    }

    /** Takes the one entry the engine's backup writes, as it is, without compressing it into a zip. */
    private static final class StraightTo extends ZipOutputStream {
        private final OutputStream sink;

        StraightTo(OutputStream sink) {
            super(OutputStream.nullOutputStream());
            this.sink = sink;
        }

        @Override
        public void putNextEntry(ZipEntry entry) {
        }

        @Override
        public void closeEntry() {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            sink.write(bytes, offset, length);
        }
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
