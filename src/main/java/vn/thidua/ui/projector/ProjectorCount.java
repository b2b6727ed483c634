package vn.thidua.ui.projector;

import java.util.List;
import vn.thidua.domain.voting.Outcome;

/**
 * One election's count as the room sees it, already in words. Immutable: the operator screen and
 * the projector read the same instance, so they can never show different numbers.
 *
 * @param subtitle          the round ("Bầu lại (vòng 2)"), or empty for a first round
 * @param rule              the rule in one line
 * @param counter           "3 / 8 phiếu"
 * @param thresholdFraction where the threshold line stands on a bar that is the whole base (0–1)
 * @param thresholdLabel    "> 50%"
 * @param counts            "Phiếu hợp lệ: 7 · Phiếu không hợp lệ: 1"
 * @param banner            said plainly once closed: a tie, or the final result after a runoff; else empty
 * @param rows              in the room's order: by number while counting, by result once closed
 */
public record ProjectorCount(long electionId, String title, String subtitle, String rule, String counter,
                             int returned, int issued, double thresholdFraction, String thresholdLabel,
                             String counts, boolean closed, boolean tie, String banner, List<Row> rows) {

    public ProjectorCount {
        rows = List.copyOf(rows);
    }

    /**
     * One candidate's line.
     *
     * @param key      the key the secretary types for it (1–9, then A–Z without H); also its number in the room
     * @param fraction votes over the base (0–1): the bar's length
     * @param outcome  null while the count is open
     */
    public record Row(int number, String key, String name, int votes, String percent, double fraction,
                      Outcome outcome, String outcomeText, String reason) {
    }
}
