package vn.thidua.ui.indicators;

import java.util.Map;

/** One indicator across years: its actual figure per year, as written. */
public record HistoryIndicator(String name, String measureUnit, Map<Integer, String> actualByYear) {

    public HistoryIndicator {
        actualByYear = Map.copyOf(actualByYear);
    }

    public String actual(int year) {
        return actualByYear.getOrDefault(year, "");
    }
}
