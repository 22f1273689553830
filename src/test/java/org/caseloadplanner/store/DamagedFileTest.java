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
        assertThatThrownBy(() -> Database.open(file, Database.Access.normal().forReview()))
                .isInstanceOf(Database.DamagedFileException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before); // a review leaves it exactly as found
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(Database.DamagedFileException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("Restore your last backup");
    }

    @Test
    void aFileWhoseTableLostARowThatAnIndexStillPointsAtIsRefused() throws Exception {
        Path file = plannerWithAllocations();
        damage(file, "table.");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(Database.DamagedFileException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aWholeFileOpensAfterACheck() throws Exception {
        Path file = plannerWithAllocations();
        try (Database db = Database.open(file)) {
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

    /** Removes one entry behind the engine's back from the largest map of the kind named, as a torn write would. */
    private static void damage(Path file, String kind) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        try {
            TransactionStore transactions = new TransactionStore(store,
                    new MetaType<>(null, store.backgroundExceptionHandler), new ValueDataType(), 0);
            transactions.init();
            Transaction tx = transactions.begin();
            String largest = null;
            long most = 0;
            for (String name : store.getMapNames()) {
                if (name.startsWith(kind) && !name.equals("table.0")) {
                    long size = tx.openMap(name).sizeAsLong();
                    if (size > most) {
                        most = size;
                        largest = name;
                    }
                }
            }
            TransactionMap<Object, Object> map = tx.openMap(largest);
            map.remove(map.firstKey());
            tx.commit();
        } finally {
            store.close();
        }
    }
}
