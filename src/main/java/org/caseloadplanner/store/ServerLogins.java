package org.caseloadplanner.store;

import static org.caseloadplanner.store.RoleCatalog.execute;
import static org.caseloadplanner.store.RoleCatalog.failed;
import static org.caseloadplanner.store.RoleCatalog.login;
import static org.caseloadplanner.store.RoleCatalog.memberOf;
import static org.caseloadplanner.store.RoleCatalog.open;
import static org.caseloadplanner.store.RoleCatalog.quote;
import static org.caseloadplanner.store.RoleCatalog.role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseloadplanner.store.RoleCatalog.Login;
import org.caseloadplanner.store.RoleCatalog.Role;
import org.caseloadplanner.store.ServerRoles.Group;
import org.postgresql.PGConnection;

/**
 * Each person's login on a council's shared database, put in the managers' or the readers' group (or taken out of
 * both) by the database's owner: the planner's own {@code server-login}, rather than SQL pasted from a guide.
 */
public final class ServerLogins {

    private ServerLogins() {
    }

    /**
     * Puts a person's login in a group, making the login first when it does not exist (with the password given,
     * sent to the server only as its SCRAM verifier); a login in the other group is moved.
     *
     * @param loginPassword the new login's password; null to give an existing login the group only
     * @return what was done, in one line
     */
    public static String addLogin(ServerAddress server, char[] password, String person, Group group,
                                  char[] loginPassword) {
        try (Connection c = open(server, password)) {
            Person p = person(c, server, person);
            Login login = p.login();
            Map<Group, String> groups = p.groups();
            Role role = p.role();
            String target = groups.get(group);
            String other = groups.get(group == Group.MANAGER ? Group.READER : Group.MANAGER);
            String then = " " + person + " " + group.mayIn(server.shown()) + " (--db " + server.writtenFor(person)
                    + ").";
            if (role != null && memberOf(c, person, target) && !memberOf(c, person, other)) {
                return person + " was already in " + target + ": nothing was changed." + then;
            }
            if (role == null && loginPassword == null) {
                throw new DatabaseException(person + " has no login on " + server.host() + " yet: give its password "
                        + "with --login-password-file FILE, or ask the server's administrator to make it (sudo -u "
                        + "postgres createuser --pwprompt " + person + ").");
            }
            if (role == null && !login.createRole()) {
                throw new DatabaseException(login.name() + " may not make logins: ask the server's administrator to run "
                        + "sudo -u postgres createuser --pwprompt " + person + ", then run server-login add again. "
                        + "Nothing was changed.");
            }
            c.setAutoCommit(false);
            String how;
            if (role == null) {
                execute(c, "CREATE ROLE " + quote(person) + " LOGIN");
                c.unwrap(PGConnection.class).alterUserPassword(person, loginPassword, "scram-sha-256");
                how = "Made the login " + person + " and put it in " + target + ":";
            } else if (memberOf(c, person, other)) {
                execute(c, "REVOKE " + quote(other) + " FROM " + quote(person));
                how = "Moved " + person + " from " + other + " to " + target + ":";
                if (memberOf(c, person, target)) {
                    how = "Took " + person + " out of " + other + "; it stays in " + target + ":";
                }
            } else {
                how = "Put " + person + " (a login already on the server" + (loginPassword == null ? ""
                        : "; its password was left as it was") + ") in " + target + ":";
            }
            execute(c, "GRANT " + quote(target) + " TO " + quote(person));
            c.commit();
            return how + then;
        } catch (SQLException e) {
            throw failed(server, e);
        }
    }

    /** Takes a person's login out of both groups; the login itself stays on the server. */
    public static String removeLogin(ServerAddress server, char[] password, String person) {
        try (Connection c = open(server, password)) {
            Person p = person(c, server, person);
            Login login = p.login();
            Map<Group, String> groups = p.groups();
            Role role = p.role();
            List<String> left = new ArrayList<>();
            c.setAutoCommit(false);
            for (String group : groups.values()) {
                if (role != null && memberOf(c, person, group)) {
                    execute(c, "REVOKE " + quote(group) + " FROM " + quote(person));
                    left.add(group);
                }
            }
            c.commit();
            if (left.isEmpty()) {
                return person + " is in neither " + groups.get(Group.MANAGER) + " nor " + groups.get(Group.READER)
                        + ": nothing was changed.";
            }
            return "Took " + person + " out of " + String.join(" and ", left) + ": " + person + " can no longer open "
                    + server.shown() + ". The login stays on the server; its administrator may remove it with sudo -u "
                    + "postgres dropuser " + person + ".";
        } catch (SQLException e) {
            throw failed(server, e);
        }
    }

    /** The logins in each group, by name; the owner is left out. */
    public static Map<Group, List<String>> logins(ServerAddress server, char[] password) {
        try (Connection c = open(server, password)) {
            Login login = login(c);
            Map<Group, String> groups = groupsOf(c, login, server);
            Map<Group, List<String>> members = new EnumMap<>(Group.class);
            for (Group g : Group.values()) {
                List<String> names = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                        WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = ?) AND r.rolname <> ?
                        ORDER BY r.rolname""")) {
                    s.setString(1, groups.get(g));
                    s.setString(2, login.databaseOwner());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            names.add(rs.getString(1));
                        }
                    }
                }
                members.put(g, names);
            }
            return members;
        } catch (SQLException e) {
            throw failed(server, e);
        }
    }

    /** Who is logged in, the database's groups, and the person's role (null before they have a login). */
    private record Person(Login login, Map<Group, String> groups, Role role) {
    }

    /** The person a login change is for, refused when only the owner may make it or the name is no person's. */
    private static Person person(Connection c, ServerAddress server, String person) throws SQLException {
        Login login = login(c);
        login.refuseUnlessOwner(server, "server-login", false);
        Map<Group, String> groups = groupsOf(c, login, server);
        Role role = role(c, person);
        refuseSpecial(person, role, login, groups);
        return new Person(login, groups, role);
    }

    /** The groups of this database, which server-setup must have made. */
    private static Map<Group, String> groupsOf(Connection c, Login login, ServerAddress server) throws SQLException {
        Map<Group, String> groups = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            groups.put(g, g.roleIn(login.database()));
            if (role(c, groups.get(g)) == null) {
                throw new DatabaseException("The group " + groups.get(g) + " is not on the server yet: run server-setup "
                        + "as " + login.databaseOwner() + " first.");
            }
        }
        return groups;
    }

    /** A login that may not be put in a group or taken out of one: the owner, a group, a superuser. */
    private static void refuseSpecial(String person, Role role, Login login, Map<Group, String> groups) {
        if (person.equals(login.databaseOwner())) {
            throw new DatabaseException(person + " owns the database and needs no group.");
        }
        if (role != null && role.superuser()) {
            throw new DatabaseException(person + " is one of the server's superusers, who need no group.");
        }
        if (groups.containsValue(person) || (role != null && !role.login())) {
            throw new DatabaseException(person + " is a group, not a person's login.");
        }
    }
}
