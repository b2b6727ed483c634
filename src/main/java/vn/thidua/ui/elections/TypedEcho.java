package vn.thidua.ui.elections;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.app.Texts;
import vn.thidua.domain.voting.BallotDraft;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.ElectionSettings;

/**
 * What the keys in the ballot field would enter, said back before Enter: the units they approve
 * (or "phiếu hỏng"), and a warning when the paper would count as invalid. Pure: no toolkit.
 *
 * @param echo    the units approved, "1 Sở A; 3 Sở C", or that nobody is
 * @param warning empty when the paper would be valid
 */
record TypedEcho(String echo, String warning) {

    static final TypedEcho NONE = new TypedEcho("", "");

    static TypedEcho of(Texts t, ElectionSettings s, String typed) {
        if (s == null || typed == null || typed.isBlank()) {
            return NONE;
        }
        BallotDraft d = BallotKeys.parse(typed, s.candidates());
        if (d.spoiled()) {
            return new TypedEcho(t.t("voting.invalid.spoiled"),
                    d.approved().isEmpty() && d.unknownKeys().isEmpty() ? "" : t.t("elections.entry.spoiledMarks"));
        }
        List<String> names = new ArrayList<>();
        for (Long id : d.approved()) {
            int i = indexOf(s, id);
            names.add(BallotKeys.mark(i, s.candidates()) + " " + s.candidates().get(i).name());
        }
        List<String> warnings = new ArrayList<>();
        if (!d.unknownKeys().isEmpty()) {
            warnings.add(t.t("elections.entry.offList", String.join(", ", d.unknownKeys())));
        }
        if (d.approved().size() > s.seats()) {
            warnings.add(t.t("elections.entry.tooMany", d.approved().size(), s.seats()));
        }
        return new TypedEcho(names.isEmpty() ? t.t("elections.entry.nobody") : String.join("; ", names),
                String.join(" ", warnings));
    }

    private static int indexOf(ElectionSettings s, long unitId) {
        for (int i = 0; i < s.candidates().size(); i++) {
            if (s.candidates().get(i).unitId() == unitId) {
                return i;
            }
        }
        return -1;
    }
}
