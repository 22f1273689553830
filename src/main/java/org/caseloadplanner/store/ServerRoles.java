package org.caseloadplanner.store;

import static org.caseloadplanner.store.RoleCatalog.execute;
import static org.caseloadplanner.store.RoleCatalog.failed;
import static org.caseloadplanner.store.RoleCatalog.login;
import static org.caseloadplanner.store.RoleCatalog.open;
import static org.caseloadplanner.store.RoleCatalog.quote;
import static org.caseloadplanner.store.RoleCatalog.role;
import static org.caseloadplanner.store.RoleCatalog.text;
import static org.caseloadplanner.store.RoleCatalog.truth;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.caseloadplanner.store.RoleCatalog.Login;

/**
 * Who may do what on a council's shared database, set by the planner itself rather than by SQL pasted from a
 * guide. The database's owner (the login that made its tables) alone changes the schema and Flyway's history of
 * it. Everyone else is in one of two groups named after the database: {@code DATABASE_manager} changes the
 * register and adds to the allocation log, never changing or deleting a line of it; {@code DATABASE_reader} reads.
 * Only the two groups and the owner may connect. Privileges anyone was given by hand on the planner's tables go.
 */
public final class ServerRoles {

    /** The groups a person's login is put in. */
    public enum Group {
        MANAGER("manager", "may allocate"),
        READER("reader", "may read everything, change nothing");

        private final String suffix;
        private final String may;

        Group(String suffix, String may) {
            this.suffix = suffix;
            this.may = may;
        }

        /** The group's role on the server: the database's name and the group's, as {@code caseload_manager}. */
        public String roleIn(String database) {
            String role = database + "_" + suffix;
            if (role.getBytes(StandardCharsets.UTF_8).length > MAX_NAME) {
                throw new DatabaseException("The database's name, " + database + ", is too long to name its groups "
                        + "after it (" + role + "): PostgreSQL keeps 63 bytes of a name. Choose a shorter name.");
            }
            return role;
        }

        /** What a member may do, in a few words. */
        public String may() {
            return may;
        }

        /** What a member may do in the database, as a sentence's end. */
        String mayIn(String database) {
            return this == MANAGER ? "may allocate in " + database : "may read everything in " + database
                    + " and change nothing";
        }
    }

    /** PostgreSQL keeps this many bytes of a name and cuts the rest. */
    private static final int MAX_NAME = 63;
    /** Tables a manager may only read and add to: the record of who changed what. */
    private static final Set<String> ADD_ONLY = Set.of("allocation_log");
    /** Tables only the owner changes: Flyway's history of the migrations run, which every planner reads. */
    private static final Set<String> OWNER_ONLY = Set.of("flyway_schema_history");
    /** The one function a planner calls itself, in the triggers its writes fire: the announcement of a change. */
    private static final String ANNOUNCE = "planner_tell(text,text,bigint)";

    private ServerRoles() {
    }

    /**
     * Run once by the database's owner, and again after an upgrade: makes the groups when missing, sets up or brings
     * the tables up to date, and gives each group exactly what it needs. Changes nothing when run again.
     *
     * @return what was done, a line each
     */
    public static List<String> setUp(ServerAddress server, char[] password) {
        List<String> done = new ArrayList<>();
        String owner;
        String aclBefore;
        Set<String> strangers;
        String versionBefore;
        Map<Group, String> groups = new EnumMap<>(Group.class);
        try (Connection c = open(server, password)) {
            Login login = login(c);
            owner = login.name();
            login.refuseUnlessOwner(server, "server-setup", true);
            List<Group> missing = new ArrayList<>();
            for (Group g : Group.values()) {
                groups.put(g, g.roleIn(login.database()));
                if (role(c, groups.get(g)) == null) {
                    missing.add(g);
                }
            }
            if (!missing.isEmpty() && !login.createRole()) {
                throw new DatabaseException(names(missing, groups) + " " + (missing.size() == 1 ? "is" : "are")
                        + " not on the server yet, and " + owner + " may not make roles: ask the server's "
                        + "administrator to run " + administratorsGroups(groups, owner)
                        + ", then run server-setup again. Nothing was changed.");
            }
            aclBefore = privileges(c);
            strangers = strangers(c, groups.values());
            versionBefore = version(c);
            c.setAutoCommit(false);
            for (Group g : missing) {
                execute(c, "CREATE ROLE " + quote(groups.get(g)) + " NOLOGIN");
            }
            c.commit();
            for (Group g : Group.values()) {
                done.add((missing.contains(g) ? "Made the group " : "The group ") + groups.get(g) + " ("
                        + g.may() + ")" + (missing.contains(g) ? "." : " was already there."));
            }
        } catch (SQLException e) {
            throw failed(server, e);
        }
        ServerDatabase.connect(server, password).close(); // sets up or brings the tables up to date
        try (Connection c = open(server, password)) {
            String versionAfter = version(c);
            done.add(0, versionBefore == null ? "Set up the tables of " + server.shown() + " (version " + versionAfter
                    + ")." : versionBefore.equals(versionAfter) ? "The tables of " + server.shown() + " were up to "
                    + "date (version " + versionAfter + ")." : "Brought the tables of " + server.shown()
                    + " up to date: version " + versionBefore + " to " + versionAfter + ".");
            c.setAutoCommit(false);
            boolean publicMayCreate = grant(c);
            c.commit();
            done.add(privileges(c).equals(aclBefore) ? "What each may do was already as it should be."
                    : "Set what each may do: " + groups.get(Group.MANAGER) + " changes the register and adds to the "
                    + "allocation log, never changing a line of it; " + groups.get(Group.READER) + " reads; only "
                    + owner + " changes the tables and their migration history; only the two groups and " + owner
                    + " may connect.");
            if (!strangers.isEmpty()) {
                done.add("Took away what " + String.join(", ", strangers) + " had been given on these tables by hand: "
                        + "put each person in a group with server-login add instead.");
            }
            if (publicMayCreate) {
                done.add("Any login may still make tables in the schema public, which " + owner + " does not own "
                        + "(as in a database made before PostgreSQL 15): ask the server's administrator to run sudo -u "
                        + "postgres psql -d " + server.database() + " -c 'ALTER SCHEMA public OWNER TO "
                        + quote(owner) + "', then run server-setup again.");
            }
            done.add("Next: give each person a login with server-login add NAME --manager (or --reader).");
        } catch (SQLException e) {
            throw failed(server, e);
        }
        return done;
    }

