package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.domain.bloc.Lengths;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.text.VnFormat;

/**
 * Everything that decides one election's result, stored with it and printed in its minutes.
 *
 * @param candidates       in the order shown in the room: the first is number 1
 * @param level            the threshold's level, a percentage (0–100; trailing zeros are dropped so that
 *                         50 and 50.00 are one setting) or a fraction (2/3), exact
 * @param members          the bloc's size; the base when {@code base} is {@link Base#MEMBERS}
 * @param parentElectionId the election this one is a runoff of, or null for a first round
 * @param round            1 for a first round, parent's round + 1 for a runoff
 */
public record ElectionSettings(
        String title,
        int seats,
        List<Candidate> candidates,
        ThresholdOperator operator,
        ThresholdLevel level,
        Base base,
        int ballotsIssued,
        int members,
        Long parentElectionId,
        int round) {

    public ElectionSettings {
        Objects.requireNonNull(title, "title");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(base, "base");
    }

    /** Settings whose threshold is a percentage (50, 50.0 and 50.00 are one setting). */
    public ElectionSettings(String title, int seats, List<Candidate> candidates, ThresholdOperator operator,
            BigDecimal percent, Base base, int ballotsIssued, int members, Long parentElectionId, int round) {
        this(title, seats, candidates, operator, ThresholdLevel.percent(percent), base, ballotsIssued, members,
                parentElectionId, round);
    }

    /** A first-round election. */
    public static ElectionSettings firstRound(String title, int seats, List<Candidate> candidates,
            ThresholdOperator operator, ThresholdLevel level, Base base, int ballotsIssued, int members) {
        return new ElectionSettings(title, seats, candidates, operator, level, base, ballotsIssued, members, null, 1);
    }

    /** A first-round election whose threshold is a percentage. */
    public static ElectionSettings firstRound(String title, int seats, List<Candidate> candidates,
            ThresholdOperator operator, BigDecimal percent, Base base, int ballotsIssued, int members) {
        return firstRound(title, seats, candidates, operator, ThresholdLevel.percent(percent), base, ballotsIssued, members);
    }

    /**
     * The threshold as a percentage: exact when it was given as one, else rounded to 2 decimals.
     * For showing only; the rules judge by {@link #level()}.
     */
    public BigDecimal percent() {
        return level instanceof ThresholdLevel.Percent p ? p.value() : level.displayPercent();
    }

    public boolean isRunoff() {
        return parentElectionId != null;
    }

    public Optional<Candidate> candidate(long unitId) {
        return candidates.stream().filter(c -> c.unitId() == unitId).findFirst();
    }

    /** Problems that must be fixed before ballots are entered; empty when the settings are usable. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add(Problem.of("title", "voting.error.titleEmpty"));
        }
        Lengths.check(problems, "title", "length.electionTitle", title, Lengths.ELECTION_TITLE);
        checkCandidates(problems);
        if (seats < 1) {
            problems.add(Problem.of("seats", "voting.error.seatsMin"));
        } else if (!candidates.isEmpty() && seats > candidates.size()) {
            problems.add(Problem.of("seats", "voting.error.seatsOverCandidates", seats, candidates.size()));
        }
        String levelProblem = level.problemWith(operator);
        if (levelProblem != null) {
            String shown = level instanceof ThresholdLevel.Percent p ? VnFormat.formatNumber(p.value()) + "%" : level.written();
            problems.add(Problem.of("percent", levelProblem, shown, operator.symbol(),
                    ThresholdLevel.MAX_DECIMALS, ThresholdLevel.MAX_FRACTION_TERM));
        }
        if (ballotsIssued < 1) {
            problems.add(Problem.of("ballotsIssued", "voting.error.issuedMin"));
        }
        if (members < 0 || (base == Base.MEMBERS && members < 1)) {
            problems.add(Problem.of("members", "voting.error.membersMin"));
        }
        if (round < 1 || (round == 1) != (parentElectionId == null)) {
            problems.add(Problem.of("round", "voting.error.roundParent", round));
        }
        return problems;
    }

    private void checkCandidates(List<Problem> problems) {
        if (candidates.isEmpty()) {
            problems.add(Problem.of("candidates", "voting.error.noCandidates"));
        }
        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.code().isBlank()) {
                problems.add(Problem.of("candidates", "voting.error.candidateCodeEmpty", c.name()));
                continue;
            }
            boolean newId = ids.add(c.unitId());
            boolean newCode = codes.add(c.code().strip().toUpperCase(Locale.ROOT));
            if (!newId || !newCode) {
                problems.add(Problem.of("candidates", "voting.error.candidateDuplicate", c.code(), c.name()));
            }
        }
    }
}
