package org.caseloadplanner.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.caseloadplanner.store.ServerAddress;

/**
 * A council's database on the test server set up as the guide says: an empty database owned by a login of its own
 * that may make roles, which then runs server-setup. Every name starts with the database's, so tests never meet.
 */
public final class CouncilServer {

    public static final String OWNER_PASSWORD = "the owner long pass phrase";

    private CouncilServer() {
    }

    /** A new, empty database whose owner is {@code DATABASE_owner}; the address logs in as the owner. */
    public static ServerAddress newOwnedDatabase() {
        ServerAddress empty = TestServer.newEmptyDatabase();
        String owner = empty.database() + "_owner";
        TestServer.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD '" + OWNER_PASSWORD + "'",
                "ALTER DATABASE " + empty.database() + " OWNER TO " + owner);
        return as(empty, owner);
    }

    /** The same database, logging in as someone else. */
    public static ServerAddress as(ServerAddress database, String user) {
        return new ServerAddress(database.host(), database.port(), database.database(), user, false);
    }

    /** A login on the server that is in no group, as any other account on a council's server would be. */
    public static void login(String name, String password) {
        TestServer.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
    }

    /** A connection of the login's own, as psql would have: what it may do by hand, outside the planner. */
    public static Connection connect(ServerAddress address, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + address.host() + ":" + address.port() + "/"
                + address.database(), address.user(), password);
    }

    /** Runs one statement as the login, by hand. */
    public static void execute(ServerAddress address, String password, String sql) throws SQLException {
        try (Connection c = connect(address, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
