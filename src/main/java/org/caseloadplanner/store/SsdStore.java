package org.caseloadplanner.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * What an SSD extract reads from the planner when it is checked, and the writes that bring it in. The
 * writes are plain JDBC batches and many-row statements: a large council's extract has a million rows.
 */
public final class SsdStore {

    /** A case-holding period the planner already has for a child of the extract. */
    public record HeldPeriod(String childReference, String sourceId, LocalDate from, LocalDate to, String workerName) {
    }

    /** Professional ids the planner has as workers. */
    public Set<String> workerProfessionalIds(Handle h) {
        return new HashSet<>(h.createQuery("SELECT external_id FROM social_worker WHERE external_id IS NOT NULL")
                .mapTo(String.class).list());
    }

    /** Professional ids an earlier extract brought with no FTE, kept apart from the workers. */
    public Set<String> professionalsKeptApart(Handle h) {
        return new HashSet<>(h.createQuery("SELECT professional_id FROM ssd_professional WHERE fte IS NULL")
                .mapTo(String.class).list());
    }

    /** Every team's name in lower case, as an extract's department is matched to a team without regard to case. */
    public Set<String> teamNamesInLowerCase(Handle h) {
        return new HashSet<>(h.createQuery("SELECT LOWER(name) FROM team").mapTo(String.class).list());
    }

    public Set<String> childReferences(Handle h) {
        return new HashSet<>(h.createQuery("SELECT child_reference FROM child_case").mapTo(String.class).list());
    }

    /** How many allocations earlier extracts brought. */
    public long allocationsFromExtracts(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM allocation WHERE source_id IS NOT NULL").mapTo(Long.class).one();
    }

