package vn.thidua.domain.voting;

/**
 * A member unit as eligibility sees it: its place on the year's scoreboard.
 *
 * @param rank      scoreboard rank (1 is best, equal totals share a rank), or null when not ranked
 * @param excellent classified "Hoàn thành xuất sắc nhiệm vụ"
 */
public record Member(long unitId, String code, String name, Integer rank, boolean excellent) {

    public Candidate toCandidate() {
        return new Candidate(unitId, code, name);
    }
}
