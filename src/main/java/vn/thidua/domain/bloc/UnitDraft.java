package vn.thidua.domain.bloc;

import java.util.Locale;

/** What the user typed for a new or edited unit, before it is checked. */
public record UnitDraft(String code, String fullName, String shortName) {

    public UnitDraft normalized() {
        return new UnitDraft(
                code == null ? "" : code.trim().toUpperCase(Locale.ROOT),
                fullName == null ? "" : fullName.trim().replaceAll("\\s+", " "),
                shortName == null ? "" : shortName.trim().replaceAll("\\s+", " "));
    }
}
