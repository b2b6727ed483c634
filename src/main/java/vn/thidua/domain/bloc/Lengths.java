package vn.thidua.domain.bloc;

import java.util.List;

/**
 * The longest text each field may hold: the length of its column in the data file
 * ({@code db/migration}). Checked before anything is written, so that the user is told which
 * field is too long and by how much, in Vietnamese, instead of the database's refusal.
 */
public final class Lengths {

    public static final int CODE = 20;
    public static final int BLOC_NAME = 300;
    public static final int ELECTION_TITLE = 300;
    public static final int PLACE = 200;
    public static final int SUPERIOR_BODY = 300;
    public static final int PERSON = 200;
    public static final int COUNTING_MEMBERS = 2000;
    public static final int GROUP_NAME = 300;
    public static final int CRITERION_NAME = 500;
    public static final int INDICATOR_NAME = 500;
    public static final int MEASURE_UNIT = 60;
    public static final int NOTE = 1000;
    public static final int REASON = 500;

    private Lengths() {
    }

    /**
     * Adds a problem to {@code problems} when {@code text} is longer than {@code max} characters; the
     * message {@code key} takes the limit and the length found.
     */
    public static void check(List<Problem> problems, String field, String key, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(Problem.of(field, key, max, text.length()));
        }
    }
}
