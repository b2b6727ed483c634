package vn.thidua.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import vn.thidua.ThiDua;
import vn.thidua.app.CountState;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.reliability.CountDigest;

/**
 * Runs in a child JVM: creates an election on the sample and enters ballots as fast as it can,
 * printing {@code CONFIRMED n} the moment each {@code enterBallot} returns, as the screen would. The
 * papers go in as the count page enters them (the count moved on by each paper, none read back), and
 * before each {@code CONFIRMED n} it prints {@code COUNTED n DIGEST}: the count that page would show.
 */
public final class BallotChild {

    private BallotChild() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = ThiDua.open(Path.of(args[0]));
        ws.sample().createIfEmpty();
        Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> all = ws.blocs().members(y).stream().map(u -> u.id()).toList();
        long id = ws.elections().create(y, new ElectionService.Draft("Thử tắt đột ngột " + System.nanoTime(), 2, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 500, all, null, false));
        System.out.println("ELECTION " + id);
        String[] keys = {"12", "3", "", "H", "45", "1", "9", "78"};
        CountState state = ws.elections().countState(id);
        for (int i = 0; i < 500; i++) {
            state = ws.elections().enterBallot(state, i + 1, keys[i % keys.length]);
            System.out.println("COUNTED " + (i + 1) + " " + CountDigest.of(state.tally()));
            System.out.println("CONFIRMED " + (i + 1));
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
