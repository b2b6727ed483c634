package vn.thidua.domain.voting;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Unit names in Vietnamese alphabetical order (Đ after D, Ă and Â after A), not code-point order. */
final class VietnameseOrder {

    private VietnameseOrder() {
    }

    static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        // Names typed on different keyboards arrive composed or decomposed; they must sort alike.
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator::compare;
    }

    /** By name, then code and id, so that equal names still come out in one fixed order. */
    static Comparator<Candidate> candidates() {
        return Comparator.comparing(Candidate::name, names())
                .thenComparing(Candidate::code)
                .thenComparingLong(Candidate::unitId);
    }
}
