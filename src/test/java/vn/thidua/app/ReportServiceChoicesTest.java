package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ReportService.Document;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/** A tie settled by a runoff, an election still open, the bloc's own templates, and bad input. */
class ReportServiceChoicesTest {

    @TempDir
    Path dir;
    Workspace ws;
    Season y2019;

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long election(String title, int issued, String... codes) {
        List<Long> ids = List.of(codes).stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        return ws.elections().create(y2019, new ElectionService.Draft(title, 1, ThresholdOperator.GE,
                BigDecimal.valueOf(50), Base.VALID, issued, ids, null, false));
    }

    private ReportService.Pack write(Set<Document> documents, Path templates) {
        return ws.reports().write("KTN", 2019, dir.resolve("out"), new ReportService.Options(documents, templates),
                ReportService.Progress.NONE);
    }

    @Test
    void runoffIsDescribedWithWhyAndResultAndItsWinnerIsProposed() {
        long id = election("Giấy khen thử", 4, "KHCN", "XD", "TTTT");
        for (String keys : List.of("1", "1", "2", "2")) {
            ws.elections().enterBallot(id, keys);
        }
        ws.elections().close(id);
        long runoff = ws.elections().runoff(id);
        for (String keys : List.of("1", "1", "1", "2")) {
            ws.elections().enterBallot(runoff, keys);
        }
        String runoffFingerprint = ws.elections().close(runoff);

        ReportService.Pack pack = write(Set.of(Document.MINUTES, Document.PROPOSAL), null);

        assertThat(pack.files()).extracting(w -> w.file().getFileName().toString())
                .contains("bien-ban-kiem-phieu-giay-khen-thu-2019.docx").hasSize(5);
        Path minutes = dir.resolve("out/bien-ban-kiem-phieu-giay-khen-thu-2019.docx");
        assertThat(PackFiles.rows(minutes, "Tên đơn vị")).containsExactly(
                List.of("1", "Sở Khoa học và Công nghệ", "2", "50,00%", "Bằng phiếu", "Bằng phiếu ở vị trí cuối; bầu lại"),
                List.of("2", "Sở Xây dựng", "2", "50,00%", "Bằng phiếu", "Bằng phiếu ở vị trí cuối; bầu lại"),
                List.of("3", "Sở Thông tin và Truyền thông", "0", "0,00%", "Không đạt", "Không đạt tỷ lệ từ 50% trở lên"));
        assertThat(PackFiles.text(minutes)).contains("5. Bầu lại",
                "Sở Khoa học và Công nghệ và Sở Xây dựng cùng đạt 02/04 phiếu (50,00%) ở vị trí được suy tôn cuối cùng "
                        + "nên Ban kiểm phiếu tổ chức bầu lại giữa 02 đơn vị cho 01 suất còn lại",
                "Kết quả bầu lại (vòng 2): số phiếu phát ra 04, thu về 04, hợp lệ 04; Sở Khoa học và Công nghệ "
                        + "03/04 phiếu (75,00%), Sở Xây dựng 01/04 phiếu (25,00%). Sở Khoa học và Công nghệ được suy tôn.",
                runoffFingerprint, ws.elections().election(id).fingerprint());
        // The round's code on a line of its own (inside the justified sentence it spread the words apart).
        assertThat(PackFiles.text(minutes)).contains("Mã kiểm tra (SHA-256) của vòng bầu lại:\n" + runoffFingerprint + ".");
        assertThat(PackFiles.rows(dir.resolve("out/to-trinh-khen-thuong-2019.docx"), "Tên đơn vị"))
                .contains(List.of("1", "Sở Khoa học và Công nghệ", "3/4", "75,00%"));
    }

    @Test
    void aTieWithoutRunoffIsSaidNotPassedOver() {
        long id = election("Giấy khen thử", 2, "KHCN", "XD");
        ws.elections().enterBallot(id, "1");
        ws.elections().enterBallot(id, "2");
        ws.elections().close(id);

        write(Set.of(Document.MINUTES), null);

        assertThat(PackFiles.text(dir.resolve("out/bien-ban-kiem-phieu-giay-khen-thu-2019.docx")))
                .contains("5. Bầu lại", "chưa tổ chức bầu lại; các đơn vị bằng phiếu chưa được suy tôn");
    }

