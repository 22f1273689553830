package org.caseloadplanner.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a council's shared PostgreSQL database is: the server, the database on it, the user the planner logs in
 * as, and whether the connection must be encrypted. Never holds a password.
 *
 * @param tls the connection must be encrypted and the server's certificate checked against its name; otherwise
 *            it is encrypted only when the server offers it
 */
public record ServerAddress(String host, int port, String database, String user, boolean tls) {

    public static final int DEFAULT_PORT = 5432;
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
     * Reads {@code postgresql://[user@]host[:port]/database[?tls=true]}; a missing user is the given default
     * (the person's login name), since councils usually give each manager a database login of the same name.
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
        boolean tls = false;
        if (uri.getQuery() != null) {
            for (String setting : uri.getQuery().split("&")) {
                String[] pair = setting.split("=", 2);
                if (pair[0].equals("tls") && pair.length == 2) {
                    tls = Boolean.parseBoolean(pair[1]);
                } else {
                    throw new IllegalArgumentException("The database address may end only with ?tls=true or "
                            + "?tls=false, not \"" + setting + "\".");
                }
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user, tls);
    }

    /** The address as the driver takes it: no password, and settings only from this record. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (tls ? "?sslmode=verify-full" : "?sslmode=prefer");
    }

    /** How the window and messages name it: {@code planner on db.council.gov.uk}. */
    public String shown() {
        return database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + (tls ? "?tls=true" : "");
    }
}
