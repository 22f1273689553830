package org.caseloadplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.testsupport.Fixtures;
import org.caseloadplanner.testsupport.Register;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.type.MetaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose tables and indexes disagree is never shown: the user is told, and offered the backup. */
class DamagedFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseIndexLostAnEntryIsRefusedWithAPlainMessage() throws Exception {
        Path file = plannerWithAllocations();
        damage(file, "index.");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> FileDatabase.open(file, FileDatabase.Access.normal().forReview()))
                .isInstanceOf(FileDatabase.DamagedFileException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before); // a review leaves it exactly as found
        assertThatThrownBy(() -> FileDatabase.open(file)).isInstanceOf(FileDatabase.DamagedFileException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("Put your last backup");
    }

    @Test
    void aFileWhoseTableLostARowThatAnIndexStillPointsAtIsRefused() throws Exception {
        Path file = plannerWithAllocations();
        damage(file, "table.");
        assertThatThrownBy(() -> FileDatabase.open(file)).isInstanceOf(FileDatabase.DamagedFileException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void afterACrashAnIndexPointingAtTheWrongRowsIsFoundThoughTheCountsAgree() throws Exception {
        Path file = plannerWithAllocations();
        crashAfter(file, tx -> {
            // One row goes from the table and a different one from an index: the counts still agree.
            TransactionMap<Object, Object> rows = tx.openMap(mapsOf(tx, "table.", "CREATE CACHED TABLE \"PUBLIC\".\"ALLOCATION\"").get(0));
            Object gone = rows.firstKey();
            Object stillThere = rows.lastKey();
            rows.remove(gone);
            for (String index : mapsOf(tx, "index.", "ON \"PUBLIC\".\"ALLOCATION\"(")) {
                TransactionMap<Object, Object> entries = tx.openMap(index);
                for (Object entry : new java.util.ArrayList<>(entries.keySet())) {
                    if (((org.h2.result.SearchRow) entry).getKey() == (Long) stillThere) {
                        entries.remove(entry);
                    }
                }
            }
        });
        assertThatThrownBy(() -> FileDatabase.open(file)).isInstanceOf(FileDatabase.DamagedFileException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aWholeFileOpensAfterACheck() throws Exception {
        Path file = plannerWithAllocations();
        try (Database db = FileDatabase.open(file)) {
            int rows = db.read(h -> h.createQuery("SELECT COUNT(*) FROM allocation").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(3);
        }
    }

    private Path plannerWithAllocations() {
        try (Register r = new Register(dir)) {
            Team team = r.team("Assessment Team");
            Worker w = r.worker("Amira Khan", team);
            for (int i = 0; i < 3; i++) {
                Case c = r.cases.add(Fixtures.openCase("CH-10" + i));
                r.allocations.allocate(c.id(), w.id(), LocalDate.of(2025, 2, 1), ChangeReason.FCONTA, null);
            }
            return r.db.file();
        }
    }

    /** Changes the file behind the engine's back and stops without closing it, as a killed process would. */
    private static void crashAfter(Path file, java.util.function.Consumer<Transaction> change) {
        changeBehindTheEngine(file, true, change);
    }

    /** Commits a change straight into the engine's store, then closes it cleanly or stops as if killed. */
    private static void changeBehindTheEngine(Path file, boolean crash, java.util.function.Consumer<Transaction> change) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        TransactionStore transactions = new TransactionStore(store,
                new MetaType<>(null, store.backgroundExceptionHandler), new ValueDataType(), 0);
        transactions.init();
        Transaction tx = transactions.begin();
        change.accept(tx);
        tx.commit();
        store.commit();
        if (crash) {
            store.closeImmediately();
        } else {
            store.close();
        }
    }

    /** The maps of the tables or indexes whose definition holds the text, found in the engine's own list. */
    private static java.util.List<String> mapsOf(Transaction tx, String kind, String definition) {
        TransactionMap<Object, Object> definitions = tx.openMap("table.0");
        java.util.List<String> maps = new java.util.ArrayList<>();
        for (Object value : definitions.values()) {
            org.h2.result.SearchRow row = (org.h2.result.SearchRow) value;
            String statement = row.getValue(3).getString();
            if (statement.contains(definition) && !statement.contains("PRIMARY KEY")) {
                maps.add(kind + row.getValue(0).getInt());
            }
        }
        return maps;
    }

    /** Removes one entry behind the engine's back from the allocation table or one of its indexes, as a torn write would. */
    private static void damage(Path file, String kind) {
        changeBehindTheEngine(file, false, tx -> {
            String definition = kind.equals("table.") ? "CREATE CACHED TABLE \"PUBLIC\".\"ALLOCATION\""
                    : "ON \"PUBLIC\".\"ALLOCATION\"(";
            TransactionMap<Object, Object> map = tx.openMap(mapsOf(tx, kind, definition).get(0));
            map.remove(map.firstKey());
        });
    }
}
