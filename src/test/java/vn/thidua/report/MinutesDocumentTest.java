package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.thidua.app.documents.DocumentHeader;
import vn.thidua.app.documents.MinutesData;

class MinutesDocumentTest {

    private final DocumentWriter writer = new DocumentWriter();

    private XWPFDocument minutes(MinutesData data) {
        return Docs.write(out -> writer.minutes(data, out, Optional.empty()));
    }

    @Test
    void everyPlaceholderIsFilledAndTheHeadingIsTheNationalOne() {
        for (MinutesData data : Samples2019.allMinutes()) {
            XWPFDocument doc = minutes(data);
            String text = Docs.text(doc);
            assertThat(text).doesNotContain("{{").doesNotContain("}}")
                    .contains("UBND TỈNH HẢI DƯƠNG", "KHỐI THI ĐUA KINH TẾ NGÀNH", "Số: " + data.header().number(),
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Hải Dương, ngày 11 tháng 12 năm 2019", "BIÊN BẢN",
                            "Kiểm phiếu bầu suy tôn " + data.electionTitle() + " năm 2019", data.fingerprint());
            Docs.assertAdministrativePage(doc);
        }
    }

    @Test
    void candidateTableHasOneRowPerCandidateWithVotesPercentAndResult() {
        MinutesData data = Samples2019.meritCertificate();

        XWPFTable table = Docs.tableWithHeader(minutes(data), "Tên đơn vị");

        assertThat(Docs.dataRows(table)).containsExactly(
                List.of("1", "Sở Nông nghiệp và Phát triển nông thôn", "6", "75,00%", "Được suy tôn", ""),
                List.of("2", "Sở Tài nguyên và Môi trường", "5", "62,50%", "Bằng phiếu",
                        "Bầu lại giữa các đơn vị bằng phiếu"),
                List.of("3", "Sở Xây dựng", "5", "62,50%", "Bằng phiếu", "Bầu lại giữa các đơn vị bằng phiếu"),
                List.of("4", "Sở Thông tin và Truyền thông", "0", "0,00%", "Không đạt", "Không đạt tỷ lệ trên 50%"),
                List.of("5", "Ban Quản lý các khu công nghiệp", "0", "0,00%", "Không đạt", "Không đạt tỷ lệ trên 50%"));
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
    }

    @Test
    void ballotCountsSettingsCommitteeAndTimesArePrinted() {
        String text = Docs.text(minutes(Samples2019.provincialFlag()));

        assertThat(text).contains("Số phiếu phát ra: 08 phiếu", "Số phiếu thu về: 08 phiếu",
                "Số phiếu hợp lệ: 07 phiếu", "Số phiếu không hợp lệ: 01 phiếu",
                "+ Đồng ý quá số đơn vị được suy tôn: 01 phiếu",
                "Số đơn vị được suy tôn: 01 đơn vị", "trên 50% số phiếu hợp lệ",
                "1. Bà Lê Thị Thu Hằng – Trưởng ban", "3. Bà Trần Thị Mai – Thành viên",
                "vào lúc 9 giờ 40 phút, ngày 11 tháng 12 năm 2019",
                "thông qua lúc 9 giờ 55 phút, ngày 11 tháng 12 năm 2019");
    }

    @Test
    void runoffParagraphAppearsOnlyWhenThereWasOne() {
        assertThat(Docs.text(minutes(Samples2019.meritCertificate())))
                .contains("5. Bầu lại", "cùng đạt 05/08 phiếu", "Sở Tài nguyên và Môi trường được suy tôn.");
        assertThat(Docs.text(minutes(Samples2019.governmentFlag()))).doesNotContain("Bầu lại");
    }

    @Test
    void signaturesSitTwoToARowWithTheHeadOnTheRightInBold() {
        XWPFDocument doc = minutes(Samples2019.governmentFlag());
        XWPFTable signatures = Docs.tables(doc).get(Docs.tables(doc).size() - 1);

        assertThat(signatures.getRows()).hasSize(2);
        String right = signatures.getRow(0).getCell(1).getText();
        assertThat(right).contains("TRƯỞNG BAN KIỂM PHIẾU", "Lê Thị Thu Hằng");
        assertThat(signatures.getRow(0).getCell(0).getText()).contains("THÀNH VIÊN", "Nguyễn Văn Hùng");
        assertThat(signatures.getRow(1).getCell(0).getText()).contains("Trần Thị Mai");
        XWPFRun name = signatures.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getRuns)
                .flatMap(List::stream).filter(r -> r.text().equals("Lê Thị Thu Hằng")).findFirst().orElseThrow();
        assertThat(name.isBold()).isTrue();
        assertThat(name.getFontFamily()).isEqualTo("Times New Roman");
    }

    @Test
    void withoutASuperiorBodyTheIssuingBodyOpensTheHeading() {
        MinutesData sample = Samples2019.governmentFlag();
        DocumentHeader h = sample.header();
        MinutesData data = new MinutesData(new DocumentHeader("", h.issuingBody(), h.number(), h.place(), h.date()),
                sample.electionTitle(), sample.blocName(), sample.year(), sample.meetingAt(), sample.committee(),
                sample.method(), sample.ballots(), sample.settings(), sample.candidates(), sample.runoff(),
                sample.fingerprint(), sample.approvedAt(), sample.signatures());

        XWPFTable heading = Docs.tables(minutes(data)).get(0);

        assertThat(heading.getRow(0).getCell(0).getParagraphs().get(0).getText()).isEqualTo("KHỐI THI ĐUA KINH TẾ NGÀNH");
        assertThat(Docs.text(minutes(data))).doesNotContain("UBND TỈNH");
    }
}
