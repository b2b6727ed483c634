package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.YearTexts;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.report.DocumentKind;
import vn.thidua.report.ScoreboardWorkbook;
import vn.thidua.report.VietnameseFormat;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/** Issue 15: what the secretary signs, read back from the written files. */
class ReportPackTest {

    /** The sample's whole pack, written once for the tests that only read it. */
    @TempDir
    static Path shared;
    static Workspace sample;
    static Path pack;
    static ReportService.Pack written;

    @BeforeAll
    static void writeTheSamplePack() {
        sample = TestData.openSample(shared);
        pack = shared.resolve("bao-cao");
        written = sample.reports().write("KTN", 2019, pack, ReportService.Options.all(), ReportService.Progress.NONE);
    }

    @AfterAll
    static void closeTheSample() {
        sample.close();
    }

    private static Season season(Workspace ws) {
        return ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
    }

    private static StoredElection election(Workspace ws, String title) {
        return ws.elections().elections(season(ws)).stream().filter(e -> e.settings().title().equals(title))
                .findFirst().orElseThrow();
    }

    /** The sample's papers are typed when it is made, today, not on 11/12/2019: the hours stay blank. */
    @Test
    void minutesAreOfTheConferenceDayNotOfTheDayThePapersWereTyped() {
        Workspace ws = sample;
        String text = PackFiles.text(pack.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx"));
        LocalDate typed = ws.elections().times(election(ws, "Cờ thi đua của Chính phủ").id())
                .firstBallot().toLocalDate();

        assertThat(typed).isNotEqualTo(LocalDate.of(2019, 12, 11));
        assertThat(text).contains("Hôm nay, vào lúc …… giờ …… phút, ngày 11 tháng 12 năm 2019",
                "Biên bản được thông qua lúc …… giờ …… phút, ngày 11 tháng 12 năm 2019")
                .doesNotContain(VietnameseFormat.longDate(typed));
    }

    /**
     * Counted on the conference day (a year of today's, since a conference day must lie near its
     * year): the hour of the first paper, and the hour of the close for the approval.
     */
    @Test
    void papersEnteredOnTheConferenceDayGiveTheHours(@TempDir Path dir) {
        try (Workspace ws = TestData.openSample(dir)) {
            var bloc = ws.blocs().requireBloc("KTN");
            int year = LocalDate.now().getYear();
            Season y = ws.blocs().season(bloc.id(), year).orElseGet(() -> ws.blocs().startYear(bloc.id(), year));
            long id = ws.elections().create(y, new ElectionService.Draft("Cờ thi đua của Chính phủ", 1,
                    ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, 3, null,
                    EligibilityRule.all(), false));
            ws.elections().enterBallot(id, "1");
            ws.elections().enterBallot(id, "1");
            ws.elections().enterBallot(id, "2");
            ws.elections().close(id);
            ElectionStore.Times times = ws.elections().times(id);
            LocalDate day = times.firstBallot().toLocalDate();
            ws.blocs().setConferenceDetails(y, ws.blocs().conferenceDetails(y).withHeading(day, "Hải Dương", ""));

            Path out = dir.resolve("out");
            ws.reports().write("KTN", year, out, new ReportService.Options(Set.of(ReportService.Document.MINUTES),
                    null), ReportService.Progress.NONE);
            String text = PackFiles.text(out.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-" + year + ".docx"));

            assertThat(times.closed().toLocalDate()).as("closed the same day").isEqualTo(day);
            assertThat(text).contains(
                    "Hôm nay, vào lúc " + VietnameseFormat.time(times.firstBallot()) + ", " + VietnameseFormat.longDate(day),
                    "Biên bản được thông qua lúc " + VietnameseFormat.time(times.closed()) + ", "
                            + VietnameseFormat.longDate(day));
        }
    }

    /** Item 5: the minutes, the proposal and the workbook print the share as the count does, in its order. */
    @Test
    void minutesProposalAndWorkbookFollowTheCountsFormatAndOrder() throws Exception {
        Workspace ws = sample;
        Path out = pack;
        for (String title : List.of("Cờ thi đua của Chính phủ", "Bằng khen của UBND tỉnh")) {
            TallyResult t = ws.elections().tally(election(ws, title).id());
            List<List<String>> expected = t.rows().stream().map(r -> List.of(r.candidate().name(),
                    String.valueOf(r.votes()), VnFormat.formatPercent(r.percent(), 2))).toList();
            Path minutes = out.resolve("bien-ban-kiem-phieu-" + ReportService.slug(title) + "-2019.docx");

            assertThat(PackFiles.rows(minutes, "Tên đơn vị")).extracting(r -> r.subList(1, 4))
                    .as(title).containsExactlyElementsOf(expected);
            assertThat(PackFiles.rows(minutes, "Tên đơn vị")).extracting(r -> r.get(0))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, expected.size())
                            .mapToObj(String::valueOf).toList());
            try (XSSFWorkbook wb = PackFiles.xlsx(out.resolve("bang-diem-2019.xlsx"))) {
                Sheet sheet = wb.getSheet(title);
                DataFormatter shown = new DataFormatter(Locale.forLanguageTag("vi-VN"));
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < expected.size(); r++) {
                    Row row = sheet.getRow(firstDataRow(sheet) + r);
                    rows.add(List.of(row.getCell(1).getStringCellValue(), shown.formatCellValue(row.getCell(2)),
                            shown.formatCellValue(row.getCell(3))));
                }
                assertThat(rows).as(title + " in the workbook").containsExactlyElementsOf(expected);
            }
        }
        assertThat(PackFiles.rows(out.resolve("to-trinh-khen-thuong-2019.docx"), "Tên đơn vị"))
                .contains(List.of("1", "Sở Giao thông Vận tải", "6/8", "75,00%"),
                        List.of("1", "Sở Nông nghiệp và Phát triển nông thôn", "6/7", "85,71%"));
    }

    /** Item 6: the scoreboard sheet in rank order with live RANK formulas; every election sheet counts its papers. */
    @Test
    void workbookListsUnitsInRankOrderAndCountsThePapers() throws Exception {
        Workspace ws = sample;
        Path out = pack;
        List<String> ranked = ws.scoring().scoreboard(season(ws)).rows().stream()
                .map(ScoreboardRow::unitName).toList();
        try (XSSFWorkbook wb = PackFiles.xlsx(out.resolve("bang-diem-2019.xlsx"))) {
            var board = PackFiles.board(wb);
            assertThat(board.keySet()).as("sheet order").containsExactlyElementsOf(ranked);
            assertThat(board.values()).extracting(PackFiles.BoardLine::rank).isSorted();
            Sheet s = wb.getSheet("Bảng điểm");
            assertThat(s.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(StreamSupport.stream(s.getRow(4).spliterator(), false)
                    .filter(c -> c.getCellType() == CellType.FORMULA).map(Cell::getCellFormula))
                    .anyMatch(f -> f.startsWith("RANK("));

            Sheet merit = wb.getSheet("Bằng khen của UBND tỉnh");
            assertThat(papers(merit)).containsExactly(
                    List.of("Số phiếu phát ra", "8"), List.of("Số phiếu thu về", "8"),
                    List.of("Số phiếu hợp lệ", "7"), List.of("Số phiếu không hợp lệ", "1"));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i)).hasSizeLessThanOrEqualTo(31);
            }
        }
    }

    /**
     * Item 12: the workbook is written without POI evaluating it; the results its formulas carry
     * (what a viewer that does not recalculate shows) are the app's own scoreboard, read back from
     * the file without evaluating anything.
     */
    @Test
    void workbookCarriesTheScoreboardsFiguresAsTheFormulasResults() throws Exception {
        var rows = sample.scoring().scoreboard(season(sample)).rows();
        try (XSSFWorkbook wb = PackFiles.xlsx(pack.resolve("bang-diem-2019.xlsx"))) {
            Sheet s = wb.getSheet("Bảng điểm");
            Row header = s.getRow(3);
            int bonus = columnOf(header, "Điểm thưởng");
            int total = columnOf(header, "Tổng điểm");
            int rank = columnOf(header, "Xếp hạng");
            int classification = columnOf(header, "Xếp loại");
            assertThat(rows).hasSize(8);
            for (int i = 0; i < rows.size(); i++) {
                var expected = rows.get(i);
                Row r = s.getRow(4 + i);
                String unit = r.getCell(1).getStringCellValue();
                assertThat(unit).isEqualTo(expected.unitName());
                for (int c : new int[] {bonus, total, rank, classification}) {
                    assertThat(r.getCell(c).getCellType()).as(unit).isEqualTo(CellType.FORMULA);
                }
                List<BigDecimal> groups = new ArrayList<>();
                for (int g = 2; g < bonus; g++) {
                    groups.add(BigDecimal.valueOf(r.getCell(g).getNumericCellValue()));
                }
                assertThat(groups).as(unit + " group subtotals").usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyElementsOf(expected.groupSubtotals().values());
                assertThat(BigDecimal.valueOf(r.getCell(bonus).getNumericCellValue())).as(unit)
                        .isEqualByComparingTo(expected.bonus());
                assertThat(BigDecimal.valueOf(r.getCell(bonus + 1).getNumericCellValue())).as(unit)
                        .isEqualByComparingTo(expected.deduction());
                assertThat(BigDecimal.valueOf(r.getCell(total).getNumericCellValue())).as(unit)
                        .isEqualByComparingTo(expected.total());
                assertThat((int) r.getCell(rank).getNumericCellValue()).as(unit).isEqualTo(expected.rank());
                assertThat(r.getCell(classification).getStringCellValue()).as(unit)
                        .isEqualTo(switch (expected.classification()) {
                            case EXCELLENT -> ScoreboardWorkbook.EXCELLENT;
                            case GOOD -> ScoreboardWorkbook.GOOD;
                            case COMPLETED -> ScoreboardWorkbook.COMPLETED;
                            case NOT_COMPLETED -> ScoreboardWorkbook.NOT_COMPLETED;
                        });
            }
        }
    }

    private static int columnOf(Row header, String name) {
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static int firstDataRow(Sheet s) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Số TT")) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no header row on " + s.getSheetName());
    }

    private static List<List<String>> papers(Sheet s) {
        List<List<String>> out = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        for (Row row : s) {
            Cell c = row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Số phiếu")) {
                out.add(List.of(c.getStringCellValue(), shown.formatCellValue(row.getCell(2))));
            }
        }
        return out;
    }

    /**
     * Item 4: the sample records no place, a superior body without its province, no committee, and
     * types its papers on another day than the conference's; every one of those is listed.
     */
    @Test
    void everyFieldPrintedAsABlankIsListed() {
        List<String> blanks = written.blanks().stream()
                .map(n -> Texts.vietnamese().t(n.key(), n.args().toArray())).toList();

        assertThat(blanks).startsWith("tên tỉnh sau “UBND TỈNH” ở đầu văn bản",
                "địa danh trước ngày tháng ở đầu văn bản",
                "số văn bản của Biên bản kiểm phiếu Cờ thi đua của Chính phủ");
        assertThat(blanks).contains("số văn bản của Tờ trình đề nghị khen thưởng",
                "số văn bản của Báo cáo tổng kết", "họ tên Trưởng ban kiểm phiếu",
                "họ tên các thành viên Ban kiểm phiếu",
                "giờ bắt đầu kiểm phiếu trong biên bản Bằng khen của UBND tỉnh (phiếu không được nhập trong ngày hội nghị)",
                "giờ thông qua biên bản Bằng khen của UBND tỉnh (cuộc bầu không kết thúc trong ngày hội nghị)");
        assertThat(blanks).as("the sample names the signer and next year's leaders")
                .noneMatch(b -> b.contains("người ký") || b.contains("năm 2020")).hasSize(2 + 5 + 2 + 6 + 1);
        assertThat(sample.reports().blanks("KTN", 2019, ReportService.Options.all())).isEqualTo(written.blanks());
        assertThat(PackFiles.text(pack.resolve("to-trinh-khen-thuong-2019.docx"))).contains("UBND TỈNH …………");
        assertThat(blanks).contains("số và ngày trong dòng căn cứ của tờ trình: “Căn cứ Quyết định số …………/QĐ-UBND "
                + "ngày ………… của Ủy ban nhân dân tỉnh ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh”");
    }

    /** Item 4: the committee is not recorded: each of its signatures has a dotted line to write the name on. */
    @Test
    void everySignatureHasANameOrADottedLine() {
        try (var doc = PackFiles.docx(pack.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx"))) {
            var table = doc.getTables().stream().filter(t -> t.getText().contains("TRƯỞNG BAN KIỂM PHIẾU"))
                    .reduce((a, b) -> b).orElseThrow();
            List<String> underSignatures = new ArrayList<>();
            for (var row : table.getRows()) {
                for (var cell : row.getTableCells()) {
                    List<String> lines = cell.getParagraphs().stream().map(p -> p.getText().strip())
                            .filter(t -> !t.isEmpty()).toList();
                    if (!lines.isEmpty()) {
                        underSignatures.add(lines.get(lines.size() - 1));
                    }
                }
            }
            assertThat(underSignatures).hasSize(3).allMatch(n -> n.equals("……………………………"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Item 9: a template under another name is not passed over in silence. */
    @Test
    void aTemplateUnderAnotherNameIsNamedWithTheNamesThatAreRead(@TempDir Path dir) throws Exception {
        Path own = Files.createDirectories(dir.resolve("mau"));
        try (var in = DocumentKind.MINUTES.openShippedTemplate()) {
            Files.copy(in, own.resolve("Biên bản kiểm phiếu.docx"));
        }
        Files.writeString(own.resolve("~$ên bản kiểm phiếu.docx"), "Word's lock file");

        ReportService.Pack p = sample.reports().write("KTN", 2019, dir.resolve("out"),
                new ReportService.Options(Set.of(ReportService.Document.PROPOSAL), own), ReportService.Progress.NONE);

        assertThat(p.notes()).extracting(n -> Texts.vietnamese().t(n.key(), n.args().toArray())).containsExactly(
                "Tệp mẫu “Biên bản kiểm phiếu.docx” trong thư mục mẫu riêng không được dùng vì tên không khớp. "
                        + "Chương trình chỉ đọc các tệp tên: bien-ban-kiem-phieu.docx, to-trinh-khen-thuong.docx, "
                        + "bao-cao-tong-ket.docx. Hãy đổi tên tệp cho đúng nếu muốn dùng.");
    }

    /** Item 2: the proposal opens with the legal basis in force on the 2019 conference day. */
    @Test
    void theProposalOpensWithTheLegalBasisOfTheConferenceDay() {
        String text = PackFiles.text(pack.resolve("to-trinh-khen-thuong-2019.docx"));

        assertThat(text).contains("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;",
                "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ",
                "Căn cứ Quyết định số …………/QĐ-UBND ngày …………",
                "Căn cứ Quy chế hoạt động của Khối thi đua Kinh tế ngành;",
                "Căn cứ kết quả chấm điểm, xếp loại thi đua")
                .doesNotContain("2022", "98/2023", "152/2025");
        assertThat(text.indexOf("Căn cứ Luật")).isLessThan(text.indexOf("Căn cứ kết quả"));
    }

    /** Item 2: the year report rests on the same "Căn cứ" lines as the proposal, before its section I. */
    @Test
    void theYearReportPrintsTheLegalBasisOfTheConferenceDay() {
        String text = PackFiles.text(pack.resolve("bao-cao-tong-ket-2019.docx"));

        assertThat(text).contains("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;",
                "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ",
                "Căn cứ Quyết định số …………/QĐ-UBND ngày …………",
                "Căn cứ Quy chế hoạt động của Khối thi đua Kinh tế ngành;")
                .doesNotContain("98/2023", "152/2025");
        assertThat(text.indexOf("Căn cứ Luật")).isLessThan(text.indexOf("I. KẾT QUẢ CÔNG TÁC THI ĐUA"));
        assertThat(text.indexOf("BÁO CÁO")).isLessThan(text.indexOf("Căn cứ Luật"));
    }

    /** The blanks of the year report alone name its own "Căn cứ" line, not the proposal's. */
    @Test
    void theYearReportAloneListsItsOwnBasisBlank() {
        List<ReportService.Note> blanks = sample.reports().blanks("KTN", 2019,
                new ReportService.Options(Set.of(ReportService.Document.YEAR_REPORT), null));

        assertThat(blanks).extracting(ReportService.Note::key).contains("reports.blank.basisReport")
                .doesNotContain("reports.blank.basis");
        assertThat(blanks.stream().map(n -> Texts.vietnamese().t(n.key(), n.args().toArray())))
                .anyMatch(t -> t.startsWith("số và ngày trong dòng căn cứ của báo cáo tổng kết: “Căn cứ Quyết định số …………"));
    }

    /** Items 2 and 3: the year's own legal basis and next-year section, kept with the year and printed. */
    @Test
    void theYearsOwnLegalBasisAndNextYearSectionArePrinted(@TempDir Path dir) {
        try (Workspace ws = TestData.openSample(dir)) {
            Season y = season(ws);
            ws.blocs().setYearTexts(y, new YearTexts(
                    YearTexts.lines("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\n"
                            + "\nQuyết định số 12/2018/QĐ-UBND ngày 05/3/2018 của UBND tỉnh Hải Dương"),
                    List.of("Năm 2020, khối tiếp tục đẩy mạnh các phong trào thi đua."),
                    List.of("Hoàn thành các chỉ tiêu kinh tế – xã hội năm 2020", "Đẩy mạnh cải cách hành chính")));

            assertThat(ws.blocs().yearTexts(y).legalBasis()).containsExactly(
                    "Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003",
                    "Quyết định số 12/2018/QĐ-UBND ngày 05/3/2018 của UBND tỉnh Hải Dương");
            Path out = dir.resolve("out");
            ReportService.Pack p = ws.reports().write("KTN", 2019, out, new ReportService.Options(
                    Set.of(ReportService.Document.PROPOSAL, ReportService.Document.YEAR_REPORT), null),
                    ReportService.Progress.NONE);

            String proposal = PackFiles.text(out.resolve("to-trinh-khen-thuong-2019.docx"));
            assertThat(proposal).contains("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\n"
                    + "Căn cứ Quyết định số 12/2018/QĐ-UBND ngày 05/3/2018 của UBND tỉnh Hải Dương;\n"
                    + "Căn cứ kết quả chấm điểm").doesNotContain("91/2017");
            assertThat(p.blanks()).extracting(ReportService.Note::key).doesNotContain("reports.blank.basis");
            String report = PackFiles.text(out.resolve("bao-cao-tong-ket-2019.docx"));
            assertThat(report).contains("Căn cứ Quyết định số 12/2018/QĐ-UBND ngày 05/3/2018 của UBND tỉnh Hải Dương;")
                    .doesNotContain("91/2017");
            assertThat(report).contains("Tổng kết công tác thi đua, khen thưởng năm 2019\nvà phương hướng, nhiệm vụ năm 2020",
                    "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020\nNăm 2020, khối tiếp tục đẩy mạnh các phong trào thi đua.\n"
                            + "1. Hoàn thành các chỉ tiêu kinh tế – xã hội năm 2020\n2. Đẩy mạnh cải cách hành chính");
        }
    }

    /** Item 10: one file of papers per election, as many papers as issued, with the counting screen's keys. */
    @Test
    void ballotPapersCarryTheCountingScreensKeysForEveryElection() throws Exception {
        for (StoredElection e : sample.elections().elections(season(sample))) {
            Path file = pack.resolve("phieu-bau-" + ReportService.slug(e.settings().title()) + "-2019.docx");
            String text = PackFiles.text(file);
            List<List<String>> rows = PackFiles.rows(file, "Tên đơn vị");
            int issued = e.settings().ballotsIssued();
            var candidates = e.settings().candidates();

            assertThat(text.split("PHIẾU BẦU SUY TÔN", -1)).as("papers").hasSize(issued + 1);
            assertThat(text).contains(e.settings().title() + " năm 2019",
                    "đồng ý không quá " + VnProse.count(e.settings().seats()) + " đơn vị",
                    "XÁC NHẬN CỦA BAN KIỂM PHIẾU");
            assertThat(rows).hasSize(issued * candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                String key = rows.get(i).get(0);
                assertThat(rows.get(i).get(1)).isEqualTo(candidates.get(i).name());
                // The key on the paper is the key the counting screen reads for that unit.
                assertThat(sample.elections().preview(e.id(), key).approved())
                        .containsExactly(candidates.get(i).unitId());
            }
        }
    }

    /** Item 10: "In phiếu bầu" writes one election's papers alone, under the name the pack gives them. */
    @Test
    void oneElectionsPapersAreWrittenOnRequest(@TempDir Path dir) {
        StoredElection flag = election(sample, "Cờ thi đua của UBND tỉnh");

        Path file = sample.reports().writeBallotPapers(flag.id(), dir.resolve("in"));

        assertThat(file).isEqualTo(dir.resolve("in").resolve("phieu-bau-co-thi-dua-ubnd-tinh-2019.docx")).isRegularFile();
        assertThat(PackFiles.rows(file, "Tên đơn vị")).hasSize(flag.settings().ballotsIssued()
                * flag.settings().candidates().size());
        try (var left = Files.list(dir.resolve("in"))) {
            assertThat(left).hasSize(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
