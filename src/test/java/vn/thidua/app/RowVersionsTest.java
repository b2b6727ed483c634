package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.testing.Backend;

/**
 * Stale edits beyond scores (issue 19, item 3): an indicator, a criterion, the bands, the conference details
 * and the leaders saved from a window that read them before another window saved them are refused, saying
 * what changed and when; the other window's value is kept; after a reload the save is taken. As in
 * ScoreVersionsTest, on PostgreSQL the two windows are two programs, on H2 two screens over the one database.
 */
class RowVersionsTest {

    @TempDir
    Path dir;

    private static String refused(ThrowingCallable save) {
        ValidationException stale = catchThrowableOfType(ValidationException.class, save);
        assertThat(stale).as("refused").isNotNull();
        String said = Texts.vietnamese().all(stale.problems());
        assertThat(said).containsPattern("đã được sửa lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} ở nơi khác; thay đổi"
                + " này chưa được lưu\\. Hãy tải lại rồi sửa\\.");
        return said;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStaleSaveOfEachVersionedRowIsRefusedAndTheOtherWindowsValueKept(Backend backend) {
        try (TwoWindows w = TwoWindows.overTheSample(backend, dir, "rows")) {
            Workspace one = w.one();
            Workspace other = w.other();
            Season year = w.year();
            long ct = w.unit("CT");

            // An indicator.
            Indicator ind = one.scoring().indicators(year, ct).get(0);
            int seen = one.scoring().version(RowVersion.Of.INDICATOR, ind.id()).version();
            assertThat(other.scoring().version(RowVersion.Of.INDICATOR, ind.id()).version()).isEqualTo(seen);
            other.scoring().saveIndicator(year, ind.id(), ct, ind.name(), ind.measureUnit(), "1000", "900", "",
                    "khối sửa", seen);
            assertThat(refused(() -> one.scoring().saveIndicator(year, ind.id(), ct, ind.name(), ind.measureUnit(),
                    "5", "5", "", "ghi đè", seen))).contains("Chỉ tiêu “" + ind.name() + "” của Sở Công Thương");
            Indicator kept = one.scoring().indicators(year, ct).get(0);
            assertThat(kept.plan()).isEqualByComparingTo("1000");
            assertThat(kept.note()).isEqualTo("khối sửa");
            int reloaded = one.scoring().version(RowVersion.Of.INDICATOR, ind.id()).version();
            assertThat(reloaded).isEqualTo(seen + 1);
            one.scoring().saveIndicator(year, ind.id(), ct, ind.name(), ind.measureUnit(), "5", "5", "",
                    "sau khi tải lại", reloaded);
            assertThat(one.scoring().indicators(year, ct).get(0).note()).isEqualTo("sau khi tải lại");

            // A criterion of the scoring table.
            Criterion k = one.scoring().table(year).criterionByCode("1.2").orElseThrow();
            int kSeen = one.scoring().version(RowVersion.Of.CRITERION, k.id()).version();
            other.scoring().saveCriterion(year, k.groupCode(), k.id(), k.code(), "Tên sửa ở nơi khác",
                    k.max().toPlainString(), k.kind(), k.order(), kSeen);
            assertThat(refused(() -> one.scoring().saveCriterion(year, k.groupCode(), k.id(), k.code(), "Ghi đè",
                    k.max().toPlainString(), k.kind(), k.order(), kSeen))).contains("Tiêu chí 1.2", "năm 2019");
            assertThat(one.scoring().table(year).criterion(k.id()).orElseThrow().name())
                    .isEqualTo("Tên sửa ở nơi khác");

            // The bands.
            int bSeen = one.scoring().version(RowVersion.Of.BANDS, year.id()).version();
            ClassificationBands b = one.scoring().bands(year);
            ClassificationBands theirs = new ClassificationBands(
                    new ClassificationBands.Band(new BigDecimal("91"), b.excellent().minCriterionPercent()),
                    b.good(), b.completed());
            other.scoring().saveBands(year, theirs, bSeen);
            assertThat(refused(() -> one.scoring().saveBands(year, b, bSeen))).contains("Ngưỡng xếp loại năm 2019");
            assertThat(one.scoring().bands(year).excellent().minTotal()).isEqualByComparingTo("91");

            // The conference details.
            int cSeen = one.blocs().version(RowVersion.Of.CONFERENCE, year).version();
            other.blocs().setConferenceDetails(year, new ConferenceDetails(LocalDate.of(2019, 12, 11), "Hội trường A",
                    "UBND tỉnh"), cSeen);
            assertThat(refused(() -> one.blocs().setConferenceDetails(year, new ConferenceDetails(
                    LocalDate.of(2019, 12, 12), "Hội trường B", "UBND tỉnh"), cSeen)))
                    .contains("Thông tin hội nghị năm 2019");
            assertThat(one.blocs().conferenceDetails(year).place()).isEqualTo("Hội trường A");

            // The leaders; a change of the conference details did not make them stale.
            int lSeen = one.blocs().version(RowVersion.Of.LEADERS, year).version();
            long gtvt = w.unit("GTVT");
            long xd = w.unit("XD");
            other.blocs().setLeaders(year, gtvt, xd, lSeen);
            assertThat(refused(() -> one.blocs().setLeaders(year, ct, gtvt, lSeen)))
                    .contains("Trưởng khối, Phó khối năm 2019");
            Season now = one.blocs().requireSeason(one.blocs().requireBloc("KTN"), 2019);
            assertThat(List.of(now.headUnitId(), now.deputyUnitId())).containsExactly(gtvt, xd);
            assertThat(one.blocs().setLeaders(year, ct, gtvt, lSeen + 1)).isEqualTo(lSeen + 2);
        }
    }

    /**
     * A row deleted in the other window is not "saved" by an update that changes nothing: an indicator or a
     * criterion never edited since versions were kept (version 0, as the sample's) and one edited since are both
     * refused as deleted, and nothing comes back.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSaveOverARowDeletedElsewhereIsRefusedAsDeletedAndNothingReappears(Backend backend) {
        try (TwoWindows w = TwoWindows.overTheSample(backend, dir, "gone")) {
            Workspace one = w.one();
            Workspace other = w.other();
            Season year = w.year();
            long ct = w.unit("CT");

            List<Indicator> before = one.scoring().indicators(year, ct);
            Indicator never = before.get(0);
            Indicator edited = before.get(1);
            assertThat(one.scoring().version(RowVersion.Of.INDICATOR, never.id()).version()).isZero();
            one.scoring().saveIndicator(year, edited.id(), ct, edited.name(), edited.measureUnit(), "10", "11", "", "",
                    0);
            int editedSeen = one.scoring().version(RowVersion.Of.INDICATOR, edited.id()).version();
            assertThat(editedSeen).isEqualTo(1);
            other.scoring().deleteIndicator(never);
            other.scoring().deleteIndicator(edited);

            for (Indicator i : List.of(never, edited)) {
                int seen = i == never ? 0 : editedSeen;
                String said = gone(() -> one.scoring().saveIndicator(year, i.id(), ct, i.name(), i.measureUnit(),
                        "5", "5", "", "", seen));
                assertThat(said).isEqualTo("Chỉ tiêu “" + i.name() + "” của Sở Công Thương đã bị xóa ở nơi khác;"
                        + " thay đổi này chưa được lưu. Hãy tải lại.");
            }
            assertThat(one.scoring().indicators(year, ct)).hasSize(before.size() - 2)
                    .extracting(Indicator::id).doesNotContain(never.id(), edited.id());

            Criterion k = one.scoring().table(year).criterionByCode("1.2").orElseThrow();
            int kSeen = one.scoring().version(RowVersion.Of.CRITERION, k.id()).version();
            other.scoring().deleteCriterion(k);
            assertThat(gone(() -> one.scoring().saveCriterion(year, k.groupCode(), k.id(), k.code(), "Ghi đè",
                    k.max().toPlainString(), k.kind(), k.order(), kSeen)))
                    .isEqualTo("Tiêu chí 1.2 của bảng điểm năm 2019 đã bị xóa ở nơi khác; thay đổi này chưa được lưu."
                            + " Hãy tải lại.");
            assertThat(one.scoring().table(year).criterion(k.id())).isEmpty();
        }
    }

    /**
     * A window's year that is no longer stored (a publish replaced it, under new ids): its conference details,
     * leaders and bands are refused, saying to choose the year again, not "saved" into no row.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDetailsAndLeadersOfAYearReplacedElsewhereAreRefused(Backend backend) {
        try (TwoWindows w = TwoWindows.overTheSample(backend, dir, "replaced")) {
            Season year = w.year();
            Season replaced = new Season(year.id() + 100_000, year.blocId(), year.year(), null, null);
            String say = "Năm 2019 đã được thay hoặc xóa ở nơi khác (ví dụ khi gửi lại năm này lên máy chủ); thay đổi"
                    + " này chưa được lưu. Hãy chọn lại năm rồi sửa.";
            assertThat(gone(() -> w.one().blocs().setConferenceDetails(replaced, new ConferenceDetails(
                    LocalDate.of(2019, 12, 12), "Hội trường B", "UBND tỉnh"), 0))).isEqualTo(say);
            assertThat(gone(() -> w.one().blocs().setLeaders(replaced, null, null, 0))).isEqualTo(say);
            // The bands too, though a year has no bands row until their first save: the year itself is gone.
            assertThat(gone(() -> w.one().scoring().saveBands(replaced, w.one().scoring().bands(year), 0)))
                    .isEqualTo(say);
            assertThat(w.one().blocs().conferenceDetails(year).place()).isNotEqualTo("Hội trường B");
        }
    }

    private static String gone(ThrowingCallable save) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class, save);
        assertThat(refusal).as("refused").isNotNull();
        return Texts.vietnamese().all(refusal.problems());
    }
}
