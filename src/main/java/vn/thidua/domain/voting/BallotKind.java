package vn.thidua.domain.voting;

/** A paper either carries marks, or the counting committee declared it spoiled (phiếu hỏng). */
public enum BallotKind {
    MARKED,
    SPOILED
}
