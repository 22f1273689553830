package org.caseloadplanner.ui.cases;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.caseloadplanner.domain.CaseSummary;

/** The case holder's name, or "Unallocated" in the colour that asks for a case holder. */
final class HolderCell extends TableCell<CaseSummary, CaseSummary> {

    private static final String MUST_ALLOCATE = "must-allocate";
    private final Tooltip tip = new Tooltip();

    @Override
    protected void updateItem(CaseSummary row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove(MUST_ALLOCATE);
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(CaseRows.holder(row));
        // The full name and team, for a narrow column.
        tip.setText(row.isAllocated() ? CaseRows.holder(row) + ", " + CaseRows.holderTeam(row) : CaseRows.holder(row));
        setTooltip(getText().isEmpty() ? null : tip);
        if (CaseRows.isUnallocated(row)) {
            getStyleClass().add(MUST_ALLOCATE);
        }
    }
}
