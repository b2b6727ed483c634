package vn.thidua.reliability;

import java.util.stream.Collectors;
import vn.thidua.domain.voting.TallyResult;

/**
 * A count written on one line, so that a child can print the count it showed after a paper and the
 * loop can compare it with a recount of the stored papers after the child is ended: every figure the
 * count page and the projector show (papers in, valid, invalid by reason, each candidate's votes and
 * outcome).
 */
public final class CountDigest {

    private CountDigest() {
    }

    public static String of(TallyResult t) {
        return "r=" + t.returned() + " v=" + t.valid() + " i=" + t.invalidByReason() + " "
                + t.rows().stream().map(r -> r.unitId() + ":" + r.votes() + ":" + r.outcome())
                        .collect(Collectors.joining(","));
    }
}
