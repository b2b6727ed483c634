package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClassificationTest {

    @Test
    void codesAreTheOnesFilesRelyOn() {
        assertThat(Classification.values()).extracting(Classification::code)
                .containsExactly("excellent", "good", "completed", "not_completed");
    }

    @ParameterizedTest
    @EnumSource(Classification.class)
    void aCodeReadsBackAsItsClassification(Classification classification) {
        assertThat(Classification.fromCode(classification.code())).contains(classification);
    }

    @Test
    void anUnknownCodeIsNoClassification() {
        assertThat(Classification.fromCode("EXCELLENT")).isEmpty();
    }

    @Test
    void eachClassificationKnowsTheOneAboveIt() {
        assertThat(Classification.EXCELLENT.higher()).isEmpty();
        assertThat(Classification.GOOD.higher()).contains(Classification.EXCELLENT);
        assertThat(Classification.NOT_COMPLETED.higher()).contains(Classification.COMPLETED);
    }
}
