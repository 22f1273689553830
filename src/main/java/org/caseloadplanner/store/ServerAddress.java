package org.caseloadplanner.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a council's shared PostgreSQL database is: the server, the database on it, the user the planner logs in
 * as, and whether the connection must be encrypted. Never holds a password.
 *
 * @param tls the connection is encrypted and the server's certificate checked against its name, with the council's
 *            certificate authority in {@code ~/.postgresql/root.crt} as for psql: the default; false only when
 *            asked for in so many words ({@code ?unencrypted=true}), and then the connection is never encrypted,
 *            the password included
 */
public record ServerAddress(String host, int port, String database, String user, boolean tls) {

    public static final int DEFAULT_PORT = 5432;
    /** The setting that sends the password and every record readable by anyone on the network between. */
    public static final String UNENCRYPTED = "unencrypted";
    private static final String SCHEME = "postgresql://";

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("Give the server's name, such as db.council.gov.uk.");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The port must be a number from 1 to 65535.");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("Give the name of the database on the server.");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Give the user name the planner logs in as.");
        }
        host = host.strip();
        database = database.strip();
        user = user.strip();
    }

    /** True for text that names a server database rather than a file: {@code postgresql://...}. */
    public static boolean isServerAddress(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /**
     * Reads {@code postgresql://[user@]host[:port]/database}: always an encrypted connection with the server's
     * certificate checked, unless it ends {@code ?unencrypted=true}. A missing user is the given default (the
     * person's login name), since councils usually give each manager a database login of the same name.
     */
    public static ServerAddress parse(String text, String defaultUser) {
        if (!isServerAddress(text)) {
            throw new IllegalArgumentException("A server database is written postgresql://server/database.");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a database address: " + e.getReason()
                    + ". Write it as postgresql://server/database.");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty() || path.contains("/")) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a database address. Write it as "
                    + "postgresql://server/database, or postgresql://user@server:port/database.");
        }
        String user = uri.getUserInfo() == null ? defaultUser : uri.getUserInfo();
        boolean tls = true;
        if (uri.getQuery() != null) {
            for (String setting : uri.getQuery().split("&")) {
                tls &= encrypted(setting);
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user, tls);
    }

    /** One setting after the '?': false only for the setting that asks for no encryption in so many words. */
    private static boolean encrypted(String setting) {
        String[] pair = setting.split("=", 2);
        String value = pair.length == 2 ? pair[1].strip().toLowerCase(Locale.ROOT) : "";
        if (pair[0].equals("tls") && value.equals("true")) {
            return true; // the default, as written before it was
        }
        if (pair[0].equals("tls") && value.equals("false")) {
            throw new IllegalArgumentException("?tls=false is no longer taken: the planner always encrypts the "
                    + "connection. Only for a server that cannot encrypt, write ?" + UNENCRYPTED + "=true, which sends "
                    + "your password and every record readable by anyone on the network between.");
        }
        if (pair[0].equals(UNENCRYPTED) && (value.equals("true") || value.equals("false"))) {
            return value.equals("false");
        }
        throw new IllegalArgumentException("The database address may end only with ?" + UNENCRYPTED + "=true (no "
                + "encryption: your password readable on the network), not \"" + setting + "\"; without it the "
                + "connection is always encrypted.");
    }

    /**
     * The address as the driver takes it: no password, and settings only from this record. Encrypted means the
     * certificate checked against the server's name (the driver reads the authority from ~/.postgresql/root.crt,
     * as psql does); never the driver's "prefer", which sends the password in clear to a server that declines.
     */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (tls ? "?sslmode=verify-full" : "?sslmode=disable");
    }

    /**
     * The address as a person types it to connect as the given login, the port only when not the usual one:
     * {@code postgresql://jo.smith@db.council.gov.uk/caseload}.
     */
    public String writtenFor(String login) {
        return SCHEME + login + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database
                + (tls ? "" : "?" + UNENCRYPTED + "=true");
    }

    /** How the window and messages name it: {@code planner on db.council.gov.uk}. */
    public String shown() {
        return database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + (tls ? "" : "?" + UNENCRYPTED + "=true");
    }
}
