package org.caseloadplanner.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.caseloadplanner.domain.Absences;
import org.caseloadplanner.domain.ActionRefusedException;
import org.caseloadplanner.domain.Availability;
import org.caseloadplanner.domain.ChangedSinceSeenException;
import org.caseloadplanner.domain.DutyRotaPlanner;
import org.caseloadplanner.domain.DutyRotaPlanner.DutyWeek;
import org.caseloadplanner.domain.InvalidInputException;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.Worker;
import org.caseloadplanner.store.AbsenceStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.DutyStore;
import org.caseloadplanner.store.WorkerStore;
import org.jdbi.v3.core.Handle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The duty rota a team manager keeps: planned fairly, changed by hand, and read by the allocation screen. */
public final class DutyRotaService {

    public static final String EVERY_WEEKS = "everyWeeks";
    /** How far back earlier duty weeks count when sharing out new ones. */
    private static final int WEEKS_REMEMBERED = 26;

    private final Database db;
    private final DutyStore duty;
    private final WorkerStore workers;
    private final AbsenceStore absences;
    private final Clock clock;

    public DutyRotaService(Database db, DutyStore duty, WorkerStore workers, AbsenceStore absences, Clock clock) {
        this.db = db;
        this.duty = duty;
        this.workers = workers;
        this.absences = absences;
        this.clock = clock;
    }

    /** The Monday of this week. */
    public LocalDate thisWeek() {
        return mondayOf(LocalDate.now(clock));
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * A team's rota as it stands: its setting, who is off it, and the weeks from one Monday for a number of weeks.
     *
     * @param away the weeks each worker shown is away on a working day, so is passed over for duty
     */
    public record Rota(long teamId, int everyWeeks, List<Worker> workers, Set<Long> offRota, LocalDate firstMonday,
                       int weeks, List<DutyWeek> dutyWeeks, List<AwayWeek> away) {
    }

    /**
     * A week a worker is away on a working day, so cannot take its duty.
     *
     * @param firstDay     the first working day of the week they are away
     * @param availability that day's: the absence and until when
     */
    public record AwayWeek(LocalDate monday, long workerId, LocalDate firstDay, Availability availability) {

        /** "away from Wed 03/12 (sickness, until 12/01)", or from the Monday without naming the day. */
        public String text() {
            String from = firstDay.equals(monday) ? "away" : "away from " + firstDay.getDayOfWeek()
                    .getDisplayName(TextStyle.SHORT, Locale.UK) + " "
                    + UkDate.of(firstDay).substring(0, 5);
            return from + " (" + reason() + ")";
        }

        /** "sickness, until 12/01" or "sickness, no return date". */
        public String reason() {
            return availability.away().kind().label().toLowerCase(Locale.UK) + ", "
                    + (availability.awayUntil() == null ? "no return date"
                    : "until " + UkDate.of(availability.awayUntil()).substring(0, 5));
        }
    }

    public Rota rota(long teamId, LocalDate firstMonday, int weeks) {
        LocalDate monday = mondayOf(firstMonday);
        return db.read(h -> {
            List<Worker> shown = workers.list(h).stream().filter(w -> w.teamId() == teamId
                    && w.inPostDuring(monday, monday.plusWeeks(weeks).minusDays(1))).toList();
            return new Rota(teamId, duty.everyWeeks(h, teamId, DutyRotaPlanner.DEFAULT_EVERY_WEEKS), shown,
                    duty.offRota(h), monday, weeks, duty.weeks(h, teamId, monday, monday.plusWeeks(weeks - 1)),
                    awayWeeks(shown, monday, weeks, absencesOf(h)));
        });
    }

    private Absences absencesOf(Handle h) {
        return Absences.of(absences.list(h));
    }

    private static List<AwayWeek> awayWeeks(List<Worker> shown, LocalDate monday, int weeks, Absences recorded) {
        List<AwayWeek> away = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate week = monday.plusWeeks(i);
            for (Worker w : shown) {
                DutyRotaPlanner.awayInWeek(w, week, recorded).ifPresent(day -> away.add(
                        new AwayWeek(week, w.id(), day, recorded.on(w, day))));
            }
        }
        return away;
    }

