package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.YearReportData;

class ProposalAndReportTest {

    private final DocumentWriter writer = new DocumentWriter();

    @Test
    void proposalListsEachTitleWithItsUnitsAndVotes() {
        XWPFDocument doc = Docs.write(out -> writer.proposal(Samples2019.proposal(), out, Optional.empty()));
        String text = Docs.text(doc);

        assertThat(text).doesNotContain("{{")
                .contains("TỜ TRÌNH", "Số: 04/TTr-KTĐKTN", "Kính gửi: Hội đồng Thi đua – Khen thưởng tỉnh",
                        "1. Cờ thi đua của Chính phủ: 01 đơn vị", "2. Cờ thi đua của UBND tỉnh: 01 đơn vị",
                        "3. Bằng khen của UBND tỉnh: 02 đơn vị", "ngày 11/12/2019",
                        "TRƯỞNG KHỐI\nGIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI", "Đặng Trọng Thắng",
                        "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        List<XWPFTable> unitTables = Docs.tables(doc).stream()
                .filter(t -> t.getRow(0).getCell(1).getText().equals("Tên đơn vị")).toList();
        assertThat(unitTables).hasSize(3);
        assertThat(Docs.dataRows(unitTables.get(0))).containsExactly(List.of("1", "Sở Giao thông Vận tải", "6/8", "75,00%"));
        assertThat(Docs.dataRows(unitTables.get(1))).containsExactly(List.of("1", "Sở Công Thương", "6/7", "85,71%"));
        assertThat(Docs.dataRows(unitTables.get(2))).containsExactly(
                List.of("1", "Sở Nông nghiệp và Phát triển nông thôn", "6/8", "75,00%"),
                List.of("2", "Sở Tài nguyên và Môi trường", "6/8", "75,00%"));
        Docs.assertAdministrativePage(doc);
    }

    /** Issue 15, item 3: the title names the next year's section only when the report has one. */
    @Test
    void theNextYearsSectionIsPromisedOnlyWhenItIsThere() {
        YearReportData without = Samples2019.yearReport();
        YearReportData with = new YearReportData(without.header(), without.blocName(), without.year(),
                without.narrative(), without.sectors(), without.scoreboard(), without.elections(), without.nextHead(),
                without.nextDeputy(), without.signer(), without.recipients(), new YearReportData.NextYear(
                        List.of("Năm 2020, các đơn vị tiếp tục đẩy mạnh các phong trào thi đua."),
                        List.of("Hoàn thành các chỉ tiêu kinh tế – xã hội năm 2020", "Đẩy mạnh cải cách hành chính")));

        String plain = Docs.text(Docs.write(out -> writer.yearReport(without, out, Optional.empty())));
        String planned = Docs.text(Docs.write(out -> writer.yearReport(with, out, Optional.empty())));

        assertThat(plain).doesNotContain("phương hướng", "PHƯƠNG HƯỚNG", "{{");
        assertThat(planned).doesNotContain("{{").contains(
                "Tổng kết công tác thi đua, khen thưởng năm 2019\nvà phương hướng, nhiệm vụ năm 2020",
                "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020\nNăm 2020, các đơn vị tiếp tục đẩy mạnh các phong trào thi đua.\n"
                        + "1. Hoàn thành các chỉ tiêu kinh tế – xã hội năm 2020\n2. Đẩy mạnh cải cách hành chính");
    }

    @Test
    void titleWithNobodyPutForwardSaysSo() {
        ProposalData sample = Samples2019.proposal();
        ProposalData data = new ProposalData(sample.header(), sample.addressee(), sample.blocName(), sample.year(),
                sample.conferenceDate(), List.of(new ProposalData.ProposedTitle("Cờ thi đua của Chính phủ", List.of())),
                sample.signer(), sample.recipients());

        XWPFDocument doc = Docs.write(out -> writer.proposal(data, out, Optional.empty()));

        assertThat(Docs.dataRows(Docs.tableWithHeader(doc, "Tên đơn vị")))
                .containsExactly(List.of("", "Không có đơn vị đạt tỷ lệ phiếu quy định", "", ""));
    }

    @Test
    void yearReportHasIndicatorsInVietnameseFormatsScoreboardResultsAndNextLeaders() {
        XWPFDocument doc = Docs.write(out -> writer.yearReport(Samples2019.yearReport(), out, Optional.empty()));
        String text = Docs.text(doc);

        assertThat(text).doesNotContain("{{")
                .contains("BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2019", "1. Lĩnh vực nông nghiệp và phát triển nông thôn",
                        "07 đơn vị hoàn thành xuất sắc nhiệm vụ; 01 đơn vị hoàn thành tốt nhiệm vụ",
                        "1. Cờ thi đua của Chính phủ (01 đơn vị): Sở Giao thông Vận tải.",
                        "3. Bằng khen của UBND tỉnh (02 đơn vị): Sở Nông nghiệp và Phát triển nông thôn; "
                                + "Sở Tài nguyên và Môi trường.",
                        "đề cử Sở Công Thương là Trưởng khối, Sở Nông nghiệp và Phát triển nông thôn là Phó khối năm 2020");
        List<XWPFTable> indicatorTables = Docs.tables(doc).stream()
                .filter(t -> t.getRow(0).getCell(1).getText().equals("Chỉ tiêu")).toList();
        assertThat(indicatorTables).hasSize(3);
        assertThat(Docs.dataRows(indicatorTables.get(0))).containsExactly(
                List.of("1", "Giá trị sản xuất nông nghiệp", "tỷ đồng", "20.200", "20.340", "20.000", "100,7", "1,7"),
                List.of("2", "Số xã đạt chuẩn nông thôn mới", "xã", "98", "98", "94", "100", "4,3"));
        assertThat(Docs.dataRows(indicatorTables.get(1)).get(0)).containsExactly(
                "1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "105.000", "108.500", "93.293", "103,3", "16,3");
        assertThat(Docs.dataRows(indicatorTables.get(2)).get(2)).contains("3.350,5");
        List<List<String>> board = Docs.dataRows(Docs.tableWithHeader(doc, "Xếp hạng"));
        assertThat(board).hasSize(8);
        // One count of decimals down the column: a total of 14,25 points somewhere gives every total two.
        assertThat(board).extracting(r -> r.get(2)).allMatch(t -> t.matches("\\d+,\\d\\d"));
        assertThat(board.get(3)).containsExactly("4", "Sở Tài nguyên và Môi trường", "95,50", "Hoàn thành xuất sắc nhiệm vụ");
        assertThat(board.get(4)).containsExactly("4", "Ban Quản lý các khu công nghiệp", "95,50",
                "Hoàn thành xuất sắc nhiệm vụ");
        assertThat(board.get(7)).containsExactly("8", "Sở Khoa học và Công nghệ", "86,50", "Hoàn thành tốt nhiệm vụ");
        Docs.assertAdministrativePage(doc);
    }

    @Test
    void aFigureTheBlocHasNotGivenPrintsAsADashNotAnEmptyCell() {
        YearReportData sample = Samples2019.yearReport();
        YearReportData noPlan = new YearReportData(sample.header(), sample.blocName(), sample.year(), sample.narrative(),
                List.of(new YearReportData.IndicatorSection("Các khu công nghiệp", List.of(
                        IndicatorRow.of("Dự án thu hút mới", "dự án", null, new BigDecimal("54"), null),
                        IndicatorRow.of("Vốn đăng ký", "tỷ đồng", null, new BigDecimal("1250"), new BigDecimal("1000"))))),
                sample.scoreboard(), sample.elections(), sample.nextHead(), sample.nextDeputy(), sample.signer(),
                sample.recipients(), sample.nextYear(), sample.legalBasis());
        XWPFDocument doc = Docs.write(out -> writer.yearReport(noPlan, out, Optional.empty()));

        List<XWPFTable> indicatorTables = Docs.tables(doc).stream()
                .filter(t -> t.getRow(0).getCell(1).getText().equals("Chỉ tiêu")).toList();
        assertThat(Docs.dataRows(indicatorTables.get(0))).containsExactly(
                List.of("1", "Dự án thu hút mới", "dự án", "–", "54", "–", "–", "–"),
                List.of("2", "Vốn đăng ký", "tỷ đồng", "–", "1.250", "1.000", "–", "25"));
    }

    /**
     * What a printed page must not do: a data table left at the foot of a page with its header and one row (every
     * row's paragraphs keep with the next, no row breaks, the header repeats, the title before it keeps with it);
     * "Nơi nhận" lines wrapping under the dash or leaving "vụ);" alone on a line (the column holds the longest
     * usual line, a wrapped line hangs under its text).
     */
    @Test
    void tablesStayWithTheirTitleAndRecipientsWrapUnderTheirText() {
        List<XWPFDocument> docs = List.of(
                Docs.write(out -> writer.proposal(Samples2019.proposal(), out, Optional.empty())),
                Docs.write(out -> writer.yearReport(Samples2019.yearReport(), out, Optional.empty())),
                Docs.write(out -> writer.minutes(Samples2019.meritCertificate(), out, Optional.empty())));
        int dataTables = 0;
        for (XWPFDocument doc : docs) {
            for (XWPFTable t : Docs.tables(doc)) {
                if (t.getRow(0).getCtRow().getTrPr() == null || t.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() == 0) {
                    continue;
                }
                dataTables++;
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
                for (XWPFTableRow row : t.getRows()) {
                    assertThat(row.isCantSplitRow()).as(row.getCell(1).getText()).isTrue();
                    // The last row does not keep with what follows: kept tables and headings would chain.
                    boolean last = row == t.getRows().get(t.getNumberOfRows() - 1);
                    for (XWPFTableCell cell : row.getTableCells()) {
                        assertThat(cell.getParagraphs()).as(cell.getText())
                                .allMatch(p -> p.getCTPPr().isSetKeepNext() != last);
                    }
                }
                int following = doc.getBodyElements().indexOf(t) + 1;
                if (doc.getBodyElements().get(following) instanceof XWPFParagraph after) {
                    // LibreOffice does not keep a heading with its text when an empty paragraph comes before it.
                    assertThat(after.getText()).as("no empty paragraph after the table " + t.getText()).isNotBlank();
                }
                int at = doc.getBodyElements().indexOf(t);
                IBodyElement before = doc.getBodyElements().get(at - 1);
                assertThat(before).isInstanceOf(XWPFParagraph.class);
                assertThat(((XWPFParagraph) before).getCTPPr().isSetKeepNext())
                        .as("the title before the table " + t.getRow(0).getCell(1).getText() + ": " + ((XWPFParagraph) before).getText()).isTrue();
            }
            XWPFTable recipients = Docs.tables(doc).stream().filter(t -> t.getRow(0).getCell(0).getText()
                    .startsWith("Nơi nhận:")).findFirst().orElse(null);
            if (recipients == null) {
                continue;
            }
            XWPFTableCell to = recipients.getRow(0).getCell(0);
            // Measured in Times New Roman's metrics (Liberation Serif): "- Ban Thi đua – Khen thưởng (Sở Nội vụ);" in
            // 11 pt is 3755 twips, "GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI" in bold 14 pt 5103; the cell margins are 57 each.
            assertThat(Docs.twips(to.getCTTc().getTcPr().getTcW().getW())).isGreaterThanOrEqualTo(3755 + 2 * 57);
            assertThat(Docs.twips(recipients.getRow(0).getCell(1).getCTTc().getTcPr().getTcW().getW()))
                    .isGreaterThanOrEqualTo(5103 + 2 * 57);
            List<XWPFParagraph> lines = to.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("- ")).toList();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lines).allMatch(p -> p.getIndentationHanging() > 0
                    && p.getIndentationHanging() == p.getIndentationLeft());
        }
        assertThat(dataTables).as("3 in the proposal, 3 + 1 in the year report, 1 in the minutes").isEqualTo(8);
    }
}
