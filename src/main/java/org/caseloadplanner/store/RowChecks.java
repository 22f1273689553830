package org.caseloadplanner.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a file's rows agree with each other, as a whole transaction leaves them: no allocation without its child
 * or worker, no worker without a team, and every SSD import's rows as its seal recorded them. Asked on opening a
 * file that was not closed cleanly, where an engine's recovery could have kept part of a transaction.
 */
final class RowChecks {

    private RowChecks() {
    }

    /** What disagrees, in words for IT support; empty when the rows agree. */
    static List<String> disagreements(Connection c) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            orphans(s, found, "allocations without their child",
                    "SELECT COUNT(*) FROM allocation a WHERE NOT EXISTS (SELECT 1 FROM child_case c WHERE c.id = a.case_id)");
            orphans(s, found, "allocations without their worker", "SELECT COUNT(*) FROM allocation a "
                    + "WHERE NOT EXISTS (SELECT 1 FROM social_worker w WHERE w.id = a.worker_id)");
            orphans(s, found, "workers without their team",
                    "SELECT COUNT(*) FROM social_worker w WHERE NOT EXISTS (SELECT 1 FROM team t WHERE t.id = w.team_id)");
            if (hasSeals(s)) {
                imports(s, found);
            }
        }
        return found;
    }

    private static void orphans(Statement s, List<String> found, String what, String count) throws SQLException {
        long n = one(s, count);
        if (n > 0) {
            found.add(n + " " + what);
        }
    }

    /** Each import's seal against the rows it left: a crash mid-import leaves rows no finished seal accounts for. */
    private static void imports(Statement s, List<String> found) throws SQLException {
        orphans(s, found, "SSD imports not finished", "SELECT COUNT(*) FROM ssd_import WHERE NOT finished");
        orphans(s, found, "children naming an SSD import that is not there", "SELECT COUNT(*) FROM child_case c "
                + "WHERE c.ssd_import_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ssd_import i WHERE i.id = c.ssd_import_id)");
        Map<Long, Long> children = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT ssd_import_id, COUNT(*) FROM child_case "
                + "WHERE ssd_import_id IS NOT NULL GROUP BY ssd_import_id")) {
            while (rs.next()) {
                children.put(rs.getLong(1), rs.getLong(2));
            }
        }
        long[] sealed = {0, 0, 0};
        try (ResultSet rs = s.executeQuery("SELECT id, children_added, allocations_from_extracts, professionals, "
                + "other_involvements FROM ssd_import WHERE finished ORDER BY id")) {
            while (rs.next()) {
                long added = children.getOrDefault(rs.getLong(1), 0L);
                if (added != rs.getLong(2)) {
                    found.add("SSD import " + rs.getLong(1) + " added " + rs.getLong(2) + " children, " + added
                            + " are there");
                }
                sealed = new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)};
            }
        }
        long[] now = {one(s, "SELECT COUNT(*) FROM allocation WHERE source_id IS NOT NULL"),
                one(s, "SELECT COUNT(*) FROM ssd_professional"), one(s, "SELECT COUNT(*) FROM ssd_other_involvement")};
        String[] what = {"allocations from extracts", "SSD professionals", "SSD involvements in other roles"};
        for (int i = 0; i < now.length; i++) {
            if (now[i] != sealed[i]) {
                found.add(now[i] + " " + what[i] + " where the last SSD import left " + sealed[i]);
            }
        }
    }

    private static boolean hasSeals(Statement s) throws SQLException {
        return one(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'ssd_import'") > 0;
    }

    private static long one(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
