package org.caseloadplanner.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.ServerDatabase;
import org.caseloadplanner.store.ServerAddress;

/**
 * A real PostgreSQL server for the tests, started from the binaries on Maven Central the first time a test asks
 * for one and stopped when the test run ends. Each test gets a database of its own, copied from one the real
 * migrations made, so no test sees another's rows.
 */
public final class TestServer {

    private static final String TEMPLATE = "planner_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    /** A new, migrated, empty database on the test server. */
    public static synchronized Database newDatabase() {
        String name = "test_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return ServerDatabase.connect(address(name), null);
    }

    /** A new database on the test server with nothing in it, not even the schema. */
    public static synchronized ServerAddress newEmptyDatabase() {
        String name = "empty_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return address(name);
    }

    /** Runs statements as the server's superuser, as a council's DBA would. */
    public static synchronized void execute(String... statements) {
        try (Connection c = started().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements in one database of the test server as its superuser: grants, say. */
    public static synchronized void executeIn(String database, String... statements) {
        try (Connection c = started().getDatabase("postgres", database).getConnection();
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized int port() {
        return started().getPort();
    }

    private static ServerAddress address(String database) {
        return new ServerAddress("localhost", port(), database, "postgres", false);
    }

    private static EmbeddedPostgres started() {
        if (server == null) {
            try {
                java.nio.file.Path data = java.nio.file.Files.createTempDirectory("caseload-pg");
                server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
                // As a council's server would: the superuser (the tests' DBA) is trusted, every other login
                // needs its password.
                java.nio.file.Files.writeString(data.resolve("pg_hba.conf"), """
                        local all all trust
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException("The test PostgreSQL server did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The run is over; its temp folder goes with it.
                }
            }));
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_reload_conf()");
                s.execute("CREATE DATABASE " + TEMPLATE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            ServerDatabase.connect(new ServerAddress("localhost", server.getPort(), TEMPLATE, "postgres", false), null).close();
        }
        return server;
    }
}
