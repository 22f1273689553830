package org.caseloadplanner.domain;

import java.time.LocalDate;

/**
 * A case held as cover for a worker who was away, offered back to them on their return: handed back, or kept where
 * it is (it is then the holder's own case, no longer marked as cover).
 *
 * @param holderId   the colleague holding it as cover now
 * @param coverSince the first day they held it
 * @param handBack   true to give it back, false to keep it with the colleague
 */
public record HandBackLine(Case theCase, long holderId, String holderName, LocalDate coverSince, boolean handBack) {

    public HandBackLine withHandBack(boolean back) {
        return new HandBackLine(theCase, holderId, holderName, coverSince, back);
    }
}
