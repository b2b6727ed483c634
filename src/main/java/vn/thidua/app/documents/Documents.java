package vn.thidua.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the app needs written as Word and Excel files, from the records of this package. The report
 * layer implements it (Apache POI stays there); the composition root hands an implementation to
 * {@code ReportService}. A document that cannot be written for a reason the user can act on (a
 * template that cannot be read, a placeholder the data lacks) fails with a {@link DocumentException}
 * carrying a message key.
 */
public interface Documents {

    /**
     * The file names read from a bloc's own template folder, e.g. "bien-ban-kiem-phieu.docx": a
     * .docx there under one of these names is used in place of the shipped template.
     */
    List<String> templateFiles();

    /** Biên bản kiểm phiếu of one election; {@code templates}: the bloc's own template folder, if any. */
    void minutes(MinutesData data, OutputStream out, Optional<Path> templates) throws IOException;

    /** Tờ trình đề nghị khen thưởng. */
    void proposal(ProposalData data, OutputStream out, Optional<Path> templates) throws IOException;

    /** Báo cáo tổng kết. */
    void yearReport(YearReportData data, OutputStream out, Optional<Path> templates) throws IOException;

    /** Bảng điểm: the scoreboard workbook with live formulas. */
    void workbook(WorkbookData data, OutputStream out) throws IOException;

    /** The ballot papers of one election round. */
    void ballotPapers(BallotPaperData data, OutputStream out) throws IOException;

    /**
     * Puts this writer's mark, if it has one, on a finished .docx or .xlsx: a rehearsal's documents
     * carry "DIỄN TẬP – không có giá trị" so that none is taken for the real one.
     */
    void stamp(Path file);

    /** The audit log as a workbook; {@code title} is its first row. */
    void auditWorkbook(String title, List<AuditLine> lines, OutputStream out) throws IOException;

    /**
     * One entry of the audit log as printed: its number, when, its kind, what was done (a sentence),
     * and the action's code as stored, to find the entry in the CSV.
     */
    record AuditLine(long number, LocalDateTime at, String category, String text, String action) {
    }
}
