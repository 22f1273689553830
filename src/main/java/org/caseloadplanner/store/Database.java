package org.caseloadplanner.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.caseloadplanner.domain.ActionRefusedException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The planner's database, whichever engine keeps it: an embedded H2 file ({@link FileDatabase}: a demo, a single
 * team, a copy for review) or a council's shared PostgreSQL server ({@link ServerDatabase}). Services and stores
 * see only this: one transaction per user action, reads, and what the engine does in its own way (a commit put on
 * the disk, an import kept whole, a backup, other planners' changes).
 */
public abstract class Database implements AutoCloseable {

    private final Jdbi jdbi;
    private final boolean readOnly;

    /**
     * @param allocationLock the words that lock a worker's row while an allocation to them is checked
     */
    Database(javax.sql.DataSource source, boolean readOnly, String allocationLock) {
        this.jdbi = Jdbi.create(source);
        jdbi.define("allocationLock", allocationLock);
        this.readOnly = readOnly;
    }

    public final boolean isReadOnly() {
        return readOnly;
    }

    public final Jdbi jdbi() {
        return jdbi;
    }

    /** Runs one user action as one transaction: all of it is written, or none. */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
        try (var writing = startWriting()) {
            R result = jdbi.inTransaction(work);
            committed();
            return result;
        } catch (JdbiException e) {
            throw refusal(e);
        }
    }

    public final void useTransaction(Consumer<Handle> work) {
        inTransaction(h -> {
            work.accept(h);
            return null;
        });
    }

    /**
     * Runs one user action as one transaction, and when the connection to a council's server breaks as it is
     * committed (so whether the server kept it is not known), asks the server again, on a new connection,
     * whether {@code landed} finds it: the manager is told what really happened, never a guess.
     *
     * @param landed looks, in the committed data, for a mark only this action writes (an id it made)
     */
    public final <R> R inTransaction(HandleCallback<R, RuntimeException> work,
                                     HandleCallback<Boolean, RuntimeException> landed) {
        AtomicReference<R> made = new AtomicReference<>();
        try {
            return inTransaction(h -> {
                R result = work.withHandle(h);
                made.set(result);
                return result;
            });
        } catch (CommitOutcomeUnknownException e) {
            Boolean kept = ConnectionLoss.askAgain(() -> jdbi.withHandle(landed));
            if (kept == null) {
                throw e;
            }
            if (kept) {
                return made.get();
            }
            throw new ActionRefusedException("The connection to " + shownName() + " broke before your change was "
                    + "saved, so nothing was saved. Try again.");
        }
    }

    /**
     * Runs a large change (an extract's import) as one transaction that is there whole or not at all, even if the
     * planner is killed or the power fails while it is written. Other changes wait until it is done.
     */
    public abstract void inWholeTransaction(Consumer<Handle> work);

    public final <R> R read(HandleCallback<R, RuntimeException> work) {
        return jdbi.withHandle(work);
    }

    /** Holds other writers off while one writes, where the engine needs it; closed when the writing is over. */
    interface Writing extends AutoCloseable {
        @Override
        void close();
    }

    /** Where the engine must keep writes apart (a file being put in place), waits its turn; by default, nothing. */
    Writing startWriting() {
        return () -> { };
    }

    /** After each commit: what the engine needs so the commit is on the disk before it is reported. */
    abstract void committed();

    /** A write the engine refused, said in the words a manager is given; anything else unchanged. */
    abstract RuntimeException refusal(JdbiException e);

    /** The file this database is kept in; a server's has none, so ask {@link #isServer} first where both can be open. */
    public abstract Path file();

    /** The server database's address; empty for a file. */
    public abstract Optional<ServerAddress> server();

    /** True for a council's shared database, which other planners change at the same time. */
    public final boolean isServer() {
        return server().isPresent();
    }

    /** How the window and messages name the database: the file's name, or the database and its server. */
    public abstract String shownName();

    /**
     * Tells the handler, on a thread of its own, of every change other planners commit, until this database is
     * closed. Only a shared database has other planners, so by default nothing is started.
     */
    public void listen(Consumer<List<ChangeFeed.Change>> handler) {
    }

    /**
     * The tables whose indexes disagree with them, as opening checks: empty when the database is whole.
     *
     * @param thorough look up every index entry in its table, as after a crash, rather than compare counts
     */
    public List<String> indexDisagreements(boolean thorough) {
        return List.of();
    }

    /** Writes a consistent backup of the whole database, while it is open, to a zip file; refuses to overwrite one. */
    public abstract void backup(Path zip);

    /** Saves a copy of the database as a file of its own, which can then be opened anywhere; refuses to overwrite one. */
    public abstract void saveCopy(Path copy);

    /**
     * Writes everything in a council's shared database to a new file encrypted with the password, for a practice
     * lead to take away and open for review. Refuses to overwrite a file.
     */
    public abstract void saveReviewCopy(Path copy, char[] password);

    @Override
    public abstract void close();
}