    /** The name of a group on this database, for messages. */
    public static String groupName(ServerAddress server, Group group) {
        return group.roleIn(server.database());
    }

    /**
     * After the owner's migrations changed the tables: gives the groups what they need on the new ones, when the
     * groups exist (before the first server-setup they do not, and there is nobody to give anything to).
     */
    static void afterMigration(DataSource pool) {
        try (Connection c = pool.getConnection()) {
            String database = text(c, "SELECT current_database()");
            for (Group g : Group.values()) {
                if (role(c, g.roleIn(database)) == null) {
                    return;
                }
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                grant(c);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("The tables are up to date, but their groups could not be given what they "
                    + "need: run server-setup as the database's owner. For IT support: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the groups exactly their privileges on everything the logged-in owner owns in the schema, taking away
     * any others anyone was given on it; run in the caller's transaction.
     *
     * @return whether every login may still create tables in the schema (which only its owner can stop)
     */
    private static boolean grant(Connection c) throws SQLException {
        String database = text(c, "SELECT current_database()");
        String manager = quote(Group.MANAGER.roleIn(database));
        String reader = quote(Group.READER.roleIn(database));
        String groups = manager + ", " + reader;
        String db = quote(database);

        execute(c, "REVOKE ALL ON DATABASE " + db + " FROM " + others(c, """
                SELECT a.grantee FROM pg_database d, aclexplode(d.datacl) a
                WHERE d.datname = current_database() AND a.grantee <> d.datdba"""));
        execute(c, "GRANT CONNECT ON DATABASE " + db + " TO " + groups);
        execute(c, "REVOKE CREATE ON SCHEMA public FROM PUBLIC"); // only a warning when the owner does not own it
        execute(c, "GRANT USAGE ON SCHEMA public TO " + groups);

        List<String[]> relations = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.oid, quote_ident(c.relname), c.relname, c.relkind FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                  AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = session_user)
                ORDER BY c.relname""")) {
            while (rs.next()) {
                relations.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        for (String[] r : relations) {
            boolean sequence = r[3].equals("S");
            String on = (sequence ? " ON SEQUENCE " : " ON TABLE ") + r[1];
            execute(c, "REVOKE ALL" + on + " FROM " + others(c, "SELECT a.grantee FROM pg_class c, "
                    + "aclexplode(c.relacl) a WHERE c.oid = " + Long.parseLong(r[0]) + " AND a.grantee <> c.relowner"));
            if (sequence) {
                continue; // identity columns' own: an insert needs nothing on them
            }
            execute(c, "GRANT SELECT" + on + " TO " + groups);
            if (ADD_ONLY.contains(r[2])) {
                execute(c, "GRANT INSERT" + on + " TO " + manager);
            } else if (!OWNER_ONLY.contains(r[2]) && r[3].matches("[rp]")) {
                execute(c, "GRANT INSERT, UPDATE, DELETE" + on + " TO " + manager);
            }
        }

        List<String[]> functions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT p.oid, p.oid::regprocedure::text FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace
                  AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = session_user)
                ORDER BY 2""")) {
            while (rs.next()) {
                functions.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] f : functions) {
            String on = (isProcedure(c, f[0]) ? " ON PROCEDURE " : " ON FUNCTION ") + f[1];
            execute(c, "REVOKE ALL" + on + " FROM " + others(c, "SELECT a.grantee FROM pg_proc p, "
                    + "aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a WHERE p.oid = "
                    + Long.parseLong(f[0]) + " AND a.grantee <> p.proowner"));
            if (f[1].replace(" ", "").equals(ANNOUNCE)) {
                execute(c, "GRANT EXECUTE" + on + " TO " + manager);
            }
        }

        // Privileges the owner's new tables would give others by default (as an older guide had it set) go too.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT DISTINCT d.defaclobjtype, d.defaclnamespace, a.grantee::regrole::text
                FROM pg_default_acl d, aclexplode(d.defaclacl) a
                WHERE d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = session_user)
                  AND a.grantee <> 0 AND a.grantee <> d.defaclrole""")) {
            List<String> statements = new ArrayList<>();
            while (rs.next()) {
                String kind = switch (rs.getString(1)) {
                    case "r" -> "TABLES";
                    case "S" -> "SEQUENCES";
                    case "f" -> "FUNCTIONS";
                    case "T" -> "TYPES";
                    case "n" -> "SCHEMAS";
                    default -> null;
                };
                if (kind != null) {
                    statements.add("ALTER DEFAULT PRIVILEGES" + (rs.getLong(2) == 0 ? "" : " IN SCHEMA public")
                            + " REVOKE ALL ON " + kind + " FROM " + rs.getString(3));
                }
            }
            for (String statement : statements) {
                execute(c, statement);
            }
        }
        return truth(c, """
                SELECT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
                WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE')""");
    }