    /**
     * The periods the planner holds for some children, leaving out those an extract's involvement brought
     * when {@code leaveOut} says so. One pass over the allocations with no join: a re-import's million rows
     * are almost all its own, left out by id before anything else is looked up.
     */
    public List<HeldPeriod> periodsOf(Handle h, Set<String> children, Predicate<String> leaveOut) {
        Map<Long, String> caseToChild = new HashMap<>();
        h.createQuery("SELECT id, child_reference FROM child_case")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(c -> {
                    if (children.contains(c.getValue())) {
                        caseToChild.put(c.getKey(), c.getValue());
                    }
                });
        if (caseToChild.isEmpty()) {
            return List.of();
        }
        record Found(String child, String source, LocalDate from, LocalDate to, long worker) {
        }
        List<Found> found = new ArrayList<>();
        try (Statement st = h.getConnection().createStatement();
             ResultSet rs = st.executeQuery("SELECT source_id, case_id, from_date, to_date, worker_id FROM allocation")) {
            while (rs.next()) {
                String source = rs.getString(1);
                if (source != null && leaveOut.test(source)) {
                    continue;
                }
                String child = caseToChild.get(rs.getLong(2));
                if (child != null) {
                    found.add(new Found(child, source, rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("The planner's allocations could not be read.", e);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        h.createQuery("SELECT id, name FROM social_worker").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return found.stream().map(f -> new HeldPeriod(f.child(), f.source(), f.from(), f.to(), names.get(f.worker())))
                .toList();
    }

    /** Writes in the transaction of {@code h}; close it before the transaction ends. */
    public Writer writer(Handle h, String recordedBy, Instant recordedAt) throws SQLException {
        return new Writer(h.getConnection(), recordedBy, Timestamp.from(recordedAt));
    }

    /**
     * The writes of one import. Allocation updates are held back in two batches, those that end a period and
     * those that leave it open, and {@link #flush()} runs the ending ones first, so a case handed back never
     * has two open holders, even for a moment.
     */
    public static final class Writer implements AutoCloseable {
        private static final int BATCH = 5_000;
        private static final String UPDATE_ALLOCATION = """
                UPDATE allocation SET case_id = ?, worker_id = ?, from_date = ?, to_date = ?, reason = ?,
                       recorded_by = ?, recorded_at = ? WHERE id = ?""";
        private final Connection c;
        private final String recordedBy;
        private final Timestamp recordedAt;
        private final List<AutoCloseable> open = new ArrayList<>();
        private final PreparedStatement addTeam;
        private final PreparedStatement addWorker;
        private final PreparedStatement updateWorker;
        private final PreparedStatement professional;
        private final PreparedStatement childOpenedEarlier;
        private final PreparedStatement endingUpdates;
        private final PreparedStatement openUpdates;
        private final ManyRows addChildren;
        private final ManyRows addAllocations;
        private final ManyRows otherInvolvements;
        private int pendingEndingUpdates;
        private long importId;
        private long childrenAdded;

        private Writer(Connection c, String recordedBy, Timestamp recordedAt) throws SQLException {
            this.c = c;
            this.recordedBy = recordedBy;
            this.recordedAt = recordedAt;
            addTeam = prepare("INSERT INTO team (name, kind, establishment) VALUES (?, ?, 0)", true);
            addWorker = prepare("""
                    INSERT INTO social_worker (name, team_id, role, fte, employment, start_date, swe_number, external_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", true);
            updateWorker = prepare("""
                    UPDATE social_worker SET name = ?, team_id = ?, role = ?, fte = ?, employment = ?,
                           swe_number = COALESCE(?, swe_number),
                           start_date = LEAST(start_date, COALESCE(?, start_date)) WHERE id = ?""", false);
            professional = prepare("""
                    MERGE INTO ssd_professional p USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(120)),
                            CAST(? AS VARCHAR(120)), CAST(? AS VARCHAR(120)), CAST(? AS DECIMAL(3, 2)),
                            CAST(? AS BOOLEAN), CAST(? AS INT)))
                        AS v (professional_id, name, job_title, department, fte, agency, reported_caseload)
                        ON p.professional_id = v.professional_id
                    WHEN MATCHED THEN UPDATE SET name = v.name, job_title = v.job_title, department = v.department,
                        fte = v.fte, agency = v.agency, reported_caseload = v.reported_caseload
                    WHEN NOT MATCHED THEN INSERT (professional_id, name, job_title, department, fte, agency,
                        reported_caseload)
                        VALUES (v.professional_id, v.name, v.job_title, v.department, v.fte, v.agency,
                            v.reported_caseload)""", false);
            childOpenedEarlier = prepare("UPDATE child_case SET opened = ? WHERE id = ? AND opened > ?", false);
            endingUpdates = prepare(UPDATE_ALLOCATION, false);
            openUpdates = prepare(UPDATE_ALLOCATION, false);
            addChildren = keep(new ManyRows(c, "INSERT INTO child_case (child_reference, case_type, opened, closed, status, "
                    + "ssd_import_id) VALUES ", "(?, ?, ?, ?, ?, ?)", ""));
            addAllocations = keep(new ManyRows(c, "INSERT INTO allocation (case_id, worker_id, from_date, to_date, reason, "
                    + "recorded_by, recorded_at, source_id) VALUES ", "(?, ?, ?, ?, ?, ?, ?, ?)", ""));
            otherInvolvements = keep(new ManyRows(c, "MERGE INTO ssd_other_involvement o USING (VALUES ",
                    "(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(120)), "
                            + "CAST(? AS VARCHAR(64)), CAST(? AS DATE), CAST(? AS DATE))", """
                    ) AS v (involvement_id, professional_id, role, person_id, start_date, end_date)
                        ON o.involvement_id = v.involvement_id
                    WHEN MATCHED THEN UPDATE SET professional_id = v.professional_id, role = v.role,
                        person_id = v.person_id, start_date = v.start_date, end_date = v.end_date
                    WHEN NOT MATCHED THEN INSERT (involvement_id, professional_id, role, person_id, start_date,
                        end_date)
                        VALUES (v.involvement_id, v.professional_id, v.role, v.person_id, v.start_date,
                            v.end_date)"""));
        }

        /** Team ids by name in lower case. */
        public Map<String, Long> teamIds() throws SQLException {
            return ids("SELECT LOWER(name), id FROM team");
        }

        /** Worker ids by the professional id an extract gave them. */
        public Map<String, Long> workerIds() throws SQLException {
            return ids("SELECT external_id, id FROM social_worker WHERE external_id IS NOT NULL");
        }

        /** Case ids by child reference, children added so far included. */
        public Map<String, Long> caseIds() throws SQLException {
            addChildren.flush();
            return ids("SELECT child_reference, id FROM child_case");
        }

        /** Allocation ids by the involvement id of the extract that brought them. */
        public Map<String, Long> allocationsBySource() throws SQLException {
            return ids("SELECT source_id, id FROM allocation WHERE source_id IS NOT NULL");
        }

        /** Adds or updates the extract's own record of a professional, held beside any worker made from it. */
        public void professional(String id, String name, String jobTitle, String department, Double fte,
                                 boolean agency, Integer reportedCaseload) throws SQLException {
            professional.setString(1, id);
            professional.setString(2, name);
            professional.setString(3, jobTitle);
            professional.setString(4, department);
            professional.setObject(5, fte);
            professional.setBoolean(6, agency);
            professional.setObject(7, reportedCaseload);
            professional.addBatch();
        }

        public long addTeam(String name, String kind) throws SQLException {
            addTeam.setString(1, name);
            addTeam.setString(2, kind);
            addTeam.executeUpdate();
            return generated(addTeam);
        }

        public long addWorker(String name, long teamId, String role, double fte, String employment, LocalDate start,
                              String swe, String professionalId) throws SQLException {
            addWorker.setString(1, name);
            addWorker.setLong(2, teamId);
            addWorker.setString(3, role);
            addWorker.setDouble(4, fte);
            addWorker.setString(5, employment);
            addWorker.setDate(6, Date.valueOf(start));
            addWorker.setString(7, swe);
            addWorker.setString(8, professionalId);
            addWorker.executeUpdate();
            return generated(addWorker);
        }

        /**
         * Updates a worker an earlier extract brought; a missing SWE number keeps the one held, and the start
         * only ever moves earlier.
         */
        public void updateWorker(long id, String name, long teamId, String role, double fte, String employment,
                                 String swe, LocalDate firstInvolvement) throws SQLException {
            updateWorker.setString(1, name);
            updateWorker.setLong(2, teamId);
            updateWorker.setString(3, role);
            updateWorker.setDouble(4, fte);
            updateWorker.setString(5, employment);
            updateWorker.setString(6, swe);
            updateWorker.setDate(7, firstInvolvement == null ? null : Date.valueOf(firstInvolvement));
            updateWorker.setLong(8, id);
            updateWorker.executeUpdate();
        }

        public void addChild(String reference, String caseType, LocalDate opened, LocalDate closed, String status)
                throws SQLException {
            addChildren.add(reference, caseType, Date.valueOf(opened), date(closed), status, importId());
            childrenAdded++;
        }

        /**
         * Opens this import's seal, unfinished: the first row it writes, so every child it adds can name it and a
         * crash that keeps any of its rows keeps an unfinished seal or a child naming a seal that is not there.
         */
        public void openSeal() throws SQLException {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ssd_import (imported_at, recorded_by, finished, "
                    + "children_added, allocations_from_extracts, professionals, other_involvements) "
                    + "VALUES (?, ?, FALSE, 0, 0, 0, 0)", new String[] {"id"})) {
                s.setTimestamp(1, recordedAt);
                s.setString(2, recordedBy);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    importId = keys.getLong(1);
                }
            }
        }

        /** Seals the import with what it left, as its last write: everything else is flushed first. */
        public void seal() throws SQLException {
            flush();
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE ssd_import SET finished = TRUE, children_added = ?,
                           allocations_from_extracts = (SELECT COUNT(*) FROM allocation WHERE source_id IS NOT NULL),
                           professionals = (SELECT COUNT(*) FROM ssd_professional),
                           other_involvements = (SELECT COUNT(*) FROM ssd_other_involvement)
                    WHERE id = ?""")) {
                s.setLong(1, childrenAdded);
                s.setLong(2, importId());
                s.executeUpdate();
            }
        }

        private long importId() {
            if (importId == 0) {
                throw new IllegalStateException("An import writes its seal before its rows");
            }
            return importId;
        }

        /** Moves a case's opening day back to {@code opened} when it is later. */
        public void openedNoLaterThan(long caseId, LocalDate opened) throws SQLException {
            childOpenedEarlier.setDate(1, Date.valueOf(opened));
            childOpenedEarlier.setLong(2, caseId);
            childOpenedEarlier.setDate(3, Date.valueOf(opened));
            childOpenedEarlier.executeUpdate();
        }

        /** Updates an allocation an earlier extract brought; held back until {@link #flush()}. */
        public void updateAllocation(long id, long caseId, long workerId, LocalDate from, LocalDate to, String reason)
                throws SQLException {
            PreparedStatement u = to == null ? openUpdates : endingUpdates;
            u.setLong(1, caseId);
            u.setLong(2, workerId);
            u.setDate(3, Date.valueOf(from));
            u.setDate(4, date(to));
            u.setString(5, reason);
            u.setString(6, recordedBy);
            u.setTimestamp(7, recordedAt);
            u.setLong(8, id);
            u.addBatch();
            if (to != null && ++pendingEndingUpdates >= BATCH) {
                endingUpdates.executeBatch();
                pendingEndingUpdates = 0;
            }
        }

        public void addAllocation(long caseId, long workerId, LocalDate from, LocalDate to, String reason,
                                  String sourceId) throws SQLException {
            addAllocations.add(caseId, workerId, Date.valueOf(from), date(to), reason, recordedBy, recordedAt, sourceId);
        }

        /** Adds or updates an involvement in a role that does not hold the case, kept apart from allocations. */
        public void otherInvolvement(String id, String professionalId, String role, String childReference,
                                     LocalDate start, LocalDate end) throws SQLException {
            otherInvolvements.add(id, professionalId, role, childReference, Date.valueOf(start), date(end));
        }

        /** Runs everything held back: professionals, updates that end a period, then those left open, then new rows. */
        public void flush() throws SQLException {
            professional.executeBatch();
            endingUpdates.executeBatch();
            pendingEndingUpdates = 0;
            openUpdates.executeBatch();
            addChildren.flush();
            addAllocations.flush();
            otherInvolvements.flush();
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (AutoCloseable a : open) {
                try {
                    a.close();
                } catch (Exception e) {
                    if (first == null) {
                        first = e instanceof SQLException s ? s : new SQLException(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }

        private PreparedStatement prepare(String sql, boolean keys) throws SQLException {
            PreparedStatement s = keys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
            open.add(s);
            return s;
        }

        private ManyRows keep(ManyRows rows) {
            open.add(rows);
            return rows;
        }

        private Map<String, Long> ids(String sql) throws SQLException {
            Map<String, Long> ids = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            return ids;
        }

        private static long generated(PreparedStatement s) throws SQLException {
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }

        private static Date date(LocalDate d) {
            return d == null ? null : Date.valueOf(d);
        }
    }

    /** Many rows in each statement: a million single-row inserts spend most of their time being statements. */
    private static final class ManyRows implements AutoCloseable {
        private static final int PER_STATEMENT = 250;
        private final Connection c;
        private final String prefix;
        private final String row;
        private final String suffix;
        private final List<Object[]> pending = new ArrayList<>(PER_STATEMENT);
        private PreparedStatement full;

        /** The statement is the prefix, the row (its placeholders) once for each row, separated by commas, then the suffix. */
        ManyRows(Connection c, String prefix, String row, String suffix) {
            this.c = c;
            this.prefix = prefix;
            this.row = row;
            this.suffix = suffix;
        }

        void add(Object... values) throws SQLException {
            pending.add(values);
            if (pending.size() == PER_STATEMENT) {
                if (full == null) {
                    full = c.prepareStatement(sql(PER_STATEMENT));
                }
                run(full);
            }
        }

        void flush() throws SQLException {
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = c.prepareStatement(sql(pending.size()))) {
                    run(rest);
                }
            }
        }

        private String sql(int rows) {
            return prefix + String.join(", ", Collections.nCopies(rows, row)) + suffix;
        }

        private void run(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object[] values : pending) {
                for (Object v : values) {
                    s.setObject(i++, v);
                }
            }
            s.executeUpdate();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }
}
