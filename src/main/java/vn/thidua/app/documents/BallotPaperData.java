package vn.thidua.app.documents;

import java.util.List;
import java.util.Objects;

/**
 * The paper ballots of one election round, printed before the vote.
 *
 * @param round       1 for the election, 2… for a runoff among tied units
 * @param copies      how many papers: the papers issued
 * @param instruction how to vote, e.g. "Đánh dấu X vào ô đồng ý; đồng ý không quá 02 đơn vị."
 * @param choices     the candidates in the order and with the keys of the counting screen
 */
public record BallotPaperData(String blocName, int year, String title, int round, int copies, String instruction,
                              List<Choice> choices) {

    public BallotPaperData {
        Objects.requireNonNull(blocName, "blocName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instruction, "instruction");
        choices = List.copyOf(choices);
        copies = Math.max(1, copies);
    }

    /** A candidate as the paper and the counting screen both show it: its key, e.g. "1", and its name. */
    public record Choice(String key, String unitName) {
        public Choice {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(unitName, "unitName");
        }
    }
}
