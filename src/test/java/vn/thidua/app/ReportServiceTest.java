package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ReportService.Document;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.report.VietnameseFormat;
import vn.thidua.testing.PackFiles.BoardLine;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/**
 * The 2019 sample's pack, written once and read back with POI. The expected figures are worked
 * out by hand from the sample's ballots (src/main/resources/vn/thidua/sample/2019-*.csv) and
 * checked against what the app itself computes.
 */
class ReportServiceTest {

    @TempDir
    static Path dir;
    static Workspace ws;
    static ReportService.Pack pack;
    static List<int[]> progress = new ArrayList<>();

    @BeforeAll
    static void writeThePack() {
        ws = TestData.openSample(dir);
        pack = ws.reports().write("KTN", 2019, dir.resolve("bao-cao"), ReportService.Options.all(),
                (done, total) -> progress.add(new int[] {done, total}));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static Path file(String name) {
        return dir.resolve("bao-cao").resolve(name);
    }

    private static Season season() {
        return ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
    }

    private static StoredElection election(String title) {
        return ws.elections().elections(season()).stream().filter(e -> e.settings().title().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    void theWholePackIsWrittenUnderVietnameseNamesWithoutMarks() {
        assertThat(pack.files()).extracting(w -> w.file().getFileName().toString()).containsExactly(
                "bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx",
                "bien-ban-kiem-phieu-co-thi-dua-ubnd-tinh-2019.docx",
                "bien-ban-kiem-phieu-bang-khen-ubnd-tinh-2019.docx",
                "to-trinh-khen-thuong-2019.docx", "bao-cao-tong-ket-2019.docx", "bang-diem-2019.xlsx",
                "nhat-ky-thay-doi.xlsx", "nhat-ky-thay-doi.csv", "phieu-bau-co-thi-dua-chinh-phu-2019.docx",
                "phieu-bau-co-thi-dua-ubnd-tinh-2019.docx", "phieu-bau-bang-khen-ubnd-tinh-2019.docx");
        assertThat(pack.files()).allSatisfy(w -> assertThat(w.file()).isRegularFile());
        assertThat(pack.notes()).isEmpty();
        assertThat(progress).extracting(p -> p[0] + "/" + p[1])
                .containsExactly("1/11", "2/11", "3/11", "4/11", "5/11", "6/11", "7/11", "8/11", "9/11", "10/11",
                        "11/11");
        try (var left = Files.list(dir.resolve("bao-cao"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** 2019-co-thi-dua-chinh-phu.csv: 8 papers, one approving nobody (valid); GTVT on 6, CT on 1. */
    @Test
    void governmentFlagMinutesCountTheBallotsAndNameTheUnitPutForward() {
        Path minutes = file("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx");
        String text = PackFiles.text(minutes);

        assertThat(text).contains("KHỐI THI ĐUA KINH TẾ NGÀNH", "Số:", "/BB-KTĐKTN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "…………, ngày ",
                "Kiểm phiếu bầu suy tôn Cờ thi đua của Chính phủ năm 2019",
                "Số phiếu phát ra: 08 phiếu", "Số phiếu thu về: 08 phiếu", "Số phiếu hợp lệ: 08 phiếu",
                "Số phiếu không hợp lệ: 0 phiếu", "Số đơn vị được suy tôn: 01 đơn vị",
                "trên 50% số phiếu hợp lệ", "TRƯỞNG BAN KIỂM PHIẾU")
                .as("no committee recorded for the year: dotted names to write by hand")
                .contains("……………………………")
                .doesNotContain("{{", "Bầu lại (vòng");
        List<List<String>> rows = PackFiles.rows(minutes, "Tên đơn vị");
        assertThat(rows).hasSize(7).startsWith(
                List.of("1", "Sở Giao thông Vận tải", "6", "75,00%", "Được suy tôn", "Đạt tỷ lệ trên 50%"));
        assertThat(rows).extracting(r -> r.subList(1, 6)).contains(
                List.of("Sở Công Thương", "1", "12,50%", "Không đạt", "Không đạt tỷ lệ trên 50%"));
        assertThat(rows).filteredOn(r -> r.get(4).equals("Được suy tôn")).hasSize(1);

        StoredElection e = election("Cờ thi đua của Chính phủ");
        assertThat(text).contains(e.fingerprint());
        assertThat(e.fingerprint()).hasSize(64);
        assertThat(ws.elections().verify(e.id())).isTrue();
        assertThat(ws.elections().tally(e.id()).valid()).isEqualTo(8);
    }

    /** 2019-bang-khen-ubnd-tinh.csv: paper 7 spoiled; NNPTNT on 6, TNMT on 5 of 7 valid, 2 seats. */
    @Test
    void meritMinutesShowTheSpoiledPaperAndTwoUnitsPutForward() {
        Path minutes = file("bien-ban-kiem-phieu-bang-khen-ubnd-tinh-2019.docx");
        String text = PackFiles.text(minutes);

        assertThat(text).contains("Số phiếu phát ra: 08 phiếu", "Số phiếu thu về: 08 phiếu",
                "Số phiếu hợp lệ: 07 phiếu", "Số phiếu không hợp lệ: 01 phiếu", "+ Phiếu hỏng: 01 phiếu.",
                "Số đơn vị được suy tôn: 02 đơn vị", election("Bằng khen của UBND tỉnh").fingerprint());
        assertThat(PackFiles.rows(minutes, "Tên đơn vị"))
                .filteredOn(r -> r.get(4).equals("Được suy tôn")).extracting(r -> r.subList(1, 4))
                .containsExactly(List.of("Sở Nông nghiệp và Phát triển nông thôn", "6", "85,71%"),
                        List.of("Sở Tài nguyên và Môi trường", "5", "71,43%"));
    }

    /** 2019-co-thi-dua-ubnd-tinh.csv: GTVT no longer stands; CT on 5 of 8. */
    @Test
    void provincialFlagMinutesLeaveOutTheUnitAlreadyPutForward() {
        Path minutes = file("bien-ban-kiem-phieu-co-thi-dua-ubnd-tinh-2019.docx");
        List<List<String>> rows = PackFiles.rows(minutes, "Tên đơn vị");

        assertThat(rows).extracting(r -> r.get(1)).doesNotContain("Sở Giao thông Vận tải");
        assertThat(rows).contains(List.of("1", "Sở Công Thương", "5", "62,50%", "Được suy tôn", "Đạt tỷ lệ trên 50%"));
    }

    @Test
    void proposalListsEachTitleWithItsUnitsAndTheirVotesFromTheHeadOfTheYear() {
        Path proposal = file("to-trinh-khen-thuong-2019.docx");

        assertThat(PackFiles.rows(proposal, "Tên đơn vị")).containsExactly(
                List.of("1", "Sở Giao thông Vận tải", "6/8", "75,00%"),
                List.of("1", "Sở Công Thương", "5/8", "62,50%"),
                List.of("1", "Sở Nông nghiệp và Phát triển nông thôn", "6/7", "85,71%"),
                List.of("2", "Sở Tài nguyên và Môi trường", "5/7", "71,43%"));
        assertThat(PackFiles.text(proposal)).contains("TỜ TRÌNH", "/TTr-KTĐKTN",
                "Kính gửi: Hội đồng Thi đua – Khen thưởng tỉnh", "1. Cờ thi đua của Chính phủ: 01 đơn vị",
                "3. Bằng khen của UBND tỉnh: 02 đơn vị", "TRƯỞNG KHỐI\nSỞ GIAO THÔNG VẬN TẢI",
                "Đặng Trọng Thắng");
    }

    /** On a sample of its own: recording the names writes the audit log, which other tests count. */
    @Test
    void theCountingCommitteeAndTheSignerRecordedForTheYearArePrinted(@TempDir Path own) {
        try (Workspace named = TestData.openSample(own)) {
            Season y = named.blocs().requireSeason(named.blocs().requireBloc("KTN"), 2019);
            named.blocs().setConferenceDetails(y, named.blocs().conferenceDetails(y).withNames("Nguyễn Văn An",
                    List.of("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"), "Hoàng Văn Em"));
            Path folder = own.resolve("co-ten");
            named.reports().write("KTN", 2019, folder, new ReportService.Options(
                    Set.of(ReportService.Document.MINUTES, ReportService.Document.PROPOSAL,
                            ReportService.Document.YEAR_REPORT), null), ReportService.Progress.NONE);

            String minutes = PackFiles.text(folder.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx"));
            assertThat(minutes).contains("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
                    "TRƯỞNG BAN KIỂM PHIẾU").doesNotContain("……………………………");
            assertThat(minutes.indexOf("Phạm Thị Dung")).as("each member named in the committee and under a signature")
                    .isNotEqualTo(minutes.lastIndexOf("Phạm Thị Dung"));
            assertThat(PackFiles.text(folder.resolve("to-trinh-khen-thuong-2019.docx")))
                    .contains("TRƯỞNG KHỐI\nSỞ GIAO THÔNG VẬN TẢI", "Hoàng Văn Em");
            assertThat(PackFiles.text(folder.resolve("bao-cao-tong-ket-2019.docx"))).contains("Hoàng Văn Em");
        }
    }

    @Test
    void yearReportHoldsIndicatorsScoreboardResultsAndNextYearsLeaders() {
        Path report = file("bao-cao-tong-ket-2019.docx");
        String text = PackFiles.text(report);

        assertThat(text).as("no next year's section in the data: the title does not promise one")
                .doesNotContain("phương hướng, nhiệm vụ");
        assertThat(text).contains("BÁO CÁO", "/BC-KTĐKTN",
                "07 đơn vị hoàn thành xuất sắc nhiệm vụ, 01 đơn vị hoàn thành tốt nhiệm vụ",
                "Giá trị sản xuất công nghiệp 108.500 tỷ đồng, tăng 16,3% so với cùng kỳ",
                "1. Cờ thi đua của Chính phủ (01 đơn vị): Sở Giao thông Vận tải.",
                "3. Bằng khen của UBND tỉnh (02 đơn vị): Sở Nông nghiệp và Phát triển nông thôn; "
                        + "Sở Tài nguyên và Môi trường.",
                "Hội nghị thống nhất đề cử Sở Công Thương là Trưởng khối, Sở Nông nghiệp và Phát triển nông thôn "
                        + "là Phó khối năm 2020.");
        assertThat(PackFiles.rows(report, "Chỉ tiêu")).contains(
                List.of("1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "–", "108.500", "93.293", "–", "16,3"),
                List.of("2", "Số xã đạt chuẩn nông thôn mới", "xã", "–", "98", "–", "–", "–"));

        List<ScoreboardRow> board = ws.scoring().scoreboard(season()).rows();
        // One count of decimals down the column (98,0 beside 92,5).
        int decimals = board.stream().mapToInt(r -> VietnameseFormat.decimalsOf(r.total(), 2)).max().orElse(0);
        assertThat(decimals).isEqualTo(1);
        assertThat(PackFiles.rows(report, "Tên đơn vị")).containsExactlyElementsOf(board.stream()
                .map(r -> List.of(String.valueOf(r.rank()), r.unitName(), VietnameseFormat.fixed(r.total(), decimals),
                        Texts.vietnamese().t(r.classification().key())))
                .toList());
        assertThat(board.get(0).unitName()).isEqualTo("Sở Giao thông Vận tải");
    }

    @Test
    void workbookFormulasGiveTheAppsTotalsRanksAndClassifications() throws IOException {
        List<ScoreboardRow> rows = ws.scoring().scoreboard(season()).rows();
        try (XSSFWorkbook wb = PackFiles.xlsx(file("bang-diem-2019.xlsx"))) {
            Map<String, BoardLine> board = PackFiles.board(wb);

            assertThat(board).hasSize(8);
            for (ScoreboardRow r : rows) {
                BoardLine line = board.get(r.unitName());
                assertThat(line.total()).as(r.unitName()).isEqualTo(r.total().doubleValue());
                assertThat(line.rank()).as(r.unitName()).isEqualTo(r.rank());
                assertThat(line.classification()).isEqualTo(Texts.vietnamese().t(r.classification().key()));
            }
            assertThat(wb.getSheet("Chỉ tiêu")).isNotNull();
            assertThat(wb.getSheet("Cờ thi đua của Chính phủ")).isNotNull();
            assertThat(wb.getSheet("Bằng khen của UBND tỉnh")).isNotNull();

            // An edit in Excel recomputes: GTVT loses 9,5 points on 1.1 and drops below CT.
            Sheet detail = wb.getSheet("Điểm chi tiết");
            detail.getRow(5).getCell(2).setCellValue(10);
            Map<String, BoardLine> after = PackFiles.board(wb);
            assertThat(after.get("Sở Giao thông Vận tải").total()).isEqualTo(88.5);
            assertThat(after.get("Sở Công Thương").rank()).isEqualTo(1);
        }
    }

    @Test
    void auditLogIsUtf8WithByteOrderMarkOneLinePerEntry() throws IOException {
        byte[] bytes = Files.readAllBytes(file("nhat-ky-thay-doi.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();

        assertThat(lines.get(0)).isEqualTo("\"Số\",\"Thời điểm\",\"Nhóm\",\"Thao tác\",\"Chi tiết\"");
        assertThat(lines).hasSize(ws.audit().entries(0).size() + 1);
        assertThat(lines).anyMatch(l -> l.contains("\"election.close\"")
                && l.contains(election("Cờ thi đua của Chính phủ").fingerprint()));
        assertThat(lines).anyMatch(l -> l.contains("Cờ thi đua của UBND tỉnh"));
    }

    @Test
    void auditLogWorkbookHasOneRowPerEntryWithRealDates() throws IOException {
        List<AuditLog.Entry> entries = ws.audit().entries(0);
        try (var wb = new XSSFWorkbook(Files.newInputStream(file("nhat-ky-thay-doi.xlsx")))) {
            var sheet = wb.getSheet("Nhật ký thay đổi");
            assertThat(sheet).isNotNull();
            var header = sheet.getRow(2);
            // No column of machine codes (issue 15): the sentence says what was done, the CSV keeps the codes.
            assertThat(List.of(0, 1, 2, 3)).extracting(c -> header.getCell(c).getStringCellValue())
                    .containsExactly("Số", "Thời điểm", "Nhóm", "Nội dung");
            assertThat(header.getLastCellNum()).isEqualTo((short) 4);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + entries.size());
            var first = sheet.getRow(3);
            assertThat((long) first.getCell(0).getNumericCellValue()).isEqualTo(entries.get(0).id());
            assertThat(first.getCell(1).getLocalDateTimeCellValue().withNano(0))
                    .isEqualTo(entries.get(0).at().withNano(0));
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm:ss");
            String fingerprint = election("Cờ thi đua của Chính phủ").fingerprint();
            boolean closeFound = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat(row.getLastCellNum()).as("row " + r).isEqualTo((short) 4);
                closeFound |= row.getCell(3).getStringCellValue().equals("Kết thúc kiểm phiếu \u201CCờ thi đua của Chính phủ"
                                + "\u201D; mã kiểm tra (SHA-256) " + fingerprint + ".");
            }
            assertThat(closeFound).as("the close of the Government flag election, with its fingerprint").isTrue();
            // Issue 15, item 7: sentences, not key=value; rows tall enough for their wrapped lines; footers.
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                String text = row.getCell(3).getStringCellValue();
                assertThat(text).as("row " + r).doesNotContainPattern("[a-zA-Z]+=").endsWith(".");
                assertThat(row.getCell(2).getStringCellValue()).as("row " + r).doesNotMatch("[a-z]+");
                int chars = text.length();
                assertThat(row.getHeightInPoints()).as("row " + r + ": " + chars + " characters")
                        .isGreaterThanOrEqualTo(15f * ((chars + 109) / 110));
            }
            assertThat(List.of(3, 4, 5)).extracting(r -> sheet.getRow(r).getCell(3).getStringCellValue())
                    .contains("Thêm đơn vị Sở Giao thông Vận tải (mã GTVT).");
            boolean scoreSentence = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                scoreSentence |= sheet.getRow(r).getCell(3).getStringCellValue()
                        .matches("Sở Giao thông Vận tải, tiêu chí 1\\.1: tự chấm [0-9,]+, khối chấm [0-9,]+; ghi chú: .*\\.");
            }
            assertThat(scoreSentence).as("a score in words, with Vietnamese decimals").isTrue();
            assertThat(sheet.getFooter().getCenter()).isEqualTo("Trang &P / &N");
            assertThat(sheet.getFooter().getLeft()).isEqualTo("Nhật ký thay đổi – tệp dữ liệu ThiDua");
            assertThat(sheet.getPrintSetup().getLandscape()).as("printed landscape").isTrue();
            var repeated = sheet.getRepeatingRows();
            assertThat(new int[] {repeated.getFirstRow(), repeated.getLastRow()})
                    .as("column titles on every printed page").containsExactly(2, 2);
        }
    }

    @Test
    void aChoiceOfDocumentsWritesOnlyThose() {
        ReportService.Pack only = ws.reports().write("KTN", 2019, dir.resolve("chi-bang-diem"),
                new ReportService.Options(Set.of(Document.WORKBOOK, Document.PROPOSAL), null),
                ReportService.Progress.NONE);

        assertThat(only.files()).extracting(w -> w.file().getFileName().toString())
                .containsExactly("to-trinh-khen-thuong-2019.docx", "bang-diem-2019.xlsx");
    }

    @Test
    void fileNamesDropMarksAndTheWordCua() {
        assertThat(ReportService.slug("Cờ thi đua của Chính phủ")).isEqualTo("co-thi-dua-chinh-phu");
        assertThat(ReportService.slug("Bằng khen của UBND tỉnh")).isEqualTo("bang-khen-ubnd-tinh");
        assertThat(ReportService.slug("Đơn vị \"xuất sắc\" / 2019")).isEqualTo("don-vi-xuat-sac-2019");
        assertThat(ReportService.defaultFolder(Path.of("/d/thidua.mv.db"), "KTN", 2019))
                .isEqualTo(Path.of("/d/bao-cao/ktn-2019"));
    }
}
