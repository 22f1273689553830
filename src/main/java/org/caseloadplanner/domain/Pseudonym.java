package org.caseloadplanner.domain;

/** A worker known by initials and id instead of their name, so a report can leave the office. */
public final class Pseudonym {

    private Pseudonym() {
    }

    /** "A.K. P-7": the initials of each part of the name, and the council's id (or the planner's, as #12). */
    public static String of(Worker w) {
        StringBuilder initials = new StringBuilder();
        for (String part : w.name().trim().split("[\\s-]+")) {
            part.codePoints().filter(Character::isLetter).findFirst()
                    .ifPresent(first -> initials.appendCodePoint(Character.toUpperCase(first)).append('.'));
        }
        String id = w.externalId() != null && !w.externalId().isBlank() ? w.externalId() : "#" + w.id();
        return initials + " " + id;
    }

    /** The same worker with the pseudonym for a name and no Social Work England number. */
    public static Worker worker(Worker w) {
        return new Worker(w.id(), of(w), w.teamId(), w.role(), w.fte(), w.employment(), w.startDate(),
                w.leavingDate(), null, w.externalId());
    }

    /** The same load, its worker known only by the pseudonym. */
    public static WorkerLoad load(WorkerLoad l) {
        return new WorkerLoad(worker(l.worker()), l.teamName(), l.capacity(), l.caseload(), l.weighted(),
                l.awaitingClosure(), l.flag(), l.greenLimit(), l.redLimit(), l.usualCapacity(), l.availability());
    }
}
