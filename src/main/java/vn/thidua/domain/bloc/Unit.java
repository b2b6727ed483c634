package vn.thidua.domain.bloc;

/** A member unit (đơn vị) of a bloc. Inactive units stay in the years they took part in. */
public record Unit(long id, long blocId, String code, String fullName, String shortName, boolean active) {

    /** The name to show where space is short. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? fullName : shortName;
    }
}
