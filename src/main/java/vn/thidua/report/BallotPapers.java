package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColumns;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.thidua.app.documents.BallotPaperData;

/**
 * The paper ballots of an election round, as many as the papers issued. Each names the bloc, the year
 * and the title, says how to vote, lists the candidates with the keys the counting screen uses and a
 * box to mark, and leaves room for the counting committee's seal or signature, without which a paper
 * is not the official form.
 *
 * <p>Where a paper fits on half a sheet ({@link #TWO_PER_PAGE_MAX} candidates or fewer), two are
 * printed side by side on an A4 landscape page, each on an A5 half with the line to cut along between
 * them: half the paper and half the printing for a morning that needs one paper per member and title.
 * A longer list gets an A4 portrait page per paper.
 */
public final class BallotPapers {

    /**
     * The most candidates whose paper fits on an A5 half with room for the seal, every name on two lines
     * (rendered with LibreOffice: twelve with four two-line names still fit, with 20 mm to spare).
     */
    public static final int TWO_PER_PAGE_MAX = 10;

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;
    /** Each half's margin around its text, so the cut line runs down the middle of the gap. */
    private static final int HALF_MARGIN = 15 * TWIPS_PER_MM;

    private BallotPapers() {
    }

    /** How many papers share a sheet: two side by side, or one. */
    public static int perPage(BallotPaperData d) {
        return d.choices().size() <= TWO_PER_PAGE_MAX ? 2 : 1;
    }

    public static void write(BallotPaperData d, OutputStream out) {
        boolean halves = perPage(d) == 2;
        try (XWPFDocument doc = new XWPFDocument()) {
            if (halves) {
                halves(doc);
            } else {
                page(doc);
            }
            Size size = halves ? Size.HALF : Size.FULL;
            for (int copy = 0; copy < d.copies(); copy++) {
                // In two columns a column break moves to the right half, or to the next sheet's left one.
                paper(doc, d, copy == 0 ? null : halves ? BreakType.COLUMN : BreakType.PAGE, size);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", "phiếu bầu " + d.title());
        }
    }

    /** Type sizes in points and row height in twips: a half sheet takes smaller type and rows. */
    private enum Size {
        FULL(13, 16, 14, 13, 12, 20, 560, new int[] {1000, 6255, 1800}),
        HALF(12, 14, 13, 11, 11, 16, 440, new int[] {700, 4509, 1500});

        final int body;
        final int kind;
        final int title;
        final int instruction;
        final int note;
        final int box;
        final int row;
        final int[] widths;

        Size(int body, int kind, int title, int instruction, int note, int box, int row, int[] widths) {
            this.body = body;
            this.kind = kind;
            this.title = title;
            this.instruction = instruction;
            this.note = note;
            this.box = box;
            this.row = row;
            this.widths = widths;
        }
    }

    private static void paper(XWPFDocument doc, BallotPaperData d, BreakType before, Size z) {
        XWPFParagraph bloc = doc.createParagraph();
        if (before != null) {
            bloc.createRun().addBreak(before);
        }
        bloc.setAlignment(ParagraphAlignment.CENTER);
        bloc.setSpacingAfter(120);
        run(bloc, d.blocName().toUpperCase(Locale.forLanguageTag("vi-VN")), z.body, true, false);
        line(doc, "PHIẾU BẦU SUY TÔN", z.kind, true, false, ParagraphAlignment.CENTER).setSpacingBefore(z == Size.FULL
                ? 240 : 120);
        line(doc, d.title() + " năm " + d.year(), z.title, true, false, ParagraphAlignment.CENTER);
        if (d.round() > 1) {
            line(doc, "(Bầu lại vòng " + d.round() + ")", z.title, false, true, ParagraphAlignment.CENTER);
        }
        line(doc, d.instruction(), z.instruction, false, true, ParagraphAlignment.BOTH)
                .setSpacingBefore(z == Size.FULL ? 240 : 120);
        XWPFTable t = doc.createTable(d.choices().size() + 1, 3);
        t.setWidth("100%");
        String[] headers = {"Số", "Tên đơn vị", "Đồng ý"};
        for (int c = 0; c < 3; c++) {
            cell(t.getRow(0).getCell(c), headers[c], true, z.widths[c], ParagraphAlignment.CENTER, z.body);
        }
        t.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < d.choices().size(); i++) {
            BallotPaperData.Choice ch = d.choices().get(i);
            cell(t.getRow(i + 1).getCell(0), ch.key(), true, z.widths[0], ParagraphAlignment.CENTER, z.body);
            cell(t.getRow(i + 1).getCell(1), ch.unitName(), false, z.widths[1], ParagraphAlignment.LEFT, z.body);
            cell(t.getRow(i + 1).getCell(2), "\u2610", false, z.widths[2], ParagraphAlignment.CENTER, z.box);
            t.getRow(i + 1).setHeight(z.row);
            t.getRow(i + 1).setCantSplitRow(true);
        }
        line(doc, "XÁC NHẬN CỦA BAN KIỂM PHIẾU", z.body, true, false, ParagraphAlignment.RIGHT)
                .setSpacingBefore(z == Size.FULL ? 360 : 240);
        line(doc, "(đóng dấu hoặc ký tên)", z.note, false, true, ParagraphAlignment.RIGHT);
    }

    private static XWPFParagraph line(XWPFDocument doc, String text, int points, boolean bold, boolean italic,
                                      ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, text, points, bold, italic);
        return p;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int width, ParagraphAlignment align,
                             int points) {
        cell.setWidth(Integer.toString(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        run(p, text, points, bold, false);
    }

    private static void run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
    }

    private static CTSectPr section(XWPFDocument doc) {
        return doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
    }

    /** A4 portrait, the margins of Nghị định 30/2020/NĐ-CP: top and bottom 20, left 30, right 15 mm. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = section(doc);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    /**
     * A4 landscape in two equal columns, each an A5 half with 15 mm of margin all round; the
     * column separator is the line to cut along.
     */
    private static void halves(XWPFDocument doc) {
        CTSectPr sect = section(doc);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(HALF_MARGIN));
        mar.setBottom(BigInteger.valueOf(HALF_MARGIN));
        mar.setLeft(BigInteger.valueOf(HALF_MARGIN));
        mar.setRight(BigInteger.valueOf(HALF_MARGIN));
        CTColumns cols = sect.isSetCols() ? sect.getCols() : sect.addNewCols();
        cols.setNum(BigInteger.TWO);
        cols.setSpace(BigInteger.valueOf(2L * HALF_MARGIN));
        cols.setEqualWidth(Boolean.TRUE);
        cols.setSep(Boolean.TRUE);
    }
}
