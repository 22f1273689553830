package org.caseloadplanner.store;

import java.util.List;

/**
 * A council's shared database before any real data is in it, where IT may put the fictional demo council to see
 * the planner working on their own server: what it holds, and numbering its rows from 1 as a new file does.
 */
public final class FreshServer {

    /** The tables whose rows the demo council numbers itself, as a new file would number them. */
    private static final List<String> NUMBERED = List.of("team", "social_worker", "child_case");

    /** What a council's database holds: none of each on a fresh one. */
    public record Held(long teams, long workers, long cases, long allocations) {
        public boolean isEmpty() {
            return teams == 0 && workers == 0 && cases == 0 && allocations == 0;
        }
    }

    private FreshServer() {
    }

    public static Held held(Database db) {
        return db.read(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM team), (SELECT COUNT(*) FROM social_worker), "
                + "(SELECT COUNT(*) FROM child_case), (SELECT COUNT(*) FROM allocation)")
                .map((rs, ctx) -> new Held(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).one());
    }

    /**
     * Numbers the next team, worker and case from 1 again, as they are on a new file: rows added and taken away
     * before leave the server's numbering further on. Only the database's owner may; the tables must be empty.
     */
    public static void numberFromOne(Database db) {
        if (!db.isServer()) {
            throw new IllegalStateException("A new file numbers its rows from 1 already");
        }
        if (!held(db).isEmpty()) {
            throw new IllegalStateException("Only an empty database is numbered again");
        }
        try {
            db.jdbi().useHandle(h -> NUMBERED.forEach(table ->
                    h.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH 1")));
        } catch (org.jdbi.v3.core.JdbiException e) {
            ServerAddress server = db.server().orElseThrow();
            if (ServerProblems.refusedPrivilege(e)) {
                throw new DatabaseException("Only the owner of " + server.shown() + " may put the demo council in it, "
                        + "and " + server.user() + " is not: run it as the database's owner.", e);
            }
            throw e;
        }
    }
}
