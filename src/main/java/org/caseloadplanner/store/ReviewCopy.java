package org.caseloadplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes everything in a council's shared database to a new, encrypted H2 file that a practice lead can take
 * away and open for review: the same tables, rows and ids, read in one snapshot of the server.
 */
final class ReviewCopy {

    /** Every table, parents before the tables that refer to them. */
    static final List<String> TABLES = List.of("council", "team", "social_worker", "worker_absence", "child_case",
            "allocation", "policy", "role_factor", "case_weight", "team_limits", "worker_capacity", "allocation_log", "duty_setting",
            "duty_exempt", "duty_week", "ssd_professional", "ssd_other_involvement", "forecast_scenario", "ssd_import");
    /** Tables whose ids the engine gives: the copy's next id must follow the copied ones. */
    private static final List<String> NUMBERED = List.of("team", "social_worker", "worker_absence", "child_case",
            "allocation", "ssd_import", "allocation_log");
    private static final int BATCH = 5_000;

    private ReviewCopy() {
    }

    /** Copies the server's rows into a new encrypted file; no file is left if anything fails. */
    static void write(javax.sql.DataSource server, Path target, char[] password) {
        Database copy = FileDatabase.create(target, password);
        try (Connection from = server.getConnection()) {
            from.setAutoCommit(false); // one snapshot of the server, read a batch at a time
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            from.setReadOnly(true);
            copy.useTransaction(h -> {
                try {
                    copyAll(from, h.getConnection());
                } catch (SQLException e) {
                    throw new DatabaseException("The copy could not be written: " + e.getMessage(), e);
                }
            });
            from.rollback();
        } catch (SQLException | RuntimeException e) {
            copy.close();
            try {
                java.nio.file.Files.deleteIfExists(FileNames.normalise(target));
            } catch (java.io.IOException ignored) {
                // The failure is what the user needs to hear of.
            }
            throw e instanceof DatabaseException d ? d
                    : new DatabaseException("The copy could not be written: " + e.getMessage(), e);
        }
        copy.close();
    }

    private static void copyAll(Connection from, Connection to) throws SQLException {
        try (Statement s = to.createStatement()) {
            // The new file's migrations put in the default policy rows: the server's replace them.
            for (String table : List.of("policy", "role_factor", "case_weight")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        for (String table : TABLES) {
            copyTable(from, to, table);
        }
        try (Statement s = to.createStatement()) {
            for (String table : NUMBERED) {
                long next = 1;
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>(writableColumns(to, table));
        columns.retainAll(columns(from, table));
        String list = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        try (Statement read = from.createStatement();
             PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + marks + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** The table's columns as the server has them, in lower case. */
    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The file's columns that take a value, in order: not those the engine works out itself. */
    private static Set<String> writableColumns(Connection c, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                if (!"YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
