package vn.thidua.domain.bloc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Checks a year's head and deputy, and a new year. */
public final class SeasonRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private SeasonRules() {
    }

    /** Head and deputy must be members of the year, and not the same unit. */
    public static List<Problem> checkLeaders(Long headId, Long deputyId, Collection<Unit> members) {
        List<Problem> problems = new ArrayList<>();
        if (headId != null && members.stream().noneMatch(u -> u.id() == headId)) {
            problems.add(Problem.of("head", "season.error.headNotMember"));
        }
        if (deputyId != null && members.stream().noneMatch(u -> u.id() == deputyId)) {
            problems.add(Problem.of("deputy", "season.error.deputyNotMember"));
        }
        if (headId != null && Objects.equals(headId, deputyId)) {
            problems.add(Problem.of("deputy", "season.error.headIsDeputy"));
        }
        return problems;
    }

    /** A new year must be in range and not exist yet. */
    public static List<Problem> checkNewYear(int year, Collection<Integer> existingYears) {
        List<Problem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(Problem.of("year", "season.error.yearRange", FIRST_YEAR, LAST_YEAR));
        } else if (existingYears.contains(year)) {
            problems.add(Problem.of("year", "season.error.yearExists", year));
        }
        return problems;
    }
}
