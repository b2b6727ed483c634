package vn.thidua.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotKind;

/**
 * Reads ballots.csv: header {@code ballot,approve}; a row per paper, its number and the unit codes
 * it approves joined by {@code ;} (empty: nobody; {@code SPOILED}: a spoiled paper). A paper that
 * breaks the election's rules is read as it is and counted invalid; a file that cannot be read
 * is refused whole, every problem named by its line.
 */
public final class BallotCsv {

    public static final String SPOILED = "SPOILED";

    private BallotCsv() {
    }

    /**
     * @param unitIds     the bloc's unit codes (upper case) to ids; a code outside it is kept as an unknown mark
     * @param firstNumber the number the first paper must have (papers already entered + 1)
     */
    public static List<Ballot> parse(String content, Map<String, Long> unitIds, int firstNumber) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\\R", -1);
        if (lines.length == 0 || !lines[0].trim().replace(" ", "").equalsIgnoreCase("ballot,approve")) {
            throw new ValidationException(List.of(Problem.of("header", "ballots.error.header")));
        }
        Map<Integer, Ballot> byNumber = new TreeMap<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
                problems.add(Problem.of("line", "ballots.error.columns", lineNo));
                continue;
            }
            String numberText = line.substring(0, comma).trim();
            int number;
            try {
                number = Integer.parseInt(numberText);
            } catch (NumberFormatException e) {
                problems.add(Problem.of("ballot", "ballots.error.number", lineNo, numberText));
                continue;
            }
            if (number < 1) {
                problems.add(Problem.of("ballot", "ballots.error.number", lineNo, numberText));
                continue;
            }
            if (lineOf.containsKey(number)) {
                problems.add(Problem.of("ballot", "ballots.error.repeated", lineNo, number, lineOf.get(number)));
                continue;
            }
            lineOf.put(number, lineNo);
            byNumber.put(number, ballot(number, line.substring(comma + 1).trim(), unitIds));
        }
        int expected = firstNumber;
        Set<Integer> missing = new LinkedHashSet<>();
        for (int n : byNumber.keySet()) {
            while (expected < n) {
                missing.add(expected++);
            }
            expected = n + 1;
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.of("ballot", "ballots.error.missing", missing.toString()));
        }
        if (!byNumber.isEmpty() && byNumber.keySet().iterator().next() < firstNumber) {
            problems.add(Problem.of("ballot", "ballots.error.alreadyEntered", firstNumber - 1));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ArrayList<>(byNumber.values());
    }

    private static Ballot ballot(int number, String approve, Map<String, Long> unitIds) {
        if (approve.equalsIgnoreCase(SPOILED)) {
            return Ballot.spoiled(number);
        }
        Set<Long> approved = new HashSet<>();
        Set<String> unknown = new HashSet<>();
        for (String part : approve.split(";")) {
            String code = part.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            Long id = unitIds.get(code);
            if (id == null) {
                unknown.add(code);
            } else {
                approved.add(id);
            }
        }
        return new Ballot(number, BallotKind.MARKED, approved, unknown);
    }
}
