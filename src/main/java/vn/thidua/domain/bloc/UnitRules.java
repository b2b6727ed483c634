package vn.thidua.domain.bloc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a unit before it is stored. Pure: the caller passes the bloc's current units. */
public final class UnitRules {

    public static final int MAX_CODE_LENGTH = 20;
    public static final int MAX_NAME_LENGTH = 300;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]+");

    private UnitRules() {
    }

    /**
     * Problems with {@code draft} as a unit of a bloc that already has {@code existing}.
     *
     * @param editedId the id of the unit being edited, or 0 for a new unit
     */
    public static List<Problem> check(UnitDraft draft, Collection<Unit> existing, long editedId) {
        UnitDraft d = draft.normalized();
        List<Problem> problems = new ArrayList<>();
        if (d.code().isEmpty()) {
            problems.add(Problem.of("code", "unit.error.codeEmpty"));
        } else if (d.code().length() > MAX_CODE_LENGTH) {
            problems.add(Problem.of("code", "unit.error.codeTooLong", MAX_CODE_LENGTH));
        } else if (!CODE.matcher(d.code()).matches()) {
            problems.add(Problem.of("code", "unit.error.codeChars", d.code()));
        } else {
            existing.stream()
                    .filter(u -> u.id() != editedId && u.code().equalsIgnoreCase(d.code()))
                    .findFirst()
                    .ifPresent(u -> problems.add(Problem.of("code", "unit.error.codeDuplicate", d.code(), u.fullName())));
        }
        if (d.fullName().isEmpty()) {
            problems.add(Problem.of("fullName", "unit.error.nameEmpty"));
        } else if (d.fullName().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("fullName", "unit.error.nameTooLong", MAX_NAME_LENGTH));
        }
        if (d.shortName().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("shortName", "unit.error.nameTooLong", MAX_NAME_LENGTH));
        }
        return problems;
    }
}
