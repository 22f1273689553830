package org.caseloadplanner.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The server's own catalogue as the set-up and the logins read it: who is logged in and what they may do,
 * whether a role exists and whom it holds, and a connection of its own to ask on.
 */
final class RoleCatalog {

    private RoleCatalog() {
    }

    /** A name as SQL takes it whatever it holds: {@code jo.smith} becomes {@code "jo.smith"}. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static boolean truth(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** A connection of its own, outside the planner's pool: the set-up looks before the tables are touched. */
    static Connection open(ServerAddress server, char[] password) {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", password == null ? "" : new String(password));
        properties.setProperty("ApplicationName", "Caseload Planner set-up");
        properties.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(server.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw ServerProblems.cannotConnect(server, password != null && password.length > 0, new IllegalStateException(e));
        }
    }

    static DatabaseException failed(ServerAddress server, SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new DatabaseException(server.user() + " may not do that on " + server.host() + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
        return new DatabaseException("The server " + server.host() + " refused: " + e.getMessage()
                + ". Nothing was changed.", e);
    }

    record Role(boolean login, boolean superuser) {
    }

    static Role role(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Role(rs.getBoolean(1), rs.getBoolean(2)) : null;
            }
        }
    }

    static boolean memberOf(Connection c, String person, String group) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT 1 FROM pg_auth_members WHERE roleid = (SELECT oid FROM pg_roles WHERE rolname = ?)
                AND member = (SELECT oid FROM pg_roles WHERE rolname = ?)""")) {
            s.setString(1, group);
            s.setString(2, person);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Who is logged in, and what they may do on the server. */
    record Login(String name, String database, String databaseOwner, String tablesOwner, boolean superuser,
                         boolean createRole) {

        /** Set-up and logins are the owner's to change (or a superuser's, for logins only). */
        void refuseUnlessOwner(ServerAddress server, String command, boolean ownerOnly) {
            if (!name.equals(databaseOwner) && (ownerOnly || !superuser)) {
                throw new DatabaseException(command + " is run as the owner of " + server.shown() + ", "
                        + databaseOwner + ", not as " + name + ": give --db " + server.writtenFor(databaseOwner) + ".");
            }
            if (tablesOwner != null && !tablesOwner.equals(databaseOwner)) {
                throw new DatabaseException("The tables of " + server.shown() + " belong to " + tablesOwner
                        + ", not to the database's owner " + databaseOwner + ": ask the server's administrator to run "
                        + "REASSIGN OWNED BY " + quote(tablesOwner) + " TO " + quote(databaseOwner) + " in it.");
            }
        }
    }

    static Login login(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT session_user, current_database(), pg_get_userbyid(d.datdba),
                       (SELECT pg_get_userbyid(relowner) FROM pg_class
                        WHERE oid = to_regclass('flyway_schema_history')),
                       r.rolsuper, r.rolcreaterole OR r.rolsuper
                FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = session_user""")) {
            rs.next();
            return new Login(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                    rs.getBoolean(6));
        }
    }
}
