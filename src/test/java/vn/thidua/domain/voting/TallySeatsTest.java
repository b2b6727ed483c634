package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.NNPTNT;
import static vn.thidua.domain.voting.Elections.TNMT;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.concat;
import static vn.thidua.domain.voting.Elections.election;
import static vn.thidua.domain.voting.Elections.moreThanHalf;
import static vn.thidua.domain.voting.Elections.repeat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who fills the seats. Keys 1–4 are GTVT, CT, NNPTNT, TNMT. */
class TallySeatsTest {

    private static final List<Candidate> FOUR = List.of(GTVT, CT, NNPTNT, TNMT);

    private static CandidateResult row(TallyResult r, Candidate c) {
        return r.row(c.unitId()).orElseThrow();
    }

    @Test
    void seatsAreFilledMostVotesFirst() {
        ElectionSettings s = election(2, ">=", "40", Base.VALID, 10, FOUR);
        // GTVT 7, CT 6, NNPTNT 5: three reach 4 votes, two seats
        TallyResult r = Tally.count(s, ballots(s, concat(repeat("12", 5), repeat("13", 2), repeat("23", 1), repeat("3", 2))));
        assertThat(r.rows()).extracting(CandidateResult::votes).containsExactly(7, 6, 5, 0);
        assertThat(r.elected()).containsExactly(GTVT.unitId(), CT.unitId());
        assertThat(row(r, NNPTNT).qualifies()).isTrue();
        assertThat(row(r, NNPTNT).outcome()).isEqualTo(Outcome.NOT_ELECTED);
        assertThat(row(r, NNPTNT).reason()).isEqualTo(Reason.of("voting.reason.seatsFull", 5, new BigDecimal("50.00"), 2));
        assertThat(r.hasTie()).isFalse();
    }

    @Test
    void fewerQualifiersThanSeatsLeavesASeatEmpty() {
        ElectionSettings s = moreThanHalf(2, 8, FOUR);
        // GTVT 6, CT 4 (exactly half, not more), NNPTNT 2
        TallyResult r = Tally.count(s, ballots(s, concat(repeat("12", 4), repeat("1", 2), repeat("3", 2))));
        assertThat(r.elected()).containsExactly(GTVT.unitId());
        assertThat(row(r, CT).outcome()).isEqualTo(Outcome.NOT_ELECTED);
        assertThat(row(r, CT).reason().key()).isEqualTo("voting.reason.gt.valid");
        assertThat(r.seatsLeft()).isEqualTo(1);
        assertThat(r.hasTie()).isFalse();
    }

