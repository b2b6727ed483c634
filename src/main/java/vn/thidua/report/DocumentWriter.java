package vn.thidua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.YearReportData;

/**
 * Writes the Word documents from their templates: the shipped one, or the bloc's own copy when a
 * path is given (a province with a different form edits a template, not code).
 */
public final class DocumentWriter {

    private final Map<DocumentKind, DocxTemplate> shipped = new ConcurrentHashMap<>();
    private final Optional<String> mark;

    public DocumentWriter() {
        this(Optional.empty());
    }

    /** @param mark a line every document written must carry ("DIỄN TẬP – không có giá trị"), or none */
    public DocumentWriter(Optional<String> mark) {
        this.mark = mark;
    }

    /** Puts the mark, when there is one, on a finished .docx or .xlsx (see {@link RehearsalMark}). */
    public void stamp(Path file) {
        mark.ifPresent(m -> RehearsalMark.apply(file, m));
    }

    /** Biên bản kiểm phiếu of one election. */
    public void minutes(MinutesData data, OutputStream out, Optional<Path> template) {
        template(DocumentKind.MINUTES, template).render(MinutesModel.of(data), out);
    }

    /** Tờ trình đề nghị khen thưởng. */
    public void proposal(ProposalData data, OutputStream out, Optional<Path> template) {
        template(DocumentKind.PROPOSAL, template).render(ProposalModel.of(data), out);
    }

    /** Báo cáo tổng kết. */
    public void yearReport(YearReportData data, OutputStream out, Optional<Path> template) {
        template(DocumentKind.YEAR_REPORT, template).render(YearReportModel.of(data), out);
    }

    /** The template a document of {@code kind} would be written from. */
    public DocxTemplate template(DocumentKind kind, Optional<Path> override) {
        // The bloc's own file is read every time: the secretary may be editing it between runs.
        return override.map(DocxTemplate::read).orElseGet(() -> shipped.computeIfAbsent(kind, DocumentWriter::load));
    }

    private static DocxTemplate load(DocumentKind kind) {
        try (InputStream in = kind.openShippedTemplate()) {
            return DocxTemplate.read(in, kind.templateFile());
        } catch (IOException e) {
            throw new ReportException(e, "report.template.unreadable", kind.templateFile());
        }
    }
}
