package org.caseloadplanner.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.caseloadplanner.domain.Allocation;
import org.caseloadplanner.domain.Case;
import org.caseloadplanner.domain.CaseStatus;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.ChangeReason;
import org.caseloadplanner.domain.ComplexityModifier;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;

/** Reads domain records from result sets; column names as in the migrations, with an optional prefix. */
final class Rows {

    private Rows() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getLong("id"), rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
                rs.getDouble("establishment"));
    }

    static Worker worker(ResultSet rs) throws SQLException {
        return new Worker(rs.getLong("id"), rs.getString("name"), rs.getLong("team_id"),
                Role.valueOf(rs.getString("role")), rs.getDouble("fte"),
                Employment.valueOf(rs.getString("employment")), date(rs, "start_date"), date(rs, "leaving_date"),
                rs.getString("swe_number"), rs.getString("external_id"));
    }

    static Case childCase(ResultSet rs) throws SQLException {
        EnumSet<ComplexityModifier> modifiers = EnumSet.noneOf(ComplexityModifier.class);
        if (rs.getBoolean("care_proceedings")) {
            modifiers.add(ComplexityModifier.CARE_PROCEEDINGS);
        }
        if (rs.getBoolean("pre_proceedings")) {
            modifiers.add(ComplexityModifier.PRE_PROCEEDINGS);
        }
        return new Case(rs.getLong("id"), rs.getString("child_reference"), rs.getString("family_group"),
                CaseType.valueOf(rs.getString("case_type")), date(rs, "opened"), date(rs, "closed"),
                CaseStatus.valueOf(rs.getString("status")), modifiers);
    }

    static Allocation allocation(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new Allocation(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("worker_id"),
                date(rs, "from_date"), date(rs, "to_date"),
                reason == null ? null : ChangeReason.valueOf(reason), rs.getString("note"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
