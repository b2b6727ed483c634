package vn.thidua.ui.indicators;

import java.math.BigDecimal;

/**
 * One year of a unit's place on the scoreboard, as shown; no total when the year is not scored. {@code unit}
 * names the unit of that year (the chosen unit, or one it succeeds: then {@code predecessor}).
 */
public record HistoryYear(int year, BigDecimal total, String totalText, String rank, String classification,
                          String unit, boolean predecessor) {
}
