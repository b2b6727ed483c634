package vn.thidua.domain.voting;

import java.math.BigDecimal;

/** The one-line reasons: what the rule asks for and what the candidate has. */
final class Explainer {

    private final ElectionSettings settings;
    private final int base;
    private final int needed;
    private final Seats seats;

    Explainer(ElectionSettings settings, int base, int needed, Seats seats) {
        this.settings = settings;
        this.base = base;
        this.needed = needed;
        this.seats = seats;
    }

    /** Args: {0} threshold percent, {1} seats, {2} base. */
    Reason rule() {
        return Reason.of("voting.rule." + suffix(), level(), settings.seats(), base);
    }

    CandidateResult row(Tally.Scored s) {
        Outcome outcome = seats.outcomeOf(s);
        BigDecimal percent = Threshold.displayPercent(s.votes(), base);
        return new CandidateResult(s.number(), s.candidate(), s.votes(), percent, s.qualifies(), outcome,
                reason(s, outcome, percent));
    }

    private Reason reason(Tally.Scored s, Outcome outcome, BigDecimal percent) {
        if (base <= 0) {
            return Reason.of("voting.reason.noBase." + settings.base().code());
        }
        if (outcome == Outcome.TIE) {
            // Args: {0} votes, {1} percent, {2} how many share them, {3} seats left for them.
            return Reason.of("voting.reason.tie", s.votes(), percent, seats.tiedCount(), seats.seatsForTie());
        }
        if (s.qualifies() && outcome == Outcome.NOT_ELECTED) {
            // Args: {0} votes, {1} percent, {2} seats.
            return Reason.of("voting.reason.seatsFull", s.votes(), percent, settings.seats());
        }
        // Args: {0} threshold percent, {1} base, {2} votes needed, {3} votes, {4} percent.
        return Reason.of("voting.reason." + suffix(), level(), base, needed, s.votes(), percent);
    }

    /** A percentage as a number (the message adds "%"), a fraction as written ("2/3"). */
    private Object level() {
        return settings.level() instanceof ThresholdLevel.Percent p ? p.value() : settings.level().written();
    }

    /** A fraction has its own wording: "trên 2/3 số phiếu hợp lệ", not "trên 2/3%". */
    private String suffix() {
        return settings.operator().code() + "." + settings.base().code()
                + (settings.level() instanceof ThresholdLevel.Fraction ? ".fraction" : "");
    }
}
