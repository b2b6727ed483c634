package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets.Cell;
import vn.thidua.domain.workbook.ImportSheets;

/** The checks of a workbook's cells, without a file or a data file: each problem said where it is. */
class ImportCheckTest {

    private static final Texts VI = Texts.vietnamese();

    private static Cell t(String s) {
        return Cell.text(s);
    }

    private static Cell n(String s) {
        return Cell.number(new BigDecimal(s));
    }

    private static ImportSheets.Sheet sheet(ImportLayout.Sheet layout, List<List<Cell>> rows) {
        List<ImportSheets.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new ImportSheets.Row(i + 2, rows.get(i)));
        }
        return new ImportSheets.Sheet(layout.name(), layout.columns().stream().map(c -> t(c.header())).toList(), out);
    }

    /** A small year that passes: 2 units, 1 group, a criterion and a bonus line, bands, scores, an indicator. */
    static List<ImportSheets.Sheet> good() {
        return new ArrayList<>(List.of(
                sheet(ImportLayout.BLOC_SHEET, List.of(List.of(t("Mã khối"), t("vx")), List.of(t("Tên khối"), t("Khối Văn xã")),
                        List.of(t("Năm"), n("2024")), List.of(t("Ngày hội nghị"), t("10/12/2024")),
                        List.of(t("Trưởng khối"), t("SYT")), List.of(t("Phó khối"), t("GD")))),
                sheet(ImportLayout.UNITS_SHEET, List.of(List.of(t("SYT"), t("Sở Y tế")),
                        List.of(t("GD"), t("Sở Giáo dục  và Đào tạo"), t("Sở GD"), t("Có")))),
                sheet(ImportLayout.GROUPS_SHEET, List.of(List.of(t("I"), t("Chuyên môn"), n("1")))),
                sheet(ImportLayout.CRITERIA_SHEET, List.of(List.of(t("I"), t("1.1"), t("Nhiệm vụ"), n("20")),
                        List.of(t("i"), t("T"), t("Thưởng"), t("5"), t("điểm thưởng")))),
                sheet(ImportLayout.BANDS_SHEET, List.of(List.of(t("Hoàn thành xuất sắc nhiệm vụ"), n("90"), n("85")),
                        List.of(t("hoàn thành tốt nhiệm vụ"), n("80"), new ImportSheets.Number(new BigDecimal("0.8"), true)),
                        List.of(t("Hoàn thành nhiệm vụ"), n("70"), t("70%")))),
                sheet(ImportLayout.SCORES_SHEET, List.of(List.of(t("syt"), t("1.1"), t("18,5"), n("18")),
                        List.of(t("GD"), t("t"), Cell.BLANK, n("2"), t("Sáng kiến")))),
                sheet(ImportLayout.INDICATORS_SHEET, List.of(List.of(t("GD"), t("Trường đạt chuẩn"), t("trường"), t("108.500"),
                        n("54"), Cell.BLANK, t("")))),
                new ImportSheets.Sheet(ImportLayout.INSTRUCTIONS, List.of(), List.of())));
    }

    /** {@code sheets} with the cell of Excel row {@code row} under {@code header} replaced. */
    static List<ImportSheets.Sheet> with(List<ImportSheets.Sheet> sheets, String name, int row, String header, Cell value) {
        List<ImportSheets.Sheet> out = new ArrayList<>();
        for (ImportSheets.Sheet s : sheets) {
            if (!s.name().equals(name)) {
                out.add(s);
                continue;
            }
            int col = s.header().indexOf(t(header));
            List<ImportSheets.Row> rows = new ArrayList<>(s.rows());
            int index = row - 2;
            List<Cell> cells = new ArrayList<>(index < rows.size() ? rows.get(index).cells() : List.of());
            while (cells.size() <= col) {
                cells.add(Cell.BLANK);
            }
            cells.set(col, value);
            if (index < rows.size()) {
                rows.set(index, new ImportSheets.Row(row, cells));
            } else {
                rows.add(new ImportSheets.Row(row, cells));
            }
            out.add(new ImportSheets.Sheet(s.name(), s.header(), rows));
        }
        return out;
    }

    private static List<String> said(List<ImportSheets.Sheet> sheets) {
        return ImportCheck.of(new ImportSheets(sheets)).problems().stream().map(VI::t).toList();
    }

    @Test
    void theGoodYearIsReadWithItsCodesNormalised() {
        ImportCheck check = ImportCheck.of(new ImportSheets(good()));
        assertThat(check.problems()).isEmpty();
        YearImport y = check.result();
        assertThat(y.blocCode()).isEqualTo("VX");
        assertThat(y.year()).isEqualTo(2024);
        assertThat(y.conference().date()).isEqualTo(LocalDate.of(2024, 12, 10));
        assertThat(y.units()).containsExactly(new YearImport.UnitLine("SYT", "Sở Y tế", "", true),
                new YearImport.UnitLine("GD", "Sở Giáo dục và Đào tạo", "Sở GD", true));
        assertThat(y.criteria()).extracting(c -> c.groupCode() + " " + c.code() + " " + c.kind() + " " + c.order())
                .containsExactly("I 1.1 REGULAR 1", "I T BONUS 2");
        assertThat(y.bands()).isEqualTo(new ClassificationBands(
                new ClassificationBands.Band(new BigDecimal("90"), new BigDecimal("85")),
                new ClassificationBands.Band(new BigDecimal("80"), new BigDecimal("80")),
                new ClassificationBands.Band(new BigDecimal("70"), new BigDecimal("70"))));
        assertThat(y.scores()).containsExactly(
                new YearImport.ScoreLine("SYT", "1.1", new BigDecimal("18.5"), new BigDecimal("18"), ""),
                new YearImport.ScoreLine("GD", "T", null, new BigDecimal("2"), "Sáng kiến"));
        assertThat(y.indicators()).containsExactly(new YearImport.IndicatorLine("GD", "Trường đạt chuẩn", "trường",
                new BigDecimal("108500"), new BigDecimal("54"), null, ""));
        assertThat(y.criteria().get(1).kind()).isEqualTo(CriterionKind.BONUS);
    }

    static Stream<Arguments> badCells() {
        String bloc = ImportLayout.BLOC;
        return Stream.of(
                Arguments.of(bloc, 4, "Giá trị", t("2024,5"), "Sheet Khối, dòng 4, cột Giá trị: 2024,5 phải là số nguyên."),
                Arguments.of(bloc, 5, "Giá trị", t("31/02/2024"),
                        "Sheet Khối, dòng 5, cột Giá trị: “31/02/2024” không phải một ngày; hãy ghi ngày/tháng/năm"),
                Arguments.of(bloc, 5, "Giá trị", Cell.date(LocalDate.of(2020, 1, 1)),
                        "Sheet Khối, dòng 5, cột Giá trị: ngày hội nghị 01/01/2020 phải thuộc năm thi đua 2024"),
                Arguments.of(bloc, 2, "Giá trị", t("K T"), "Sheet Khối, dòng 2, cột Giá trị: mã “K T” chỉ được gồm"),
                Arguments.of(bloc, 7, "Giá trị", t("SYT"),
                        "Sheet Khối, dòng 7, cột Giá trị: đơn vị SYT không thể vừa là Trưởng khối vừa là Phó khối."),
                Arguments.of(bloc, 8, "Mục", t("Thư ký"), "Sheet Khối, dòng 8, cột Mục: không có mục “Thư ký”."),
                Arguments.of(bloc, 8, "Mục", t("Năm"), "Sheet Khối, dòng 8, cột Mục: mục “Năm” đã ghi ở dòng 4."),
                Arguments.of(bloc, 3, "Mục", t("Tên"), "Sheet Khối: thiếu dòng “Tên khối”"),
                Arguments.of("Đơn vị", 3, "Tên đầy đủ", t("x".repeat(301)),
                        "Sheet Đơn vị, dòng 3, cột Tên đầy đủ: dài quá 300 ký tự (đang có 301)."),
                Arguments.of("Đơn vị", 3, "Còn hoạt động", t("Chưa"),
                        "Sheet Đơn vị, dòng 3, cột Còn hoạt động: ghi Có hoặc Không (đang ghi “Chưa”)."),
                Arguments.of("Nhóm tiêu chí", 3, "Mã nhóm", t("i"), "Sheet Nhóm tiêu chí, dòng 3, cột Tên nhóm: ô này không được để trống."),
                Arguments.of("Bảng tiêu chí", 3, "Mã nhóm", t("II"),
                        "Sheet Bảng tiêu chí, dòng 3, cột Mã nhóm: không có nhóm mã II ở sheet Nhóm tiêu chí."),
                Arguments.of("Bảng tiêu chí", 3, "Mã tiêu chí", t("1.1"),
                        "Sheet Bảng tiêu chí, dòng 3, cột Mã tiêu chí: mã tiêu chí 1.1 đã có ở dòng 2."),
                Arguments.of("Bảng tiêu chí", 2, "Điểm tối đa", n("1000.5"),
                        "Sheet Bảng tiêu chí, dòng 2, cột Điểm tối đa: điểm tối đa 1.000,5 phải lớn hơn 0 và không quá 1.000."),
                Arguments.of("Bảng tiêu chí", 2, "Điểm tối đa", n("7.125"),
                        "Sheet Bảng tiêu chí, dòng 2, cột Điểm tối đa: 7,125 có quá 2 chữ số thập phân."),
                Arguments.of("Bảng tiêu chí", 2, "Điểm tối đa", new ImportSheets.Error("#REF!"),
                        "Sheet Bảng tiêu chí, dòng 2, cột Điểm tối đa: ô báo lỗi #REF!; hãy sửa công thức hoặc gõ giá trị."),
                Arguments.of("Mức xếp loại", 3, "Xếp loại", t("Hoàn thành xuất sắc nhiệm vụ"),
                        "Sheet Mức xếp loại, dòng 3, cột Xếp loại: mức Hoàn thành xuất sắc nhiệm vụ đã có ở dòng 2."),
                Arguments.of("Mức xếp loại", 4, "Xếp loại", t("Khá"),
                        "Sheet Mức xếp loại, dòng 4, cột Xếp loại: không có mức “Khá”"),
                Arguments.of("Mức xếp loại", 3, "Mỗi tiêu chí đạt từ (% điểm tối đa)", n("90"),
                        "Sheet Mức xếp loại, dòng 3, cột Mỗi tiêu chí đạt từ (% điểm tối đa): tỷ lệ của mức này không "
                                + "được cao hơn của mức trên."),
                Arguments.of("Mức xếp loại", 2, "Mỗi tiêu chí đạt từ (% điểm tối đa)", n("101"),
                        "Sheet Mức xếp loại, dòng 2, cột Mỗi tiêu chí đạt từ (% điểm tối đa): tỷ lệ phải từ 0 đến 100%."),
                Arguments.of("Điểm", 2, "Điểm khối", n("-1"), "Sheet Điểm, dòng 2, cột Điểm khối: điểm -1 không được âm."),
                Arguments.of("Điểm", 3, "Điểm khối", n("5.5"), "Sheet Điểm, dòng 3, cột Điểm khối: 5,5 vượt quá điểm tối đa 5 của tiêu chí T."),
                Arguments.of("Điểm", 2, "Điểm tự chấm", Cell.date(LocalDate.of(2024, 3, 8)),
                        "Sheet Điểm, dòng 2, cột Điểm tự chấm: ô đang là ngày 08/03/2024, ở đây cần một số"),
                Arguments.of("Điểm", 2, "Điểm tự chấm", new ImportSheets.Number(new BigDecimal("0.9"), true),
                        "Sheet Điểm, dòng 2, cột Điểm tự chấm: 90% là tỷ lệ phần trăm; ở đây cần một số điểm."),
                Arguments.of("Điểm", 2, "Điểm tự chấm", new ImportSheets.Uncomputed("B2*2"),
                        "Sheet Điểm, dòng 2, cột Điểm tự chấm: công thức =B2*2 chưa được tính"),
                Arguments.of("Điểm", 2, "Điểm tự chấm", new ImportSheets.Bool(true),
                        "Sheet Điểm, dòng 2, cột Điểm tự chấm: không đọc được “TRUE” là một số"),
                // Spaces around a code are not part of it: GD scored on 1.1 is a score like any other.
                Arguments.of("Điểm", 3, "Mã tiêu chí", t(" 1.1 "), ""),
                Arguments.of("Điểm", 4, "Mã tiêu chí", t("9.9"), "Sheet Điểm, dòng 4, cột Mã đơn vị: ô này không được để trống."),
                Arguments.of("Chỉ tiêu", 2, "Kế hoạch", t("0.500"),
                        "Sheet Chỉ tiêu, dòng 2, cột Kế hoạch: “0.500” không rõ dấu chấm ngăn cách hàng nghìn hay là dấu thập phân"),
                Arguments.of("Chỉ tiêu", 2, "Kế hoạch", t("1.23.456"),
                        "Sheet Chỉ tiêu, dòng 2, cột Kế hoạch: “1.23.456”: mỗi nhóm sau dấu chấm phải có đúng 3 chữ số"),
                Arguments.of("Chỉ tiêu", 2, "Kế hoạch", t("12,5,3"),
                        "Sheet Chỉ tiêu, dòng 2, cột Kế hoạch: “12,5,3” có nhiều hơn một dấu phẩy."),
                Arguments.of("Chỉ tiêu", 2, "Kế hoạch", n("1E+21"), "Sheet Chỉ tiêu, dòng 2, cột Kế hoạch: số 1.000.000.000.000.000.000.000 quá lớn."),
                Arguments.of("Chỉ tiêu", 2, "Đơn vị tính", t("x".repeat(61)),
                        "Sheet Chỉ tiêu, dòng 2, cột Đơn vị tính: dài quá 60 ký tự (đang có 61)."));
    }

    /** An empty expectation: the changed cell is still fine. */
    @ParameterizedTest(name = "{0} {1} {2}: {4}")
    @MethodSource("badCells")
    void eachProblemIsSaidWithSheetRowAndColumn(String sheet, int row, String header, Cell value, String expected) {
        List<String> said = said(with(good(), sheet, row, header, value));
        if (expected.isEmpty()) {
            assertThat(said).isEmpty();
        } else {
            assertThat(said).anySatisfy(s -> assertThat(s).startsWith(expected));
        }
    }

    @Test
    void aRepeatedPairOfUnitAndCriterionIsNamedWithTheFirstRow() {
        List<ImportSheets.Sheet> sheets = with(with(good(), "Điểm", 4, "Mã đơn vị", t("SYT")), "Điểm", 4, "Mã tiêu chí",
                t("1.1"));
        assertThat(said(sheets)).containsExactly(
                "Sheet Điểm, dòng 4, cột Mã tiêu chí: điểm của đơn vị SYT theo tiêu chí 1.1 đã có ở dòng 2.");
    }

    @Test
    void aColumnTwiceAndAColumnMissingAreSaidOnRowOne() {
        List<ImportSheets.Sheet> sheets = new ArrayList<>();
        for (ImportSheets.Sheet s : good()) {
            if (s.name().equals("Điểm")) {
                sheets.add(new ImportSheets.Sheet("điểm", List.of(t("Mã đơn vị"), t("Mã tiêu chí"), t("Điểm tự chấm"),
                        t("Điểm Tự Chấm"), t("Ghi chú")), s.rows()));
            } else if (!s.name().equals("Chỉ tiêu")) {
                sheets.add(s);
            }
        }
        assertThat(said(sheets)).containsExactly(
                "Sheet điểm, dòng 1, cột D: cột “Điểm tự chấm” có hai lần; hãy xóa một cột.",
                "Sheet điểm, dòng 1: thiếu cột “Điểm khối”. Dòng 1 đang có: Mã đơn vị, Mã tiêu chí, Điểm tự chấm, Điểm Tự "
                        + "Chấm, Ghi chú. Tiêu đề cột phải đúng như tệp mẫu.",
                "Thiếu sheet “Chỉ tiêu”. Tên các sheet phải đúng như tệp mẫu (thidua template, sheet Hướng dẫn).");
    }

    @Test
    void everyRefusalOfTheNumberParserHasItsOwnMessage() {
        for (String typed : List.of("", "abc", "1,234,567", "0.500", "12,5,3", "1.23.456")) {
            ParseResult r = VnFormat.parseNumber(typed);
            assertThat(r).isInstanceOf(ParseResult.Refused.class);
            String key = "import." + ((ParseResult.Refused) r).key().replace(".error.", ".");
            assertThat(VI.has(key)).as(key).isTrue();
        }
    }

    /** Every rule the bands' check has (each a constant of ClassificationBands) is told in a column of its sheet. */
    @Test
    void everyRuleOfTheBandsIsPlacedInAColumnOfItsSheet() throws IllegalAccessException {
        List<String> rules = new ArrayList<>();
        for (Field f : ClassificationBands.class.getFields()) {
            if (f.getType() == String.class && Modifier.isStatic(f.getModifiers())) {
                rules.add((String) f.get(null));
            }
        }
        assertThat(rules).hasSize(4);
        for (String rule : rules) {
            TableCheck.BandRule placed = TableCheck.bandRule(rule);
            assertThat(VI.has(placed.key())).as(rule).isTrue();
            assertThat(ImportLayout.BANDS_SHEET.column(placed.column())).as(rule).isPresent();
        }
        assertThat(TableCheck.bandRule(ClassificationBands.PERCENTS_NOT_DESCENDING).column())
                .isEqualTo(ImportLayout.MIN_PERCENT);
        assertThat(TableCheck.bandRule(ClassificationBands.TOTALS_NOT_DESCENDING).column())
                .isEqualTo(ImportLayout.MIN_TOTAL);
    }

    @Test
    void theYearsTextsAreReadOneLineARowAndAMissingSheetLeavesTheStoredOnes() {
        YearImport without = ImportCheck.of(new ImportSheets(good())).result();
        assertThat(without.texts()).isEqualTo(YearImport.Texts.KEEP);

        List<ImportSheets.Sheet> sheets = good();
        sheets.add(sheet(ImportLayout.LEGAL_BASIS_SHEET, List.of(List.of(t("Căn cứ Luật Thi đua, khen thưởng ngày 15 "
                + "tháng 6 năm 2022;")), List.of(t("Quy chế hoạt động  của\nKhối Văn xã")))));
        sheets.add(sheet(ImportLayout.PLANS_SHEET, List.of()));
        sheets.add(sheet(ImportLayout.TASKS_SHEET, List.of(List.of(t("Đẩy mạnh cải cách hành chính")),
                List.of(n("10")))));
        ImportCheck check = ImportCheck.of(new ImportSheets(sheets));
        assertThat(check.problems()).isEmpty();
        assertThat(check.result().texts()).isEqualTo(new YearImport.Texts(
                List.of("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Quy chế hoạt động của Khối Văn xã"),
                List.of(), List.of("Đẩy mạnh cải cách hành chính", "10")));
    }

    @Test
    void badLinesOfTheTextSheetsAreToldWithSheetRowAndColumn() {
        List<ImportSheets.Sheet> sheets = good();
        sheets.add(sheet(ImportLayout.LEGAL_BASIS_SHEET, List.of(List.of(t("Luật Thi đua, khen thưởng")),
                List.of(new ImportSheets.Error("#REF!")), List.of(t("x".repeat(1001))),
                List.of(Cell.BLANK, t("ghi nhầm cột")))));
        sheets.add(new ImportSheets.Sheet(ImportLayout.TASKS, List.of(t("Nhiệm vụ")),
                List.of(new ImportSheets.Row(2, List.of(t("Đẩy mạnh cải cách hành chính"))))));
        List<ImportSheets.Row> long8 = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            long8.add(new ImportSheets.Row(r + 2, List.of(t("đoạn " + "y".repeat(3990)))));
        }
        sheets.add(new ImportSheets.Sheet(ImportLayout.PLANS, List.of(t("Nội dung")), long8));
        assertThat(said(sheets)).containsExactly(
                "Sheet Căn cứ, dòng 3, cột Nội dung: ô báo lỗi #REF!; hãy sửa công thức hoặc gõ giá trị.",
                "Sheet Căn cứ, dòng 4, cột Nội dung: dài quá 1000 ký tự (đang có 1001).",
                "Sheet Căn cứ, dòng 5, cột Nội dung: ô này không được để trống.",
                "Sheet Phương hướng năm sau, cột Nội dung: các dòng dài tổng cộng 19979 ký tự, quá 16000 ký tự được "
                        + "lưu; hãy rút gọn hoặc bớt dòng.",
                "Sheet Nhiệm vụ trọng tâm, dòng 1: thiếu cột “Nội dung”. Dòng 1 đang có: Nhiệm vụ. Tiêu đề cột phải "
                        + "đúng như tệp mẫu.");
    }

    @Test
    void columnsAreNamedAsExcelNamesThem() {
        assertThat(List.of(0, 3, 25, 26, 27, 701, 702).stream().map(CellReader::letter))
                .containsExactly("A", "D", "Z", "AA", "AB", "ZZ", "AAA");
    }
}
