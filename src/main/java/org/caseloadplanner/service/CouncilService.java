package org.caseloadplanner.service;

import org.caseloadplanner.domain.Council;
import org.caseloadplanner.store.CouncilStore;
import org.caseloadplanner.store.Database;
import org.caseloadplanner.store.FileNames;

/** The council a database describes, and whether it is the fictional demo. */
public final class CouncilService {

    private final Database db;
    private final CouncilStore councils;

    public CouncilService(Database db, CouncilStore councils) {
        this.db = db;
        this.councils = councils;
    }

    /** The council; a database made before it was named is called after its file. */
    public Council council() {
        return db.read(councils::find).orElseGet(() -> new Council(nameFromFile(), false));
    }

    public void name(Council council) {
        if (council.name() == null || council.name().isBlank()) {
            throw new org.caseloadplanner.domain.InvalidInputException("name", "Enter the council's name.");
        }
        db.useTransaction(h -> councils.save(h, new Council(council.name().strip(), council.demo())));
    }

    /** The council's LA number in the DfE's published statistics, when someone has said which it is. */
    public java.util.Optional<String> localAuthority() {
        return db.read(councils::localAuthority);
    }

    /** Says which local authority the council is (its LA number), or with null that none is chosen. */
    public void chooseLocalAuthority(String laNumber) {
        if (laNumber != null && !laNumber.matches(org.caseloadplanner.domain.published.Area.LA_NUMBER)) {
            throw new org.caseloadplanner.domain.InvalidInputException("localAuthority",
                    "Choose the local authority from the list.");
        }
        Council now = council(); // a database made before councils were named gets its row now
        db.useTransaction(h -> {
            if (!councils.saveLocalAuthority(h, laNumber)) {
                councils.save(h, now);
                councils.saveLocalAuthority(h, laNumber);
            }
        });
    }

    private String nameFromFile() {
        if (db.isServer()) {
            return db.server().orElseThrow().database();
        }
        String file = db.file().getFileName().toString();
        return file.substring(0, file.length() - FileNames.SUFFIX.length());
    }
}
