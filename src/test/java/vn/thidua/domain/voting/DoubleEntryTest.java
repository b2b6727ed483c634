package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.thidua.domain.voting.DoubleEntry.Difference;
import vn.thidua.domain.voting.ElectionArbitraries.Case;

class DoubleEntryTest {

    private static final long GTVT = 1;
    private static final long CT = 2;
    private static final long XD = 3;

    @Test
    void papersEnteredAlikeTwiceShowNoDifference() {
        List<Ballot> first = List.of(Ballot.marked(1, Set.of(GTVT)), Ballot.marked(2, Set.of(GTVT, CT)),
                Ballot.spoiled(3), Ballot.marked(4, Set.of()));
        List<Ballot> second = List.of(Ballot.marked(4, Set.of()), Ballot.spoiled(3), Ballot.marked(2, Set.of(CT, GTVT)),
                Ballot.marked(1, Set.of(GTVT)));

        assertThat(DoubleEntry.compare(first, second)).isEmpty();
        assertThat(DoubleEntry.agreeing(first, second)).isEqualTo(4);
    }

    @Test
    void eachKindOfDisagreementIsListedByPaperNumber() {
        List<Ballot> first = List.of(
                Ballot.marked(1, Set.of(GTVT)),
                Ballot.marked(2, Set.of(GTVT)),
                Ballot.marked(3, Set.of(CT)),
                new Ballot(4, BallotKind.MARKED, Set.of(), Set.of("G")),
                Ballot.marked(5, Set.of(XD)),
                Ballot.marked(7, Set.of(XD)));
        List<Ballot> second = List.of(
                Ballot.marked(1, Set.of(GTVT)),                  // agrees
                Ballot.marked(2, Set.of(GTVT, CT)),              // one mark more
                Ballot.spoiled(3),                               // spoiled on one side only
                new Ballot(4, BallotKind.MARKED, Set.of(), Set.of("F")), // another stray key
                Ballot.marked(6, Set.of(CT)));                   // not in the first entry
        // 5 and 7: not entered a second time

        List<Difference> d = DoubleEntry.compare(first, second);

        assertThat(d).extracting(Difference::number).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(d.get(0).first()).contains(Ballot.marked(2, Set.of(GTVT)));
        assertThat(d.get(0).second()).contains(Ballot.marked(2, Set.of(GTVT, CT)));
        assertThat(d.get(3).second()).isEmpty();
        assertThat(d.get(4).first()).isEmpty();
        assertThat(DoubleEntry.agreeing(first, second)).isEqualTo(1);
    }

    @Test
    void nothingEnteredTwiceYet() {
        List<Ballot> first = List.of(Ballot.marked(1, Set.of(GTVT)));
        assertThat(DoubleEntry.compare(first, List.of())).containsExactly(
                new Difference(1, Optional.of(Ballot.marked(1, Set.of(GTVT))), Optional.empty()));
        assertThat(DoubleEntry.compare(List.of(), List.of())).isEmpty();
        assertThat(DoubleEntry.agreeing(first, List.of())).isZero();
    }

    @Provide
    Arbitrary<Case> elections() {
        return ElectionArbitraries.cases();
    }

    @Property(tries = 300)
    void theSamePapersInAnyOrderAgreeAndOneChangedPaperIsFoundByItsNumber(@ForAll("elections") Case c,
            @ForAll Random random) {
        List<Ballot> second = new ArrayList<>(c.ballots());
        Collections.shuffle(second, random);
        assertThat(DoubleEntry.compare(c.ballots(), second)).isEmpty();
        assertThat(DoubleEntry.agreeing(c.ballots(), second)).isEqualTo(c.ballots().size());

        if (second.isEmpty()) {
            return; // no paper to change
        }
        int i = random.nextInt(second.size());
        Ballot original = second.get(i);
        Ballot changed = original.kind() == BallotKind.SPOILED ? Ballot.marked(original.number(), Set.of())
                : Ballot.spoiled(original.number());
        second.set(i, changed);
        List<Difference> d = DoubleEntry.compare(c.ballots(), second);
        assertThat(d).containsExactly(new Difference(original.number(), Optional.of(original), Optional.of(changed)));
        assertThat(DoubleEntry.compare(second, c.ballots())).extracting(Difference::number)
                .as("the same papers whichever entry is called the first").containsExactly(original.number());
    }
}
