package vn.thidua.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.thidua.app.documents.BallotPaperData;
import vn.thidua.app.documents.Documents;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.app.documents.YearReportData;

/**
 * The app's {@link Documents}, written with Apache POI: Word from the shipped templates (or the
 * bloc's copies), Excel built in code. Keep one for the program's life: it reads each shipped
 * template once. Failures the user can act on are {@link ReportException}s, the app's
 * {@link vn.thidua.app.documents.DocumentException}.
 */
public final class PoiDocuments implements Documents {

    private final DocumentWriter writer;

    public PoiDocuments() {
        this(Optional.empty());
    }

    /** @param mark a line every document written must carry ("DIỄN TẬP – không có giá trị"), or none */
    public PoiDocuments(Optional<String> mark) {
        this.writer = new DocumentWriter(mark);
    }

    @Override
    public void stamp(Path file) {
        writer.stamp(file);
    }

    @Override
    public List<String> templateFiles() {
        return Arrays.stream(DocumentKind.values()).map(DocumentKind::templateFile).toList();
    }

    @Override
    public void minutes(MinutesData data, OutputStream out, Optional<Path> templates) {
        writer.minutes(data, out, own(templates, DocumentKind.MINUTES));
    }

    @Override
    public void proposal(ProposalData data, OutputStream out, Optional<Path> templates) {
        writer.proposal(data, out, own(templates, DocumentKind.PROPOSAL));
    }

    @Override
    public void yearReport(YearReportData data, OutputStream out, Optional<Path> templates) {
        writer.yearReport(data, out, own(templates, DocumentKind.YEAR_REPORT));
    }

    @Override
    public void workbook(WorkbookData data, OutputStream out) {
        ScoreboardWorkbook.write(data, out);
    }

    @Override
    public void ballotPapers(BallotPaperData data, OutputStream out) {
        BallotPapers.write(data, out);
    }

    @Override
    public void auditWorkbook(String title, List<AuditLine> lines, OutputStream out) {
        AuditWorkbook.write(title, lines.stream().map(l -> new AuditWorkbook.Line(l.number(), l.at(),
                l.category(), l.text(), l.action())).toList(), out);
    }

    /** The bloc's own copy when its folder has one of the template's name, else the shipped one. */
    private static Optional<Path> own(Optional<Path> folder, DocumentKind kind) {
        return folder.map(f -> f.resolve(kind.templateFile())).filter(Files::isRegularFile);
    }
}
