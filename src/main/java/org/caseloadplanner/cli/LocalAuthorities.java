package org.caseloadplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.PublishedStatistics;

/** Local authorities named on the command line, by name or LA number, as the published figures know them. */
final class LocalAuthorities {

    private LocalAuthorities() {
    }

    /** Their LA numbers, in the order given; one the published figures do not know is refused, with the nearest. */
    static List<String> numbers(PublishedStatistics published, List<String> given) {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            String wanted = g.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Optional<Area> la = published.area(wanted).filter(a -> a.level() == Area.Level.LOCAL_AUTHORITY)
                    .or(() -> published.localAuthorityNamed(wanted));
            if (la.isEmpty()) {
                List<String> names = published.localAuthorities().stream().map(Area::name).toList();
                throw new UsageException("No local authority called '" + wanted + "' is in the published figures"
                        + NearestName.to(wanted, names).map(n -> ": did you mean " + n + "?").orElse(
                        " (give its name as the DfE writes it, or its three-digit LA number)."));
            }
            out.add(la.get().code());
        }
        return out;
    }
}
