package org.caseloadplanner.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caseloadplanner.domain.CaseType;
import org.caseloadplanner.domain.Employment;
import org.caseloadplanner.domain.Role;
import org.caseloadplanner.domain.Team;
import org.caseloadplanner.domain.TeamKind;
import org.caseloadplanner.domain.Worker;

/** The demo council's teams and the workers who have been in them over the last three years. */
final class DemoWorkforce {

    /** A team of the demo council: the case types it holds and how many case holders it has now. */
    record TeamPlan(String name, TeamKind kind, double establishment, List<CaseType> holds, int caseHolders) {
    }

    // Sized after Redcar and Cleveland's published workforce (DfE, 2025, Open Government Licence v3.0): agency
    // workers 14.5% of FTE, vacancies 19.6% of posts (agency workers mostly cover them, so each team's funded
    // posts are about its headcount), 18.9% of FTE leaving in a year, 17.5 cases per case-holding FTE.
    static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan("Front Door (MASH)", TeamKind.FRONT_DOOR, 6, List.of(CaseType.EARLY_HELP,
                    CaseType.ASSESSMENT), 5),
            new TeamPlan("Assessment Team", TeamKind.ASSESSMENT, 11, List.of(CaseType.ASSESSMENT), 10),
            new TeamPlan("Case Management North", TeamKind.CASE_MANAGEMENT, 16, List.of(CaseType.CIN,
                    CaseType.CP), 15),
            new TeamPlan("Case Management South", TeamKind.CASE_MANAGEMENT, 16, List.of(CaseType.CIN,
                    CaseType.CP), 15),
            new TeamPlan("Children in Care", TeamKind.CHILDREN_IN_CARE, 12, List.of(CaseType.CLA), 11),
            new TeamPlan("Care Leavers", TeamKind.CARE_LEAVERS, 7, List.of(CaseType.CARE_LEAVER), 6));

    private static final double[] PART_TIME = {0.5, 0.6, 0.8};
    private static final int LEAVERS = 56;
    private static final double AGENCY = 0.145;

    private final Random random;
    private final LocalDate today;
    private final DemoNames names;
    private int nextExternalId = 10_200;

    DemoWorkforce(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.names = new DemoNames(random);
    }

    /** Every worker of one team, managers first, leavers last; team ids are filled in when written. */
    List<Worker> workersOf(int teamIndex, long teamId) {
        TeamPlan plan = TEAMS.get(teamIndex);
        List<Worker> workers = new ArrayList<>();
        workers.add(worker(teamId, Role.TEAM_MANAGER, 1.0, Employment.PERMANENT,
                today.minusDays(1500 + random.nextInt(2500)), null));
        for (int i = 0; i < plan.caseHolders(); i++) {
            workers.add(inPost(teamId, i == 0 && teamIndex < 2));
        }
        int leavers = Math.round((float) LEAVERS * plan.caseHolders() / totalCaseHolders());
        for (int i = 0; i < leavers; i++) {
            workers.add(leaver(teamId));
        }
        return workers;
    }

    static Team team(int index) {
        TeamPlan plan = TEAMS.get(index);
        return new Team(0, plan.name(), plan.kind(), plan.establishment());
    }

    private static int totalCaseHolders() {
        return TEAMS.stream().mapToInt(TeamPlan::caseHolders).sum();
    }

    private Worker inPost(long teamId, boolean joinedThisWeek) {
        Role role = role();
        Employment employment = random.nextDouble() < AGENCY ? Employment.AGENCY : Employment.PERMANENT;
        LocalDate start;
        if (joinedThisWeek) {
            start = today.minusDays(random.nextInt(5));
        } else if (role == Role.ASYE) {
            start = today.minusDays(40 + random.nextInt(300));
        } else if (employment == Employment.AGENCY) {
            start = today.minusDays(60 + random.nextInt(700));
        } else {
            start = today.minusDays(200 + random.nextInt(3400));
        }
        return worker(teamId, role, fte(role), employment, start, null);
    }

    private Worker leaver(long teamId) {
        LocalDate left = today.minusDays(7 + random.nextInt(1088));
        Employment employment = random.nextDouble() < 0.45 ? Employment.AGENCY : Employment.PERMANENT;
        LocalDate start = left.minusDays(employment == Employment.AGENCY ? 90 + random.nextInt(400)
                : 300 + random.nextInt(2200));
        Role role = random.nextDouble() < 0.2 ? Role.SENIOR_PRACTITIONER : Role.SOCIAL_WORKER;
        return worker(teamId, role, fte(role), employment, start, left);
    }

    private Role role() {
        double r = random.nextDouble();
        return r < 0.11 ? Role.ASYE : r < 0.31 ? Role.SENIOR_PRACTITIONER : Role.SOCIAL_WORKER;
    }

    private double fte(Role role) {
        return role != Role.ASYE && random.nextDouble() < 0.16 ? PART_TIME[random.nextInt(PART_TIME.length)] : 1.0;
    }

    private Worker worker(long teamId, Role role, double fte, Employment employment, LocalDate start,
                          LocalDate left) {
        String swe = random.nextDouble() < 0.92 ? "SW" + (10_000 + random.nextInt(89_999) * 10 + random.nextInt(10))
                : null;
        return new Worker(0, names.next(), teamId, role, fte, employment, start, left, swe, "P" + nextExternalId++);
    }
}
