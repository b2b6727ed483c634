package vn.thidua.domain.bloc;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a year's documents that the secretary writes: the proposal's "Căn cứ" lines (empty:
 * the shipped lines in force on the conference day, {@link LegalBasis}), and the year report's
 * section on the next year, its prose and its key tasks.
 */
public record YearTexts(List<String> legalBasis, List<String> plans, List<String> tasks) {

    public static final YearTexts NONE = new YearTexts(List.of(), List.of(), List.of());

    public YearTexts {
        // "Căn cứ …;" typed whole: the document adds the words and the end itself.
        legalBasis = clean(legalBasis).stream().map(l -> l.replaceFirst("^(?i)căn cứ\\s+", "")
                .replaceFirst("[;.]$", "").strip()).filter(l -> !l.isEmpty()).toList();
        plans = clean(plans);
        tasks = clean(tasks);
    }

    /** Text typed in a box, one item a line; blank lines dropped. */
    public static List<String> lines(String typed) {
        return typed == null ? List.of() : clean(Arrays.asList(typed.split("\\R")));
    }

    private static List<String> clean(List<String> lines) {
        return lines == null ? List.of() : lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
