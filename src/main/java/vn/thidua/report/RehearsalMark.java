package vn.thidua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * "DIỄN TẬP – không có giá trị" on a document written from a rehearsal copy: in a Word document, a
 * line in red above everything and in the header of every page; in a workbook, the printed header
 * of every sheet (the rows stay where readers of the workbook expect them). Applied to the finished
 * file, whatever wrote it, so that no document of a rehearsal can leave without it.
 */
final class RehearsalMark {

    /** Red, as a stamp on paper. */
    private static final String RED = "C00000";

    private RehearsalMark() {
    }

    /** Marks a written .docx or .xlsx in place; any other file (the audit CSV) is left as it is. */
    static void apply(Path file, String mark) {
        Kind kind = kindOf(file);
        if (kind == Kind.OTHER) {
            return;
        }
        Path part = file.resolveSibling(file.getFileName() + ".dau");
        try {
            try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(part)) {
                if (kind == Kind.WORD) {
                    try (XWPFDocument doc = new XWPFDocument(in)) {
                        markWord(doc, mark);
                        doc.write(out);
                    }
                } else {
                    try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
                        markWorkbook(wb, mark);
                        wb.write(out);
                    }
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the document itself is refused below
            }
            throw new ReportException(e, "report.write.failed", file.getFileName().toString());
        }
    }

    private enum Kind { WORD, WORKBOOK, OTHER }

    private static Kind kindOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Kind.WORD;
            }
            return zip.getEntry("xl/workbook.xml") != null ? Kind.WORKBOOK : Kind.OTHER;
        } catch (IOException notAZip) {
            return Kind.OTHER;
        }
    }

    private static void markWord(XWPFDocument doc, String mark) {
        XWPFParagraph top;
        if (doc.getBodyElements().isEmpty()) {
            top = doc.createParagraph();
        } else {
            IBodyElement first = doc.getBodyElements().get(0);
            XmlCursor at = first instanceof XWPFTable t ? t.getCTTbl().newCursor()
                    : ((XWPFParagraph) first).getCTP().newCursor();
            top = doc.insertNewParagraph(at);
            at.close();
        }
        stamp(top, mark);
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        if (policy == null) {
            policy = doc.createHeaderFooterPolicy();
        }
        // Every page: a template whose first page has a header of its own (or none) gets it on that one too;
        // an even-page header is only used when the document has one.
        header(policy.getDefaultHeader(), policy, XWPFHeaderFooterPolicy.DEFAULT, mark);
        header(policy.getFirstPageHeader(), policy, XWPFHeaderFooterPolicy.FIRST, mark);
        if (policy.getEvenPageHeader() != null) {
            header(policy.getEvenPageHeader(), policy, XWPFHeaderFooterPolicy.EVEN, mark);
        }
    }

    private static void header(XWPFHeader existing, XWPFHeaderFooterPolicy policy,
                               STHdrFtr.Enum type, String mark) {
        if (existing == null) {
            XWPFHeader header = policy.createHeader(type);
            stamp(header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0), mark);
        } else {
            stamp(existing.createParagraph(), mark);
        }
    }

    private static void stamp(XWPFParagraph p, String mark) {
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setText(mark);
        r.setBold(true);
        r.setColor(RED);
        r.setFontSize(14);
    }

    private static void markWorkbook(XSSFWorkbook wb, String mark) {
        for (Sheet sheet : wb) {
            sheet.getHeader().setCenter("&B&14&KC00000" + mark.replace("&", "&&"));
        }
    }
}
