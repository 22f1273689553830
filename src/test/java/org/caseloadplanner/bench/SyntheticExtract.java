package org.caseloadplanner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A made-up SSD extract of any size: professionals in teams of 100 (one in twenty a health visitor with no
 * FTE) and children with contiguous case-holding involvements, and now and then an IRO beside them.
 */
final class SyntheticExtract {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    private static final String[] REASONS = {"MANAGE", "LEFTRL", "TSPROC", "ABSENC", "ORGRST"};

    private SyntheticExtract() {
    }

    /** Writes both files into the folder; returns how many involvements were written. */
    static long write(Path folder, int professionals, long involvements) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("ssd_professionals.csv"), StandardCharsets.UTF_8)) {
            out.write("prof_professional_id,prof_staff_id,prof_professional_name,prof_social_worker_registration_no,"
                    + "prof_professional_job_title,prof_professional_caseload,prof_professional_department,"
                    + "prof_full_time_equivalency,prof_agency_worker_flag\n");
            for (int p = 1; p <= professionals; p++) {
                boolean visitor = p % 20 == 0;
                out.write("P" + p + ",S" + p + ",Professional " + p + "," + (visitor ? "" : "SW" + (100_000 + p)) + ","
                        + (visitor ? "Health Visitor" : p % 10 == 1 ? "Senior Practitioner" : "Social Worker") + ","
                        + random.nextInt(30) + ",Team " + (1 + p / 100) + "," + (visitor ? "" : p % 5 == 3 ? "0.6" : "1.0")
                        + "," + (p % 5 == 4 ? "Y" : "N") + "\n");
            }
        }
        long written = 0;
        long child = 0;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("ssd_involvements.csv"), StandardCharsets.UTF_8)) {
            out.write("invo_involvements_id,invo_professional_id,invo_professional_role_id,invo_professional_team,"
                    + "invo_involvement_start_date,invo_involvement_end_date,invo_worker_change_reason,invo_person_id,"
                    + "invo_referral_id\n");
            while (written < involvements) {
                child++;
                int team = 1 + random.nextInt(Math.max(1, professionals / 100));
                LocalDate from = TODAY.minusDays(30 + random.nextInt(1_500));
                int periods = 1 + random.nextInt(5);
                boolean open = random.nextInt(4) == 0;
                for (int i = 0; i < periods && written < involvements; i++) {
                    LocalDate to = from.plusDays(20 + random.nextInt(200));
                    boolean last = i == periods - 1 || !to.isBefore(TODAY);
                    String end = last && open ? "" : (to.isAfter(TODAY) ? TODAY : to).toString();
                    out.write("I" + (++written) + ",P" + worker(random, team, professionals) + ",CW,Team " + team + ","
                            + from + "," + end + "," + (i == 0 ? "FCONTA" : REASONS[random.nextInt(REASONS.length)])
                            + ",C" + child + ",R" + child + "\n");
                    if (random.nextInt(10) == 0 && written < involvements) {
                        out.write("I" + (++written) + ",P" + (team * 100 == 0 ? 20 : Math.min(professionals,
                                (team - 1) * 100 + 20)) + ",IRO,Team " + team + "," + from + ",," + ",C" + child
                                + ",R" + child + "\n");
                    }
                    if (last) {
                        break;
                    }
                    from = to.plusDays(1);
                }
            }
        }
        return written;
    }

    /** A case-holding professional of the team (not a health visitor). */
    private static int worker(Random random, int team, int professionals) {
        int p;
        do {
            p = Math.min(professionals, (team - 1) * 100 + 1 + random.nextInt(100));
        } while (p % 20 == 0);
        return p;
    }
}