    /**
     * Plans the team's duty for the weeks from a Monday on, replacing what was planned for them, carrying on
     * fairly from the weeks before. One transaction.
     */
    public Rota plan(long teamId, LocalDate firstMonday, int weeks) {
        return plan(teamId, firstMonday, weeks, null);
    }

    /**
     * Plans the team's duty as {@link #plan(long, LocalDate, int)} does, from the rota the manager sees: refused,
     * with nothing changed, when someone else has changed those weeks since, so their ticks are not wiped unseen.
     *
     * @param seen the duty weeks the screen showed of the weeks to plan (others are passed over); null to plan
     *             whatever is there
     */
    public Rota plan(long teamId, LocalDate firstMonday, int weeks, List<DutyWeek> seen) {
        LocalDate monday = mondayOf(firstMonday);
        db.useTransaction(h -> {
            if (seen != null) {
                LocalDate last = monday.plusWeeks(weeks - 1);
                Set<DutyWeek> shown = seen.stream().filter(w -> !w.monday().isBefore(monday) && !w.monday().isAfter(last))
                        .collect(Collectors.toSet());
                if (!shown.equals(Set.copyOf(duty.weeks(h, teamId, monday, last)))) {
                    throw new ChangedSinceSeenException("Someone else changed this team's duty rota after you "
                            + "opened it, so it was not planned again. It is shown as it is now: plan again if you "
                            + "still want to.");
                }
            }
            int every = duty.everyWeeks(h, teamId, DutyRotaPlanner.DEFAULT_EVERY_WEEKS);
            List<Worker> team = workers.list(h).stream().filter(w -> w.teamId() == teamId).toList();
            List<DutyWeek> before = duty.weeks(h, teamId, monday.minusWeeks(WEEKS_REMEMBERED), monday.minusDays(1));
            duty.deleteFrom(h, teamId, monday);
            duty.add(h, teamId, DutyRotaPlanner.plan(team, duty.offRota(h), every, monday, weeks, before,
                    absencesOf(h)));
        });
        return rota(teamId, monday, weeks);
    }

    public void setEveryWeeks(long teamId, int weeks) {
        if (weeks < 1 || weeks > 12) {
            throw new InvalidInputException(EVERY_WEEKS, "Duty comes round once in 1 to 12 weeks.");
        }
        db.useTransaction(h -> duty.setEveryWeeks(h, teamId, weeks));
    }

    /** Takes a worker off the rota (such as a part-timer who does not work duty days), or puts them back. */
    public void setOffRota(long workerId, boolean off) {
        db.useTransaction(h -> duty.setOffRota(h, workerId, off));
    }

    /** Puts a worker on duty for a week, or takes them off it: the manager's own change to the plan. */
    public void setOnDuty(long teamId, LocalDate monday, long workerId, boolean on) {
        db.useTransaction(h -> {
            Worker w = workers.find(h, workerId)
                    .orElseThrow(() -> new ActionRefusedException("That worker no longer exists."));
            if (on && !DutyRotaPlanner.canTakeDuty(w, mondayOf(monday))) {
                throw new ActionRefusedException(w.name() + " is not in post all that week, Monday "
                        + UkDate.of(mondayOf(monday)) + " to Sunday " + UkDate.of(mondayOf(monday).plusDays(6)) + ".");
            }
            if (on) {
                Absences recorded = absencesOf(h);
                Optional<LocalDate> away = DutyRotaPlanner.awayInWeek(w, mondayOf(monday), recorded);
                if (away.isPresent()) {
                    AwayWeek week = new AwayWeek(mondayOf(monday), workerId, away.get(), recorded.on(w, away.get()));
                    throw new ActionRefusedException(w.name() + " is " + week.text() + ", so cannot be on duty the "
                            + "week of " + UkDate.of(mondayOf(monday)) + ". Choose someone at work that week.");
                }
            }
            duty.remove(h, teamId, mondayOf(monday), workerId);
            if (on) {
                duty.add(h, teamId, List.of(new DutyWeek(mondayOf(monday), workerId)));
            }
        });
    }

    /** Everyone on duty in the week the day falls in. */
    public Set<Long> onDutyInWeekOf(LocalDate day) {
        return db.read(h -> duty.onDuty(h, mondayOf(day)));
    }
}
