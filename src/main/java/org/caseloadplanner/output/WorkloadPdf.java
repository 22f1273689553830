package org.caseloadplanner.output;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.caseloadplanner.domain.AbsenceRate;
import org.caseloadplanner.domain.FlagSummary;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.OpenCases;
import org.caseloadplanner.domain.Pseudonym;
import org.caseloadplanner.domain.QueuedCase;
import org.caseloadplanner.domain.UkDate;
import org.caseloadplanner.domain.UkNumber;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.domain.WorkforceFigures;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.service.dashboard.Dashboard;
import org.caseloadplanner.service.forecast.Forecast;
import org.caseloadplanner.service.forecast.ForecastService;
import org.caseloadplanner.service.forecast.ForecastWords;
import org.jfree.chart.JFreeChart;

/**
 * The workload report a practice lead takes to a meeting: the measures, the charts (drawn as vectors,
 * sharp at any size), the workers flagged amber and red, and the unallocated queue. With names left out
 * if asked: each worker is then their initials and id.
 */
public final class WorkloadPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x52606D));

    /**
     * @param pseudonymised true to show each worker as initials and id instead of their name
     * @param outlook       the base forecast from today and the saved scenarios beside it; empty for no Outlook page
     * @param comparison    the council's measures beside the published ones; null for no comparison pages
     */
    public record Content(String council, Dashboard dashboard, List<QueuedCase> queue, boolean pseudonymised,
                          List<Forecast> outlook, Comparison comparison) {
    }

    private WorkloadPdf() {
    }

    public static void write(Content content, OutputStream out) {
        Dashboard d = content.pseudonymised() ? pseudonymise(content.dashboard()) : content.dashboard();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Workload report " + d.scope() + " " + UkDate.of(d.date()));
            doc.open();
            doc.add(new Paragraph("Workload report: " + content.council(), TITLE));
            doc.add(new Paragraph(d.scope() + " on " + UkDate.of(d.date()) + (content.pseudonymised()
                    ? ". Workers are shown by initials and id." : "."), TEXT));
            doc.add(spacer());
            doc.add(new Paragraph("Workforce measures (DfE definitions)", HEADING));
            doc.add(measures(d));
            doc.add(spacer());
            FlagSummary flags = FlagSummary.of(d.loads());
            doc.add(new Paragraph("Workers amber and red: " + flags.red().size() + " red, " + flags.amber().size()
                    + " amber; " + flags.holdingMoreThan21() + " holding more than 21 cases", HEADING));
            doc.add(flagged(flags.flagged()));
            for (DashboardChart chart : List.of(DashboardCharts.fitNames(DashboardCharts.caseloadPerWorker(d),
                    doc.getPageSize().getHeight() - 72), DashboardCharts.bands(d),
                    DashboardCharts.teams(d), DashboardCharts.trends(d))) {
                doc.newPage();
                doc.add(vector(writer.getDirectContent(), chart.chart(), doc.getPageSize().getWidth() - 72,
                        doc.getPageSize().getHeight() - 72));
                figures(doc, chart);
            }
            if (!content.outlook().isEmpty()) {
                doc.newPage();
                outlook(doc, writer, content.outlook(), d.scope());
            }
            if (content.comparison() != null) {
                doc.newPage();
                comparison(doc, writer, content.comparison());
            }
            doc.newPage();
            doc.add(new Paragraph("Unallocated cases on " + UkDate.of(d.date()) + ": " + content.queue().size()
                    + (d.scope().equals("All teams") ? "" : " (the whole service)"), HEADING));
            doc.add(queue(content.queue()));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be laid out: " + e.getMessage(), e);
        }
    }

    /** The Outlook: the forecast of open cases with its band, and the base and each scenario side by side. */
    private static void outlook(Document doc, PdfWriter writer, List<Forecast> outlook, String scope)
            throws DocumentException {
        Forecast base = outlook.get(0);
        String shown = base.scopes().stream().anyMatch(s -> s.name().equals(scope)) ? scope : Forecast.ALL_TEAMS;
        doc.add(new Paragraph("Outlook: " + ForecastService.span(base) + ", " + shown, HEADING));
        doc.add(new Paragraph("From the planner's own history, " + base.runs() + " runs; each figure is the middle run "
                + "with the band four runs in five fell within. Scenarios change nothing in the register.", SMALL));
        DashboardChart chart = OutlookCharts.shown(outlook, shown, OutlookCharts.Figure.OPEN_CASES, 0, 0);
        doc.add(vector(writer.getDirectContent(), chart.chart(), doc.getPageSize().getWidth() - 72,
                (doc.getPageSize().getHeight() - 72) * 0.62f));
        PdfPTable t = table(new float[] {3, 2.2f, 2.2f, 1.8f, 2.4f, 2.4f}, "Scenario",
                "Open cases in week " + base.weeks(), "Cases per FTE in week " + base.weeks(),
                "Workers red: now → week " + base.weeks(), "Average load past amber", "First worker red");
        for (Forecast f : outlook) {
            Forecast.Scope s = f.scope(shown);
            Forecast.Week last = s.weeks().get(s.weeks().size() - 1);
            row(t, f.scenario(), ForecastWords.band(last.open(), 0), ForecastWords.band(last.casesPerFte(), 1),
                    ForecastWords.fromTo(s, Forecast.Week::red, 0), ForecastWords.when(f, s.amberWeek()),
                    ForecastWords.when(f, s.firstRedWeek()));
        }
        doc.add(t);
        figures(doc, chart);
    }

    /** The council beside the published figures: caseload as a chart, then every measure year by year. */
    private static void comparison(Document doc, PdfWriter writer, Comparison c) throws DocumentException {
        doc.add(new Paragraph("How the council compares: the DfE's published figures each 30 September", HEADING));
        doc.add(new Paragraph((c.warning().isEmpty() ? "" : c.warning() + " ") + "Published: Department for "
                + "Education, Children's social work workforce (Open Government Licence v3.0). The planner's own "
                + "figures are worked out from its records for the same day, by the same definitions.", SMALL));
        doc.add(vector(writer.getDirectContent(), ComparisonCharts.chart(c, PublishedMeasure.CASELOAD).chart(),
                doc.getPageSize().getWidth() - 72, (doc.getPageSize().getHeight() - 72) * 0.7f));
        doc.newPage();
        float[] widths = new float[c.years().size() + 1];
        widths[0] = 4.5f;
        java.util.Arrays.fill(widths, 1, widths.length, 1f);
        for (Comparison.Measure m : c.measures()) {
            doc.add(new Paragraph(m.measure().label() + (m.measure().unit().equals("%") ? " (%)" : ""), BOLD));
            String[] headings = new String[c.years().size() + 1];
            headings[0] = "";
            for (int i = 0; i < c.years().size(); i++) {
                headings[i + 1] = Integer.toString(c.years().get(i));
            }
            PdfPTable t = table(widths, headings);
            t.setSpacingAfter(6);
            for (Comparison.Line line : m.lines()) {
                String[] cells = new String[c.years().size() + 1];
                cells[0] = line.name();
                for (int i = 0; i < c.years().size(); i++) {
                    Double v = line.values().get(i);
                    cells[i + 1] = v != null ? String.format(Locale.UK, "%,.1f", v)
                            : line.source() == Comparison.Source.PLANNER
                            && c.gap(c.years().get(i)) == Comparison.Gap.NOT_WHOLE_YEAR ? "part year" : "–";
                }
                row(t, cells);
            }
            doc.add(t);
            if (!m.differences().isEmpty()) {
                doc.add(new Paragraph(m.differencesInWords(), SMALL));
            }
        }
        doc.add(new Paragraph("– : not published, or (for the planner's own line) not in its records for that day; "
                + "for absence, a year that began before the first absence was recorded. "
                + "part year: the planner's records begin within the 12 months to that 30 September, so it gives no "
                + "figure. " + c.recordsInWords(), SMALL));
    }

    /**
     * A chart's figures as a table on the page after it, with its sentence: the same figures the screen's
     * "Show as table" gives, for a reader who cannot see the chart.
     */
    private static void figures(Document doc, DashboardChart chart) throws DocumentException {
        ChartFigures figures = ChartFigures.of(chart);
        if (figures.columns().isEmpty()) {
            return;
        }
        doc.newPage();
        doc.add(new Paragraph(chart.title() + ": the figures", HEADING));
        doc.add(new Paragraph(chart.summary() + ".", SMALL));
        float[] widths = new float[figures.columns().size()];
        java.util.Arrays.fill(widths, 1f);
        PdfPTable t = table(widths, figures.columns().toArray(String[]::new));
        for (List<String> cells : figures.rows()) {
            row(t, cells.toArray(String[]::new));
        }
        doc.add(t);
    }

    private static PdfPTable measures(Dashboard d) {
        WorkforceFigures f = d.measures();
        PdfPTable t = table(new float[] {3, 1.4f, 5}, "Measure", "Figure", "Made from");
        row(t, "Caseload per FTE", String.format(Locale.UK, "%.1f", f.caseloadPerFte()),
                f.casesHeld() + " cases / " + UkNumber.of(f.caseHolderFte()) + " FTE of case holders");
        row(t, "Turnover", String.format(Locale.UK, "%.1f%%", f.turnoverRate()),
                UkNumber.of(f.leaverFte()) + " FTE left in the year / " + UkNumber.of(f.directFte()) + " FTE employed");
        row(t, "Agency rate", String.format(Locale.UK, "%.1f%%", f.agencyRate()),
                UkNumber.of(f.agencyFte()) + " agency FTE / " + UkNumber.of(f.agencyFte() + f.directFte()) + " FTE");
        row(t, "Vacancy rate", String.format(Locale.UK, "%.1f%%", f.vacancyRate()),
                UkNumber.of(f.vacantFte()) + " vacant FTE / " + UkNumber.of(f.vacantFte() + f.directFte()) + " FTE");
        row(t, "Sickness absence", String.format(Locale.UK, "%.1f%%", f.absenceRate()),
                UkNumber.of(Math.round(f.sicknessDaysLostFte() * 10) / 10.0) + " FTE days off sick in the year / ("
                        + UkNumber.of(f.directFte()) + " FTE employed × " + AbsenceRate.workingDays(f.date())
                        + " working days)");
        Dashboard.TrendPoint now = d.trend().get(d.trend().size() - 1);
        OpenCases open = new OpenCases(d.date(), now.open(), now.awaitingClosure(), now.unallocated());
        row(t, open.heading(), Integer.toString(open.total()), "Of them " + open.ofWhich()
                + (d.scope().equals("All teams") ? "" : "; the team's are those its workers hold or last held"));
        return t;
    }

    private static PdfPTable flagged(List<WorkerLoad> flagged) {
        PdfPTable t = table(new float[] {3, 3, 1, 1, 1.2f, 1}, "Worker", "Team", "Cases", "Weighted", "Red from",
                "Flag");
        for (WorkerLoad l : flagged) {
            // Away that day: their limits are nothing, which the flag alone would not say.
            row(t, l.worker().name() + (l.isAway() ? " (" + l.availability().awayText() + ")" : ""), l.teamName(),
                    Integer.toString(l.caseload()), UkNumber.of(l.weighted()),
                    UkNumber.of(l.redLimit()), l.flag().label());
        }
        if (flagged.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("Nobody is amber or red.", TEXT));
            none.setColspan(6);
            t.addCell(none);
        }
        return t;
    }

    private static PdfPTable queue(List<QueuedCase> queue) {
        PdfPTable t = table(new float[] {2, 2.5f, 2, 1.5f, 2}, "Child", "Type", "Family", "Days waiting", "");
        for (QueuedCase q : queue) {
            row(t, q.theCase().childReference(), q.theCase().type().label(),
                    q.theCase().familyGroup() == null ? "" : q.theCase().familyGroup(), Long.toString(q.daysWaiting()),
                    (q.mustAllocate() ? "Must allocate " : "") + (q.overdue() ? "Overdue" : ""));
        }
        return t;
    }

    private static Image vector(PdfContentByte canvas, JFreeChart chart, float width, float height)
            throws DocumentException {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return Image.getInstance(template);
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        for (String h : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBackgroundColor(new Color(0xEEF1F5));
            if (h.matches("[0-9]+")) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT); // a year, above its figures
            }
            t.addCell(cell);
        }
        t.setHeaderRows(1);
        return t;
    }

    private static void row(PdfPTable t, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(cells[i], i == cells.length - 1 && isFlag(cells[i])
                    ? new Font(Font.HELVETICA, 10, Font.BOLD, flagColour(cells[i])) : TEXT));
            if (i > 0 && cells[i].matches("[0-9.,%–]+")) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(cell);
        }
    }

    private static boolean isFlag(String text) {
        return text.equals(LoadFlag.RED.label()) || text.equals(LoadFlag.AMBER.label());
    }

    private static Color flagColour(String text) {
        return text.equals(LoadFlag.RED.label()) ? new Color(0xC62828) : new Color(0xB26A00);
    }

    private static Paragraph spacer() {
        return new Paragraph(" ", SMALL);
    }

    /** The same figures with each worker shown as initials and id, so the report can travel. */
    static Dashboard pseudonymise(Dashboard d) {
        List<WorkerLoad> loads = d.loads().stream().map(Pseudonym::load).toList();
        return new Dashboard(d.date(), d.scope(), loads, d.bands(), d.shareUnder21(), d.shareUnder26(), d.teams(),
                d.caseMix(), d.trend(), d.measures(), d.byYear(), List.of(), d.changes(), d.records());
    }
}
