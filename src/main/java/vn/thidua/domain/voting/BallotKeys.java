package vn.thidua.domain.voting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.thidua.domain.bloc.Problem;

/**
 * The keys the secretary types while ballots are read aloud: one key per candidate
 * ({@code 1}–{@code 9}, then {@code A}–{@code Z} without {@code H}: 34 in all) and {@code H} (hỏng)
 * for a spoiled paper. One key per candidate, so no separator is needed; spaces and commas are
 * allowed and ignored.
 *
 * <p>{@link #mark} is the one way a candidate is written wherever keys are shown: the count page,
 * the projector, the set-up list, the change log and the documents. The key limit is the screen's:
 * papers imported by unit codes (the command line) reach any number of candidates, and a candidate
 * past the last key is written by its code in brackets.
 */
public final class BallotKeys {

    public static final String CANDIDATE_KEYS = "123456789ABCDEFGIJKLMNOPQRSTUVWXYZ";
    public static final int MAX_CANDIDATES = CANDIDATE_KEYS.length();
    public static final String SPOILED_KEY = "H";

    private BallotKeys() {
    }

    /** Whether the candidate at {@code candidateIndex} (0-based) has a key to type. */
    public static boolean hasKey(int candidateIndex) {
        return candidateIndex >= 0 && candidateIndex < MAX_CANDIDATES;
    }

    /**
     * How the candidate at {@code candidateIndex} of {@code candidates} is written: its key, or past
     * the last key (an election entered by codes only) its code in brackets, e.g. {@code [SXD]}.
     */
    public static String mark(int candidateIndex, List<Candidate> candidates) {
        return hasKey(candidateIndex) ? keyOf(candidateIndex) : "[" + candidates.get(candidateIndex).code() + "]";
    }

    /** Counting on screen needs a key per candidate: more candidates than keys are refused there. */
    public static Optional<Problem> checkOnScreen(int candidateCount) {
        if (candidateCount > MAX_CANDIDATES) {
            return Optional.of(Problem.of("candidates", "voting.error.tooManyCandidates", candidateCount,
                    MAX_CANDIDATES));
        }
        return Optional.empty();
    }

    /** The key of the candidate at {@code candidateIndex} (0-based: index 0 is number 1, key "1"). */
    public static String keyOf(int candidateIndex) {
        if (candidateIndex < 0 || candidateIndex >= MAX_CANDIDATES) {
            throw new IllegalArgumentException("No key for candidate index " + candidateIndex);
        }
        return String.valueOf(CANDIDATE_KEYS.charAt(candidateIndex));
    }

    /**
     * Reads one paper's keys. Case does not matter and a repeated key counts once. A key that names
     * no candidate is kept in {@link BallotDraft#unknownKeys()}: the paper is then invalid, not lost.
     */
    public static BallotDraft parse(String typed, List<Candidate> candidates) {
        Set<Long> approved = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        boolean spoiled = false;
        String text = typed == null ? "" : typed;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == ',') {
                continue;
            }
            String key = Character.toString(cp).toUpperCase(Locale.ROOT);
            int index = key.length() == 1 ? CANDIDATE_KEYS.indexOf(key.charAt(0)) : -1;
            if (key.equals(SPOILED_KEY)) {
                spoiled = true;
            } else if (index >= 0 && index < candidates.size()) {
                approved.add(candidates.get(index).unitId());
            } else {
                unknown.add(key);
            }
        }
        return new BallotDraft(approved, unknown, spoiled);
    }
}
