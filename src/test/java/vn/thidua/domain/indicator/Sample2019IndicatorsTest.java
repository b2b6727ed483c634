package vn.thidua.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.domain.text.VnFormat;

class Sample2019IndicatorsTest {

    private static Indicator named(String name) {
        return Sample2019Indicators.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .toIndicator(1, 2);
    }

    @Test
    void everyFigureBelongsToAMemberUnit() {
        assertThat(Sample2019Indicators.all()).extracting(IndicatorSeed::unitCode)
                .isSubsetOf(List.of("GTVT", "CT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT", "BQLKCN"))
                .contains("CT", "NNPTNT", "BQLKCN", "TTTT");
    }

    @Test
    void industrialProductionShowsTheGrowthTheReportQuotes() {
        Indicator industry = named("Giá trị sản xuất công nghiệp");

        assertThat(VnFormat.formatNumber(industry.actual())).isEqualTo("108.500");
        assertThat(industry.growth().map(g -> VnFormat.formatPercent(g, 1))).contains("16,3%");
    }

    @Test
    void theFiguresAreThoseOfTheReport() {
        assertThat(Sample2019Indicators.all()).extracting(s -> VnFormat.formatNumber(s.actual()))
                .contains("1,7", "98", "108.500", "25.580", "3.100", "54", "398", "93.000", "3.700", "6", "3");
    }

    @Test
    void aSeedBecomesAnIndicatorOfTheUnitTheStoreGives() {
        Indicator projects = Sample2019Indicators.all().stream().filter(s -> s.unitCode().equals("BQLKCN"))
                .findFirst().orElseThrow().toIndicator(7, 42);

        assertThat(projects.id()).isEqualTo(7);
        assertThat(projects.unitId()).isEqualTo(42);
        assertThat(projects.note()).contains("40 dự án FDI");
    }
}
