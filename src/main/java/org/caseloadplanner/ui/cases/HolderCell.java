package org.caseloadplanner.ui.cases;

import javafx.scene.control.TableCell;
import org.caseloadplanner.domain.CaseSummary;

/** The case holder's name, or "Unallocated" in the colour that asks for a case holder. */
final class HolderCell extends TableCell<CaseSummary, CaseSummary> {

    private static final String MUST_ALLOCATE = "must-allocate";

    @Override
    protected void updateItem(CaseSummary row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove(MUST_ALLOCATE);
        if (empty || row == null) {
            setText(null);
            return;
        }
        setText(CaseRows.holder(row));
        if (CaseRows.isUnallocated(row)) {
            getStyleClass().add(MUST_ALLOCATE);
        }
    }
}
