package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.domain.bloc.Problem;

/**
 * Everything that decides one election's result, stored with it and printed in its minutes.
 *
 * @param candidates       in the order shown in the room: the first is number 1
 * @param percent          0–100; trailing zeros are dropped so that 50 and 50.00 are one setting
 * @param members          the bloc's size; the base when {@code base} is {@link Base#MEMBERS}
 * @param parentElectionId the election this one is a runoff of, or null for a first round
 * @param round            1 for a first round, parent's round + 1 for a runoff
 */
public record ElectionSettings(
        String title,
        int seats,
        List<Candidate> candidates,
        ThresholdOperator operator,
        BigDecimal percent,
        Base base,
        int ballotsIssued,
        int members,
        Long parentElectionId,
        int round) {

    public ElectionSettings {
        Objects.requireNonNull(title, "title");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(operator, "operator");
        percent = plain(percent);
        Objects.requireNonNull(base, "base");
    }

    /** 50, 50.0 and 50.00 become 50 (scale 0, never 5E+1); 66.670 becomes 66.67. */
    private static BigDecimal plain(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A first-round election. */
    public static ElectionSettings firstRound(String title, int seats, List<Candidate> candidates,
            ThresholdOperator operator, BigDecimal percent, Base base, int ballotsIssued, int members) {
        return new ElectionSettings(title, seats, candidates, operator, percent, base, ballotsIssued, members, null, 1);
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
        checkCandidates(problems);
        if (seats < 1) {
            problems.add(Problem.of("seats", "voting.error.seatsMin"));
        } else if (!candidates.isEmpty() && seats > candidates.size()) {
            problems.add(Problem.of("seats", "voting.error.seatsOverCandidates", seats, candidates.size()));
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(Problem.of("percent", "voting.error.percentRange", percent));
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
