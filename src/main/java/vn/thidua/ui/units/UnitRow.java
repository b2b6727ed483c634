package vn.thidua.ui.units;

import vn.thidua.domain.bloc.Unit;

/** A line of the units table: the unit, its role this year and its status, in words. */
public record UnitRow(Unit unit, String role, String status) {

    public String code() {
        return unit.code();
    }

    public String fullName() {
        return unit.fullName();
    }

    public String shortName() {
        return unit.shortName();
    }
}