    @Test
    void anElectionStillOpenGetsNoMinutesAndANote() {
        election("Giấy khen thử", 4, "KHCN", "XD");

        ReportService.Pack pack = write(Set.of(Document.MINUTES), null);

        assertThat(pack.files()).hasSize(3);
        assertThat(pack.notes()).containsExactly(new ReportService.Note("reports.note.electionOpen",
                List.of("Giấy khen thử")));
        assertThat(Texts.vietnamese().t(pack.notes().get(0).key(), pack.notes().get(0).args().toArray()))
                .isEqualTo("Cuộc bầu “Giấy khen thử” chưa kết thúc kiểm phiếu nên chưa có biên bản.");
    }

    @Test
    void theBlocsOwnTemplateReplacesTheShippedOneOfTheSameName() throws IOException {
        Path own = Files.createDirectories(dir.resolve("mau-rieng"));
        docx(own.resolve("to-trinh-khen-thuong.docx"), "Mẫu riêng của {{bloc.name}} năm {{year}}");

        write(Set.of(Document.PROPOSAL, Document.YEAR_REPORT), own);

        assertThat(PackFiles.text(dir.resolve("out/to-trinh-khen-thuong-2019.docx")).strip())
                .isEqualTo("Mẫu riêng của Khối thi đua Kinh tế ngành năm 2019");
        assertThat(PackFiles.text(dir.resolve("out/bao-cao-tong-ket-2019.docx"))).contains("BÁO CÁO");
    }

    @Test
    void aTemplateWithAFieldTheDataLacksIsRefusedByNameAndNoFileIsLeft() throws IOException {
        Path own = Files.createDirectories(dir.resolve("mau-rieng"));
        docx(own.resolve("to-trinh-khen-thuong.docx"), "{{bloc.nickname}}");

        assertThatThrownBy(() -> write(Set.of(Document.PROPOSAL), own))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.template.unknownField");
                    assertThat(Texts.vietnamese().t(e)).contains("bloc.nickname");
                });
        assertThat(dir.resolve("out")).as("no folder made for a pack that failed").doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).noneMatch(n -> n.startsWith(".out"));
        }
    }

    @Test
    void unknownBlocYearOrTemplateFolderIsRefusedInVietnamese() {
        Path out = dir.resolve("out");
        ReportService.Options all = ReportService.Options.all();
        assertThatThrownBy(() -> ws.reports().write("KTX", 2019, out, all, ReportService.Progress.NONE))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(Texts.vietnamese().t(e)).isEqualTo("Không có khối mã KTX."));
        assertThatThrownBy(() -> ws.reports().write("KTN", 2031, out, all, ReportService.Progress.NONE))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(Texts.vietnamese().t(e)).isEqualTo("Khối KTN chưa có năm 2031."));
        assertThatThrownBy(() -> write(Set.of(Document.PROPOSAL), dir.resolve("khong-co")))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("reports.error.templateFolder"));
        assertThatThrownBy(() -> write(Set.of(), null))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("reports.error.nothingChosen"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aYearWithoutElectionsOrScoresStillGetsItsDocuments() {
        Season y2020 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2020);

        ReportService.Pack pack = ws.reports().write("KTN", y2020.year(), dir.resolve("out"),
                ReportService.Options.all(), ReportService.Progress.NONE);

        assertThat(pack.files()).extracting(w -> w.kind()).containsExactly(Document.PROPOSAL,
                Document.YEAR_REPORT, Document.WORKBOOK, Document.AUDIT_LOG, Document.AUDIT_LOG);
        assertThat(PackFiles.text(dir.resolve("out/bao-cao-tong-ket-2020.docx")))
                .contains("Sở Công Thương là Trưởng khối", "năm 2021");
    }

    private static void docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
    }
}