    @Test
    void whenNobodyQualifiesNobodyIsElected() {
        ElectionSettings s = moreThanHalf(1, 8, FOUR);
        TallyResult r = Tally.count(s, ballots(s, "1", "1", "1", "1", "2", "2", "3", "4"));
        assertThat(r.rows()).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.NOT_ELECTED));
        assertThat(r.elected()).isEmpty();
        assertThat(r.hasTie()).isFalse();
    }

    @Test
    void equalVotesBelowTheThresholdAreNotATie() {
        ElectionSettings s = moreThanHalf(1, 8, FOUR);
        TallyResult r = Tally.count(s, ballots(s, concat(repeat("1", 4), repeat("2", 4))));
        assertThat(r.tied()).isEmpty();
        assertThat(row(r, GTVT).outcome()).isEqualTo(Outcome.NOT_ELECTED);
        assertThat(row(r, CT).outcome()).isEqualTo(Outcome.NOT_ELECTED);
    }

    @Test
    void twoWayTieForTheOnlySeatIsReportedNotBroken() {
        ElectionSettings s = election(1, ">=", "40", Base.VALID, 10, FOUR);
        TallyResult r = Tally.count(s, ballots(s, concat(repeat("1", 4), repeat("2", 4), repeat("3", 2))));
        assertThat(r.tied()).containsExactly(CT.unitId(), GTVT.unitId());
        assertThat(r.elected()).isEmpty();
        assertThat(r.seatsLeft()).isEqualTo(1);
        assertThat(row(r, NNPTNT).outcome()).isEqualTo(Outcome.NOT_ELECTED);
        assertThat(row(r, CT).reason()).isEqualTo(Reason.of("voting.reason.tie", 4, new BigDecimal("40.00"), 2, 1));
    }

    @Test
    void twoWayTieAtTheLastSeatKeepsTheSeatAboveElected() {
        ElectionSettings s = election(2, ">=", "25", Base.VALID, 8, FOUR);
        // GTVT 6; CT 4, NNPTNT 4 for the second seat
        TallyResult r = Tally.count(s, ballots(s, concat(repeat("12", 4), repeat("13", 2), repeat("3", 2))));
        assertThat(r.elected()).containsExactly(GTVT.unitId());
        assertThat(r.tied()).containsExactly(CT.unitId(), NNPTNT.unitId());
        assertThat(r.seatsLeft()).isEqualTo(1);
    }

    @Test
    void threeWayTieAtTheLastSeatKeepsTheSeatAboveElected() {
        ElectionSettings s = election(2, ">=", "40", Base.VALID, 9, FOUR);
        // GTVT 5; CT, NNPTNT, TNMT 4 each (4 of 9 needed): three share the last seat
        TallyResult r = Tally.count(s, ballots(s, "12", "12", "13", "13", "14", "23", "24", "34", "4"));
        assertThat(r.rows()).extracting(CandidateResult::votes).containsExactly(5, 4, 4, 4);
        assertThat(r.elected()).containsExactly(GTVT.unitId());
        assertThat(r.tied()).containsExactlyInAnyOrder(CT.unitId(), NNPTNT.unitId(), TNMT.unitId());
        assertThat(r.seatsLeft()).isEqualTo(1);
        assertThat(row(r, TNMT).reason().args()).containsExactly(4, new BigDecimal("44.44"), 3, 1);
    }

    @Test
    void equalVotesAboveTheLastSeatAreAllElected() {
        ElectionSettings s = election(2, ">=", "50", Base.VALID, 8, FOUR);
        // GTVT 6, CT 6 fit the two seats; NNPTNT 4 qualifies but comes third
        TallyResult r = Tally.count(s, ballots(s, concat(repeat("12", 4), repeat("13", 2), repeat("23", 2))));
        assertThat(r.rows()).extracting(CandidateResult::votes).containsExactly(6, 6, 4, 0);
        assertThat(r.elected()).containsExactlyInAnyOrder(GTVT.unitId(), CT.unitId());
        assertThat(row(r, NNPTNT).outcome()).isEqualTo(Outcome.NOT_ELECTED);
        assertThat(row(r, NNPTNT).reason().key()).isEqualTo("voting.reason.seatsFull");
    }

    @Test
    void equalLeadersAreElectedWhileTheLastSeatIsTied() {
        ElectionSettings s = election(3, ">=", "25", Base.VALID, 8, FOUR);
        // GTVT 6, CT 6 take two seats; NNPTNT 4, TNMT 4 tie for the third
        TallyResult r = Tally.count(s, ballots(s, "124", "124", "123", "123", "12", "12", "34", "34"));
        assertThat(r.rows()).extracting(CandidateResult::votes).containsExactly(6, 6, 4, 4);
        assertThat(r.elected()).containsExactlyInAnyOrder(GTVT.unitId(), CT.unitId());
        assertThat(r.tied()).containsExactlyInAnyOrder(NNPTNT.unitId(), TNMT.unitId());
        assertThat(r.seatsLeft()).isEqualTo(1);
    }

    @Test
    void equalVotesThatExactlyFillTheLastSeatsAreElected() {
        ElectionSettings s = election(3, ">=", "25", Base.VALID, 8, FOUR);
        // GTVT 6, then CT 3 and NNPTNT 3 for the last two seats; TNMT 2 qualifies but is fourth
        TallyResult r = Tally.count(s, ballots(s, "12", "12", "13", "13", "1", "1", "234", "4"));
        assertThat(r.rows()).extracting(CandidateResult::votes).containsExactly(6, 3, 3, 2);
        assertThat(r.elected()).containsExactly(GTVT.unitId(), CT.unitId(), NNPTNT.unitId());
        assertThat(r.hasTie()).isFalse();
    }

    @Test
    void rowsGoByVotesThenVietnameseNameAndKeepTheirRoomNumber() {
        List<Candidate> list = List.of(
                new Candidate(21, "GD", "Sở Giáo dục"),
                new Candidate(22, "DIEN", "Sở Điện lực"),
                new Candidate(23, "DL", "Sở Du lịch"),
                new Candidate(24, "BC", "Sở Bưu chính"),
                new Candidate(25, "AN", "Sở Âm nhạc"),
                new Candidate(26, "XD", "Sở Xây dựng"));
        ElectionSettings s = moreThanHalf(1, 3, list);
        TallyResult r = Tally.count(s, ballots(s, "6", "6", "1"));
        // Â before B, Đ after D: not the order of the code points
        assertThat(r.rows()).extracting(x -> x.candidate().name()).containsExactly(
                "Sở Xây dựng", "Sở Giáo dục", "Sở Âm nhạc", "Sở Bưu chính", "Sở Du lịch", "Sở Điện lực");
        assertThat(r.rows()).extracting(CandidateResult::number).containsExactly(6, 1, 5, 4, 3, 2);
    }
}
