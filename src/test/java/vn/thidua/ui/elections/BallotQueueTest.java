package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.ui.elections.BallotQueue.Paper;

class BallotQueueTest {

    @Test
    void eachPaperIsNumberedWhenTypedAfterTheStoredOnes() {
        BallotQueue q = new BallotQueue();
        q.loaded(3, 4);
        assertThat(q.add("1")).isEqualTo(new Paper(4, "1"));
        assertThat(q.add("2")).isEqualTo(new Paper(5, "2"));
        assertThat(q.total()).isEqualTo(5);
        assertThat(q.nextNumber()).isEqualTo(6);
    }

    @Test
    void numbersFollowTheHighestStoredPaperNotTheCountWhenThereIsAGap() {
        BallotQueue q = new BallotQueue();
        // Papers 1, 2 and 4 stored (3 withdrawn): three papers, the next is 5.
        q.loaded(3, 5);
        assertThat(q.add("1").number()).isEqualTo(5);
        assertThat(q.total()).isEqualTo(4);
    }

    @Test
    void papersAreWrittenOneAtATimeInOrder() {
        BallotQueue q = new BallotQueue();
        q.add("1");
        q.add("2");
        Paper first = q.startNext().orElseThrow();
        assertThat(first.number()).isEqualTo(1);
        assertThat(q.startNext()).as("one write at a time").isEmpty();
        q.written(first);
        assertThat(q.startNext()).contains(new Paper(2, "2"));
    }

    @Test
    void aWrittenPaperLeavesTheQueueEvenBeforeThePageIsReadAgain() {
        BallotQueue q = new BallotQueue();
        q.loaded(0, 1);
        q.add("1");
        q.written(q.startNext().orElseThrow());
        assertThat(q.isBusy()).isFalse();
        assertThat(q.total()).as("counted though the page was not read").isEqualTo(1);
        // The page read back after it (or never): the next paper is number 2 either way.
        assertThat(q.add("3").number()).isEqualTo(2);
        q.loaded(1, 2);
        assertThat(q.total()).isEqualTo(2);
        assertThat(q.nextNumber()).isEqualTo(3);
    }

    @Test
    void aPageReadWhileAPaperWaitsKeepsItsNumber() {
        BallotQueue q = new BallotQueue();
        q.add("1");
        Paper p2 = q.add("2");
        q.written(q.startNext().orElseThrow());
        q.loaded(1, 2);
        assertThat(q.startNext()).contains(p2);
        assertThat(q.nextNumber()).isEqualTo(3);
        assertThat(q.total()).isEqualTo(2);
    }

    @Test
    void aFailedWritePausesWithThePaperKeptUntilResumed() {
        BallotQueue q = new BallotQueue();
        Paper p = q.add("1");
        q.add("2");
        q.startNext().orElseThrow();
        q.failed();
        assertThat(q.isPaused()).isTrue();
        assertThat(q.startNext()).isEmpty();
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.headNumber()).contains(1);
        assertThat(q.resume()).isTrue();
        assertThat(q.resume()).as("only once").isFalse();
        assertThat(q.startNext()).as("the same paper, same number, again").contains(p);
    }

    @Test
    void onlyThePaperBeingWrittenCanBeMarkedWritten() {
        BallotQueue q = new BallotQueue();
        q.add("1");
        Paper second = q.add("2");
        assertThatThrownBy(() -> q.written(second)).isInstanceOf(IllegalStateException.class);
        q.startNext();
        assertThatThrownBy(() -> q.written(second)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clearForgetsEverything() {
        BallotQueue q = new BallotQueue();
        q.loaded(5, 6);
        q.add("1");
        q.startNext();
        q.failed();
        q.clear();
        assertThat(q.isBusy()).isFalse();
        assertThat(q.isPaused()).isFalse();
        assertThat(q.total()).isZero();
        assertThat(q.nextNumber()).isEqualTo(1);
    }
}
