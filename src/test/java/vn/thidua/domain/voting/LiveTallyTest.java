package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.domain.voting.Elections.SAMPLE_UNITS;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.moreThanHalf;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiveTallyTest {

    private final ElectionSettings s = moreThanHalf(2, 5, SAMPLE_UNITS);

    @Test
    void eachPaperMovesTheCountOnByOne() {
        List<Ballot> papers = ballots(s, "12", "H", "1", "19", "");
        LiveTally live = LiveTally.start(s);
        assertThat(live.result()).isEqualTo(Tally.count(s, List.of()));
        for (int i = 0; i < papers.size(); i++) {
            live = live.add(papers.get(i));
            assertThat(live.returned()).isEqualTo(i + 1);
            assertThat(live.result()).isEqualTo(Tally.count(s, papers.subList(0, i + 1)));
        }
    }

    @Test
    void aPaperBeyondTheIssuedIsRefused() {
        LiveTally live = LiveTally.start(s);
        for (Ballot b : ballots(s, "1", "1", "1", "1", "1")) {
            live = live.add(b);
        }
        assertThat(live.canAdd()).isFalse();
        LiveTally full = live;
        assertThatThrownBy(() -> full.add(Ballot.spoiled(6))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoTakesThePaperBackOut() {
        List<Ballot> papers = ballots(s, "12", "H", "13");
        LiveTally live = LiveTally.start(s).add(papers.get(0)).add(papers.get(1)).add(papers.get(2));
        assertThat(live.remove(papers.get(2)).result()).isEqualTo(Tally.count(s, papers.subList(0, 2)));
        assertThat(live.remove(papers.get(1)).result().invalid()).isZero();
    }

    @Test
    void aPaperNeverAddedCannotBeTakenBack() {
        LiveTally live = LiveTally.start(s);
        assertThatThrownBy(() -> live.remove(Ballot.spoiled(1))).isInstanceOf(IllegalStateException.class);
        LiveTally one = live.add(ballots(s, "1").get(0));
        assertThatThrownBy(() -> one.remove(ballots(s, "2").get(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTallyNeverChangesOnceMade() {
        LiveTally before = LiveTally.start(s);
        before.add(ballots(s, "1").get(0));
        assertThat(before.returned()).isZero();
    }
}
