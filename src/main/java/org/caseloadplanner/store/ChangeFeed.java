package org.caseloadplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What other planners change on a council's database, as the server announces each commit (migration V6 of
 * PostgreSQL). Listens on a connection of its own, on a thread of its own; after the connection is lost it
 * connects again and says that everything may have changed, since what was announced meanwhile is gone.
 */
public final class ChangeFeed implements AutoCloseable {

    /** The server's channel, as the migration names it. */
    static final String CHANNEL = "caseload_planner";
    private static final int WAIT_MS = 250;
    private static final long RETRY_MS = 2_000;

    /**
     * One announced change.
     *
     * @param kind what changed: allocation, case, worker, worker-deleted, teams, policy, duty or council
     * @param ids  the ids of the changed records (case ids for allocations); empty for "all of that kind"
     */
    public record Change(String kind, Set<Long> ids) {
        /** Everything may have changed: the feed was cut off and may have missed announcements. */
        public static final Change EVERYTHING = new Change("*", Set.of());

        public boolean all() {
            return ids.isEmpty();
        }
    }

    private final DataSource pool;
    private final String self;
    private final Consumer<List<Change>> handler;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param self    the application name of this planner's connections: its own changes are not announced to it
     * @param handler told of each batch of other planners' changes, on the feed's thread
     */
    ChangeFeed(DataSource pool, String self, Consumer<List<Change>> handler) {
        this.pool = pool;
        this.self = self;
        this.handler = handler;
        this.thread = new Thread(this::run, "caseload-changes");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        boolean reconnected = false;
        while (!closed) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                if (reconnected) {
                    handler.accept(List.of(Change.EVERYTHING));
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MS);
                    List<Change> changes = arrived == null ? List.of() : parse(arrived, self);
                    if (!changes.isEmpty()) {
                        handler.accept(changes);
                    }
                }
                s.execute("UNLISTEN " + CHANNEL); // the connection goes back to the pool
                return;
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                reconnected = true;
                pause();
            }
        }
    }

    /** Other planners' changes in the order they were committed; this planner's own are left out. */
    static List<Change> parse(PGNotification[] arrived, String self) {
        List<Change> changes = new ArrayList<>();
        for (PGNotification n : arrived) {
            Change change = parse(n.getParameter(), self);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** One payload, {@code sender|kind:ids}; null for this planner's own or one it cannot read. */
    static Change parse(String payload, String self) {
        int bar = payload.indexOf('|');
        int colon = payload.indexOf(':', bar + 1);
        if (bar < 0 || colon < 0 || payload.substring(0, bar).equals(self)) {
            return null;
        }
        String kind = payload.substring(bar + 1, colon);
        String list = payload.substring(colon + 1);
        Set<Long> ids = new LinkedHashSet<>();
        if (!list.equals("*")) {
            try {
                for (String id : list.split(",")) {
                    ids.add(Long.parseLong(id));
                }
            } catch (NumberFormatException e) {
                ids.clear(); // unreadable ids: treat it as "all of that kind", which is never wrong
            }
        }
        return new Change(kind, Set.copyOf(ids));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true; // the thread sees it within one wait
        try {
            thread.join(WAIT_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