    private static boolean isProcedure(Connection c, String oid) throws SQLException {
        return text(c, "SELECT prokind FROM pg_proc WHERE oid = " + Long.parseLong(oid)).equals("p");
    }

    /** PUBLIC and every role the query names, quoted for a REVOKE. */
    private static String others(Connection c, String grantees) throws SQLException {
        Set<String> names = new TreeSet<>();
        names.add("PUBLIC");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT grantee::regrole::text FROM (" + grantees + ") g WHERE grantee <> 0")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return String.join(", ", names);
    }

    /**
     * The roles, other than the groups, that were given something on the database or on what its owner owns in
     * the schema: those the set-up takes it away from.
     */
    private static Set<String> strangers(Connection c, java.util.Collection<String> groups) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                WITH me AS (SELECT oid FROM pg_roles WHERE rolname = session_user)
                SELECT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a, me
                WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = me.oid AND a.grantee NOT IN (0, me.oid)
                UNION
                SELECT a.grantee::regrole::text FROM pg_proc p, aclexplode(p.proacl) a, me
                WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = me.oid AND a.grantee NOT IN (0, me.oid)
                UNION
                SELECT a.grantee::regrole::text FROM pg_database d, aclexplode(d.datacl) a
                WHERE d.datname = current_database() AND a.grantee NOT IN (0, d.datdba)
                UNION
                SELECT a.grantee::regrole::text FROM pg_default_acl d, aclexplode(d.defaclacl) a, me
                WHERE d.defaclrole = me.oid AND a.grantee NOT IN (0, me.oid)""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String g : groups) {
            names.remove(g);
            names.remove(quote(g));
        }
        return names;
    }

    /**
     * Everything the set-up may change, as text to compare before and after: each list in order and the default
     * written out, as a restore from pg_dump may give either.
     */
    private static String privileges(Connection c) throws SQLException {
        String sorted = "(SELECT coalesce(string_agg(item::text, ',' ORDER BY item::text), '') FROM unnest(%s) AS item)";
        return text(c, """
                SELECT concat_ws('|',
                    (SELECT string_agg(c.relname || '=' || %s, ';' ORDER BY c.relname)
                     FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace),
                    (SELECT string_agg(p.oid::regprocedure::text || '=' || %s, ';' ORDER BY p.oid::regprocedure::text)
                     FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace),
                    (SELECT %s FROM pg_database d WHERE d.datname = current_database()),
                    (SELECT %s FROM pg_namespace n WHERE n.nspname = 'public'),
                    (SELECT string_agg(%s, ';' ORDER BY d.defaclobjtype) FROM pg_default_acl d
                     WHERE d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = session_user)))"""
                .formatted(sorted.formatted("coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' "
                                + "ELSE 'r' END::\"char\", c.relowner))"),
                        sorted.formatted("coalesce(p.proacl, acldefault('f', p.proowner))"),
                        sorted.formatted("coalesce(d.datacl, acldefault('d', d.datdba))"),
                        sorted.formatted("coalesce(n.nspacl, acldefault('n', n.nspowner))"),
                        sorted.formatted("d.defaclacl")));
    }

    /** The latest migration run, or null before the first. */
    private static String version(Connection c) throws SQLException {
        if (truth(c, "SELECT to_regclass('flyway_schema_history') IS NULL")) {
            return null;
        }
        return text(c, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1");
    }

    /** What the server's administrator runs when the owner may not make the groups. */
    private static String administratorsGroups(Map<Group, String> groups, String owner) {
        String manager = quote(groups.get(Group.MANAGER));
        String reader = quote(groups.get(Group.READER));
        return "sudo -u postgres psql -c 'CREATE ROLE " + manager + " NOLOGIN' -c 'CREATE ROLE " + reader
                + " NOLOGIN' -c 'GRANT " + manager + ", " + reader + " TO " + quote(owner) + " WITH ADMIN OPTION'";
    }

    private static String names(List<Group> missing, Map<Group, String> groups) {
        return String.join(" and ", missing.stream().map(groups::get).toList());
    }

}
