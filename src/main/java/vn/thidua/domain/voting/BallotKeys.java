package vn.thidua.domain.voting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys the secretary types while ballots are read aloud: one key per candidate
 * ({@code 1}–{@code 9}, then {@code A}–{@code F}) and {@code H} (hỏng) for a spoiled paper.
 * One key per candidate, so no separator is needed; spaces and commas are allowed and ignored.
 */
public final class BallotKeys {

    public static final String CANDIDATE_KEYS = "123456789ABCDEF";
    public static final int MAX_CANDIDATES = CANDIDATE_KEYS.length();
    public static final String SPOILED_KEY = "H";

    private BallotKeys() {
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
