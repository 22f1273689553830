package org.caseloadplanner.service.published;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.caseloadplanner.domain.RecordsBegin;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.caseloadplanner.service.CouncilService;
import org.caseloadplanner.service.measures.WorkforceMeasures;

/** Sets the council's own workforce measures, year by year, beside the DfE's published figures. */
public final class CompareService {

    /** The line of the council's own figures, worked out from the planner's records by the DfE's definitions. */
    public static final String PLANNER_LINE = "From the planner's records";

    private final CouncilService council;
    private final WorkforceMeasures measures;
    private final Clock clock;
    private PublishedLibrary library;

    public CompareService(CouncilService council, WorkforceMeasures measures, PublishedLibrary library, Clock clock) {
        this.council = council;
        this.measures = measures;
        this.library = library;
        this.clock = clock;
    }

    /** Reads published figures from another library from now on (the window's data folder, not only those shipped). */
    public void use(PublishedLibrary other) {
        this.library = other;
    }

    public PublishedLibrary library() {
        return library;
    }

    /** The local authority the council has said it is, if it is in the published list. */
    public Optional<Area> self() {
        PublishedStatistics published = library.statistics();
        return council.localAuthority().flatMap(published::area);
    }

    /** Says which local authority the council is, or with null that none is. */
    public void choose(Area la) {
        council.chooseLocalAuthority(la == null ? null : la.code());
    }

    /** The comparison with the local authorities chosen besides (LA numbers), every measure and year. */
    public Comparison compare(List<String> alsoShown) {
        PublishedStatistics published = library.statistics();
        Optional<Area> self = self();
        List<Integer> years = years(published);
        RecordsBegin records = measures.recordsBegin();
        Map<Integer, WorkforceFigures> own = ownFigures(years, records);
        LocalDate absencesBegin = measures.absencesBegin();
        List<Area> others = published.areas(alsoShown).stream()
                .filter(a -> self.isEmpty() || !a.equals(self.get())).toList();
        List<Comparison.Measure> out = new ArrayList<>();
        for (PublishedMeasure m : PublishedMeasure.values()) {
            List<Comparison.Line> lines = new ArrayList<>();
            lines.add(new Comparison.Line(PLANNER_LINE, Comparison.Source.PLANNER,
                    years.stream().map(y -> own(own.get(y), m, absencesBegin)).toList()));
            self.ifPresent(la -> lines.add(line(la.name() + " (published)", Comparison.Source.PUBLISHED_SELF,
                    published, la, years, m)));
            lines.add(line("England", Comparison.Source.ENGLAND, published, published.england(), years, m));
            self.flatMap(published::regionOf).ifPresent(region -> lines.add(line(region.name(),
                    Comparison.Source.REGION, published, region, years, m)));
            self.ifPresent(la -> lines.add(new Comparison.Line("Statistical neighbours (average)",
                    Comparison.Source.NEIGHBOURS, years.stream().map(y -> published.neighbourAverage(la, y, m.column())
                    .map(a -> round(a.value())).orElse(null)).toList())));
            for (Area other : others) {
                lines.add(line(other.name(), Comparison.Source.CHOSEN, published, other, years, m));
            }
            out.add(new Comparison.Measure(m, List.copyOf(lines), differences(lines, years, m)));
        }
        String warning = library.warning();
        if (self.isEmpty()) {
            warning = (warning.isEmpty() ? "" : warning + " ") + "Choose which local authority this council is "
                    + "(in Settings or here) to see what it published, its region and its statistical neighbours.";
        }
        return new Comparison(council.council().name(), self, years, List.copyOf(out), warning, records);
    }

    /** Every published year, and any 30 September since that the DfE has not published yet. */
    private List<Integer> years(PublishedStatistics published) {
        List<Integer> years = new ArrayList<>(published.years());
        int latest = WorkforceFigures.lastSnapshot(LocalDate.now(clock)).getYear();
        int next = years.isEmpty() ? latest : years.get(years.size() - 1) + 1;
        for (int y = next; y <= latest; y++) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    /**
     * The planner's own measures each 30 September up to today, where it held anyone in post and its records cover
     * the whole year to that day (a year they only begin in would read far too low).
     */
    private Map<Integer, WorkforceFigures> ownFigures(List<Integer> years, RecordsBegin records) {
        Map<Integer, WorkforceFigures> own = new HashMap<>();
        int last = WorkforceFigures.lastSnapshot(LocalDate.now(clock)).getYear();
        if (years.isEmpty() || years.get(0) > last) {
            return own;
        }
        // One reading of the register for every year, as the dashboard's trend takes it.
        for (WorkforceFigures f : measures.byYear(LocalDate.of(last, 9, 30), null, last - years.get(0) + 1)) {
            if (years.contains(f.date().getYear()) && f.directFte() + f.agencyFte() > 0
                    && records.coverYearTo(f.date())) {
                own.put(f.date().getYear(), f);
            }
        }
        return own;
    }

    /**
     * @param absencesBegin the first day of the first absence recorded (null with none): a year that begins before
     *                      it has no absence rate of its own, which would read 0 for sickness never recorded
     */
    private static Double own(WorkforceFigures f, PublishedMeasure m, LocalDate absencesBegin) {
        if (f == null) {
            return null;
        }
        return switch (m) {
            case CASELOAD -> f.casesHeld() == 0 ? null : f.caseloadPerFte(); // records that do not go back so far
            case TURNOVER -> f.turnoverRate();
            case AGENCY -> f.agencyRate();
            case VACANCY -> f.vacancyRate();
            case STARTERS -> round(f.starterFte());
            case ABSENCE -> absencesBegin != null && !absencesBegin.isAfter(f.date().minusYears(1).plusDays(1))
                    ? f.absenceRate() : null;
        };
    }

    private static Comparison.Line line(String name, Comparison.Source source, PublishedStatistics published,
                                        Area area, List<Integer> years, PublishedMeasure m) {
        return new Comparison.Line(name, source, years.stream().map(y -> {
            OptionalDouble v = published.value(area, y, m.column());
            return v.isPresent() ? v.getAsDouble() : null;
        }).toList());
    }

    /** Each year the planner's own figure and the council's published one differ, to the published decimal. */
    private static List<String> differences(List<Comparison.Line> lines, List<Integer> years, PublishedMeasure m) {
        Optional<Comparison.Line> own = lines.stream().filter(l -> l.source() == Comparison.Source.PLANNER).findFirst();
        Optional<Comparison.Line> published = lines.stream()
                .filter(l -> l.source() == Comparison.Source.PUBLISHED_SELF).findFirst();
        List<String> out = new ArrayList<>();
        if (own.isEmpty() || published.isEmpty()) {
            return out;
        }
        for (int i = 0; i < years.size(); i++) {
            Double a = own.get().values().get(i);
            Double b = published.get().values().get(i);
            if (a != null && b != null && Math.abs(a - b) >= 0.05) {
                out.add(years.get(i) + " (the planner " + MeasureText.value(a, m) + ", published "
                        + MeasureText.value(b, m) + ")");
            }
        }
        return out;
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
