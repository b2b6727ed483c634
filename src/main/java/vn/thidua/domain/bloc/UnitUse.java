package vn.thidua.domain.bloc;

/** Something a unit already has in a year: {@code scores}, {@code indicators}, {@code election} or {@code leader}. */
public record UnitUse(int year, String what) {
}
