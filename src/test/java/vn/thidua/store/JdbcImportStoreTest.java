package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.testing.Backend;
import vn.thidua.app.AppException;
import vn.thidua.app.ImportStore;
import vn.thidua.app.YearImport;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;

/** A workbook's year is written in one transaction: all of it, or (on any failure) none of it. On H2 and PostgreSQL. */
class JdbcImportStoreTest {

    private static final List<String> TABLES = List.of("bloc", "unit", "season", "season_member", "criterion_group",
            "criterion", "score", "season_bands", "indicator", "election", "ballot", "audit_log");

    @TempDir
    Path dir;

    private static List<Integer> rows(Database db) {
        List<Integer> counts = new ArrayList<>();
        for (String t : TABLES) {
            counts.add(db.read(c -> Jdbc.one(c, "select count(*) from " + t, rs -> rs.getInt(1)).orElseThrow()));
        }
        return counts;
    }

    private static YearImport year(int year, String measureUnit) {
        return new YearImport("VX", "Khối Văn xã", year, new ConferenceDetails(null, "Hải Dương", ""),
                List.of(new YearImport.UnitLine("SYT", "Sở Y tế", "", true),
                        new YearImport.UnitLine("GD", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", false)),
                "SYT", null, List.of(new CriterionGroup("I", "Chuyên môn", 1)),
                List.of(new Criterion(1, "I", "1.1", "Nhiệm vụ", new BigDecimal("20"), CriterionKind.REGULAR, 1)),
                ClassificationBands.defaults(),
                List.of(new YearImport.ScoreLine("SYT", "1.1", new BigDecimal("18"), null, "")),
                List.of(new YearImport.IndicatorLine("GD", "Trường chuẩn quốc gia", measureUnit, null,
                        new BigDecimal("54"), null, "")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailureHalfWayLeavesNothingBehind(Backend backend) {
        try (Database db = Backend.openDatabase(backend.newLocation(dir, "test"))) {
            ImportStore store = new JdbcImportStore(db);
            List<Integer> before = rows(db);
            // The last write of the import, the indicator, is too long for its column: everything before it goes too.
            AppException e = catchThrowableOfType(AppException.class,
                    () -> store.importYear(year(2024, "x".repeat(61)), false, "vx.xlsx"));
            assertThat(e.key()).isEqualTo(backend == Backend.H2 ? "data.error.tooLong" : "data.error.serverTooLong");
            assertThat(rows(db)).isEqualTo(before);

            ImportStore.Stored stored = store.importYear(year(2024, "trường"), false, "vx.xlsx");
            assertThat(stored).isEqualTo(new ImportStore.Stored(true, List.of("SYT", "GD"), false));
            assertThat(rows(db)).isEqualTo(List.of(1, 2, 1, 2, 1, 1, 1, 1, 1, 0, 0, before.get(11) + 1));
            String audit = db.read(c -> Jdbc.one(c, "select action || ' ' || detail from audit_log order by id desc"
                    + " limit 1", rs -> rs.getString(1)).orElseThrow());
            assertThat(audit).startsWith("year.import bloc=VX; year=2024; file=vx.xlsx;");
            List<String> units = db.read(c -> Jdbc.list(c, "select code, active from unit order by id",
                    rs -> rs.getString(1) + "=" + rs.getBoolean(2)));
            assertThat(units).containsExactly("SYT=true", "GD=false");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aYearThatExistsIsRefusedInsideTheTransactionUnlessReplaced(Backend backend) {
        try (Database db = Backend.openDatabase(backend.newLocation(dir, "test"))) {
            ImportStore store = new JdbcImportStore(db);
            store.importYear(year(2024, "trường"), false, "vx.xlsx");
            List<Integer> before = rows(db);
            AppException e = catchThrowableOfType(AppException.class,
                    () -> store.importYear(year(2024, "trường"), false, "vx.xlsx"));
            assertThat(e.key()).isEqualTo("import.year.exists");
            assertThat(rows(db)).isEqualTo(before);

            ImportStore.Stored again = store.importYear(year(2024, "trường"), true, "vx.xlsx");
            assertThat(again).isEqualTo(new ImportStore.Stored(false, List.of(), true));
            List<Integer> after = rows(db);
            assertThat(after.subList(0, 11)).isEqualTo(before.subList(0, 11));
            assertThat(after.get(11)).isEqualTo(before.get(11) + 1);
        }
    }
}
