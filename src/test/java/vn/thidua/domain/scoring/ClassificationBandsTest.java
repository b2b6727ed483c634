package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.scoring.ClassificationBands.Band;

class ClassificationBandsTest {

    private static Band band(String total, String percent) {
        return new Band(new BigDecimal(total), new BigDecimal(percent));
    }

    @Test
    void theDefaultsAreTheProvincialDraft() {
        ClassificationBands bands = ClassificationBands.defaults();

        assertThat(bands.excellent()).isEqualTo(band("90", "85"));
        assertThat(bands.good()).isEqualTo(band("80", "80"));
        assertThat(bands.completed()).isEqualTo(band("70", "70"));
        assertThat(bands.check()).isEmpty();
    }

    @Test
    void eachClassificationButNotCompletedHasABand() {
        ClassificationBands bands = ClassificationBands.defaults();

        assertThat(bands.band(Classification.EXCELLENT)).contains(bands.excellent());
        assertThat(bands.band(Classification.GOOD)).contains(bands.good());
        assertThat(bands.band(Classification.COMPLETED)).contains(bands.completed());
        assertThat(bands.band(Classification.NOT_COMPLETED)).isEmpty();
    }

    @Test
    void totalsMustDescendFromBandToBand() {
        ClassificationBands bands = new ClassificationBands(band("90", "85"), band("90", "80"), band("95", "70"));

        assertThat(bands.check()).containsExactly(
                Problem.of("good", "bands.error.totalsNotDescending"),
                Problem.of("completed", "bands.error.totalsNotDescending"));
    }

    @Test
    void aLowerBandMayKeepTheSamePercentButNotAskMore() {
        assertThat(new ClassificationBands(band("90", "80"), band("80", "80"), band("70", "70")).check()).isEmpty();
        assertThat(new ClassificationBands(band("90", "80"), band("80", "85"), band("70", "70")).check())
                .containsExactly(Problem.of("good", "bands.error.percentsNotDescending"));
    }

    @Test
    void percentsStayWithinZeroToHundredAndTotalsAreNotNegative() {
        ClassificationBands bands = new ClassificationBands(band("90", "101"), band("80", "80"), band("-1", "-5"));

        assertThat(bands.check()).containsExactly(
                Problem.of("excellent", "bands.error.percentRange"),
                Problem.of("completed", "bands.error.totalRange"),
                Problem.of("completed", "bands.error.percentRange"));
    }

    @Test
    void aCriterionMeetsABandAtExactlyItsPercent() {
        Band excellent = ClassificationBands.defaults().excellent();

        assertThat(excellent.criterionMet(new BigDecimal("5.95"), new BigDecimal("7"))).isTrue();
        assertThat(excellent.criterionMet(new BigDecimal("5.949"), new BigDecimal("7"))).isFalse();
    }
}
