package vn.thidua.domain.bloc;

/**
 * From {@code fromYear} the successor takes the predecessor's place in its bloc (a merge, a split, or a
 * move to another bloc). A predecessor that is not also its own successor is no longer a member from then.
 */
public record Succession(long predecessorId, long successorId, int fromYear, Kind kind) {

    public enum Kind { MERGE, SPLIT, MOVE }
}
