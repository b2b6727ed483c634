package vn.thidua.domain.voting;

import java.util.Comparator;
import vn.thidua.domain.text.VnFormat;

/** Unit names in Vietnamese alphabetical order (Đ after D, Ă and Â after A), not code-point order. */
final class VietnameseOrder {

    private VietnameseOrder() {
    }

    /** The program's one Vietnamese order (VnFormat), so the window, the CLI and the documents agree. */
    static Comparator<String> names() {
        return VnFormat.nameOrder();
    }

    /** By name, then code and id, so that equal names still come out in one fixed order. */
    static Comparator<Candidate> candidates() {
        return Comparator.comparing(Candidate::name, names())
                .thenComparing(Candidate::code)
                .thenComparingLong(Candidate::unitId);
    }
}
