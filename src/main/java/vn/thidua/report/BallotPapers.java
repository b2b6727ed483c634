package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import java.util.Locale;

/**
 * The paper ballots of an election round: one paper per A4 page, as many as the papers issued. Each
 * names the bloc, the year and the title, says how to vote, lists the candidates with the keys the
 * counting screen uses and a box to mark, and leaves room for the counting committee's seal or
 * signature, without which a paper is not the official form.
 */
public final class BallotPapers {

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;

    private BallotPapers() {
    }

    public static void write(BallotPaperData d, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            for (int copy = 0; copy < d.copies(); copy++) {
                paper(doc, d, copy > 0);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", "phiếu bầu " + d.title());
        }
    }

    private static void paper(XWPFDocument doc, BallotPaperData d, boolean newPage) {
        XWPFParagraph bloc = line(doc, d.blocName().toUpperCase(Locale.forLanguageTag("vi-VN")), 13, true,
                false, ParagraphAlignment.CENTER);
        bloc.setPageBreak(newPage);
        line(doc, "PHIẾU BẦU SUY TÔN", 16, true, false, ParagraphAlignment.CENTER).setSpacingBefore(240);
        line(doc, d.title() + " năm " + d.year(), 14, true, false, ParagraphAlignment.CENTER);
        if (d.round() > 1) {
            line(doc, "(Bầu lại vòng " + d.round() + ")", 14, false, true, ParagraphAlignment.CENTER);
        }
        line(doc, d.instruction(), 13, false, true, ParagraphAlignment.LEFT).setSpacingBefore(240);
        XWPFTable t = doc.createTable(d.choices().size() + 1, 3);
        t.setWidth("100%");
        int[] widths = {1000, 6255, 1800};
        String[] headers = {"Số", "Tên đơn vị", "Đồng ý"};
        for (int c = 0; c < 3; c++) {
            cell(t.getRow(0).getCell(c), headers[c], true, widths[c], ParagraphAlignment.CENTER);
        }
        t.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < d.choices().size(); i++) {
            BallotPaperData.Choice ch = d.choices().get(i);
            cell(t.getRow(i + 1).getCell(0), ch.key(), true, widths[0], ParagraphAlignment.CENTER);
            cell(t.getRow(i + 1).getCell(1), ch.unitName(), false, widths[1], ParagraphAlignment.LEFT);
            cell(t.getRow(i + 1).getCell(2), "\u2610", false, widths[2], ParagraphAlignment.CENTER);
            t.getRow(i + 1).setHeight(560);
            t.getRow(i + 1).setCantSplitRow(true);
        }
        line(doc, "XÁC NHẬN CỦA BAN KIỂM PHIẾU", 13, true, false, ParagraphAlignment.RIGHT).setSpacingBefore(360);
        line(doc, "(đóng dấu hoặc ký tên)", 12, false, true, ParagraphAlignment.RIGHT);
    }

    private static XWPFParagraph line(XWPFDocument doc, String text, int points, boolean bold, boolean italic,
                                      ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, text, points, bold, italic);
        return p;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int width, ParagraphAlignment align) {
        cell.setWidth(Integer.toString(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        run(p, text, text.equals("\u2610") ? 20 : 13, bold, false);
    }

    private static void run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
    }

    /** A4 portrait, the margins of Nghị định 30/2020/NĐ-CP: top and bottom 20, left 30, right 15 mm. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }
}
