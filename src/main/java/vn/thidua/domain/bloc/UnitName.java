package vn.thidua.domain.bloc;

/** A name a unit takes from a year on. */
public record UnitName(long unitId, int fromYear, String fullName, String shortName) {
}
