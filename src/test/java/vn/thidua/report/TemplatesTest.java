package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path dir;

    /** Fails when the generator changed and the shipped .docx files were not regenerated and committed. */
    @Test
    void shippedTemplatesHoldWhatTheGeneratorWrites() throws IOException {
        TemplateGenerator.writeAll(dir);
        DocumentWriter writer = new DocumentWriter();
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(writer.template(kind, Optional.empty()).tags())
                    .as(kind.templateFile())
                    .isEqualTo(DocxTemplate.read(dir.resolve(kind.templateFile())).tags());
        }
    }

    @Test
    void blocsOwnTemplateOverridesTheShippedOne() throws IOException {
        Path own = dir.resolve("bien-ban-cua-tinh.docx");
        try (InputStream in = DocumentKind.MINUTES.openShippedTemplate(); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun r = p.createRun();
            r.setText("Mẫu riêng của tỉnh – {{bloc.name}}, ");
            r.setText("{{election.title}}");
            try (OutputStream out = Files.newOutputStream(own)) {
                doc.write(out);
            }
        }

        String text = Docs.text(Docs.write(out ->
                new DocumentWriter().minutes(Samples2019.governmentFlag(), out, Optional.of(own))));

        assertThat(text).contains("Mẫu riêng của tỉnh – Khối thi đua Kinh tế ngành, Cờ thi đua của Chính phủ")
                .doesNotContain("{{");
        assertThat(Docs.text(Docs.write(out ->
                new DocumentWriter().minutes(Samples2019.governmentFlag(), out, Optional.empty()))))
                .doesNotContain("Mẫu riêng của tỉnh");
    }

    @Test
    void missingOwnTemplateIsReportedByName() {
        Path missing = dir.resolve("khong-co.docx");

        assertThatThrownBy(() -> new DocumentWriter().minutes(Samples2019.governmentFlag(), OutputStream.nullOutputStream(),
                Optional.of(missing)))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.template.unreadable");
                    assertThat(e.args()).containsExactly(missing.toString());
                });
    }
}
