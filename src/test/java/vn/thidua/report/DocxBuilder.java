package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Layout primitives of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I),
 * used by {@link TemplateGenerator} to build the shipped templates. Lengths are in twips (1/20 pt;
 * 1 mm = 56.7 twips).
 */
final class DocxBuilder {

    static final String FONT = "Times New Roman";
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int FIRST_LINE_INDENT = 720;
    private static final int HEADING_CELL_MARGIN = 57;
    /** The "Nơi nhận" column, and how far a recipient's wrapped line is indented: the width of "- " in 11 pt. */
    static final int RECIPIENTS_WIDTH = 3960;
    static final int RECIPIENT_HANG = 130;

    enum Style { PLAIN, BOLD, ITALIC, BOLD_ITALIC }

    final XWPFDocument doc = new XWPFDocument();

    DocxBuilder(String title) {
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("ThiDua");
        defaults();
        pageSetup();
        pageNumbers();
    }

    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rpr.addNewLang().setVal("vi-VN");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        doc.createStyles().setStyles(styles);
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    /** Page numbers centred at the top from page 2 on; the first page carries none. */
    private void pageNumbers() {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTRPr rpr = field.addNewR().addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(28));
        field.getRArray(0).addNewT().setStringValue("2");
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    // ---- paragraphs

    static XWPFRun run(XWPFParagraph p, String text, int size, Style style) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(style == Style.BOLD || style == Style.BOLD_ITALIC);
        r.setItalic(style == Style.ITALIC || style == Style.BOLD_ITALIC);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        return r;
    }

    static XWPFParagraph format(XWPFParagraph p, ParagraphAlignment align, int before, int after) {
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A body paragraph: justified, first line indented, 6 pt after. */
    XWPFParagraph body(String text) {
        return body(text, Style.PLAIN);
    }

    XWPFParagraph body(String text, Style style) {
        XWPFParagraph p = format(doc.createParagraph(), ParagraphAlignment.BOTH, 0, 120);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        run(p, text, 14, style);
        if (style == Style.BOLD || style == Style.BOLD_ITALIC) {
            keepWithNext(p);
        }
        return p;
    }

    /** Keeps a heading on the page of what follows it, and the last lines with the signature. */
    static XWPFParagraph keepWithNext(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
        return p;
    }

    XWPFParagraph centred(String text, int size, Style style, int before, int after) {
        XWPFParagraph p = format(doc.createParagraph(), ParagraphAlignment.CENTER, before, after);
        run(p, text, size, style);
        return p;
    }

    /** A paragraph holding only a block tag, e.g. "{{#sectors}}"; it disappears from the output. */
    void tag(String tag) {
        XWPFParagraph p = format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
        run(p, tag, 10, Style.PLAIN);
    }

    /** A centred horizontal rule {@code length} long: an empty paragraph with a bottom border. */
    static void rule(XWPFParagraph p, int available, int length) {
        // A bottom border on a 4 pt line leaves a little air under the text above; a top border
        // (tried first) sat on the descenders in LibreOffice.
        format(p, ParagraphAlignment.CENTER, 0, 0);
        p.setSpacingBetween(4, LineSpacingRule.EXACT);
        int indent = Math.max(0, (available - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
    }

    // ---- the heading block

    /**
     * The two-column heading: issuing body and number on the left, national name and motto, place
     * and date on the right. Two rows, so that "Số:" and the date line up whatever the left says.
     */
    void headingBlock() {
        // Widths and 1 mm cell margins chosen so that "KHỐI THI ĐUA KINH TẾ NGÀNH" (66.5 mm in bold
        // 12 pt) and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (88.3 mm) each stay on one line.
        int left = 4000;
        int right = TEXT_WIDTH - left;
        XWPFTable t = table(new int[] {left, right}, 2, false);
        t.setCellMargins(0, HEADING_CELL_MARGIN, 0, HEADING_CELL_MARGIN);

        XWPFTableCell bodies = t.getRow(0).getCell(0);
        XWPFParagraph superior = cellParagraph(bodies, 0, ParagraphAlignment.CENTER);
        run(superior, "{{?header.superior}}{{header.superior}}", 12, Style.PLAIN);
        run(cellParagraph(bodies, 1, ParagraphAlignment.CENTER), "{{header.issuingBody}}", 12, Style.BOLD);
        rule(cellParagraph(bodies, 2, ParagraphAlignment.CENTER), left - 2 * HEADING_CELL_MARGIN, 1500);

        XWPFTableCell nation = t.getRow(0).getCell(1);
        run(cellParagraph(nation, 0, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, Style.BOLD);
        run(cellParagraph(nation, 1, ParagraphAlignment.CENTER), "Độc lập - Tự do - Hạnh phúc", 13, Style.BOLD);
        // As long as the motto: 56 mm in Times New Roman bold 13 pt, measured, plus a little.
        rule(cellParagraph(nation, 2, ParagraphAlignment.CENTER), right - 2 * HEADING_CELL_MARGIN, 3260);

        XWPFParagraph number = cellParagraph(t.getRow(1).getCell(0), 0, ParagraphAlignment.CENTER);
        number.setSpacingBefore(80);
        run(number, "Số: {{header.number}}", 13, Style.PLAIN);
        XWPFParagraph date = cellParagraph(t.getRow(1).getCell(1), 0, ParagraphAlignment.CENTER);
        date.setSpacingBefore(80);
        run(date, "{{header.place}}, {{header.longDate}}", 14, Style.ITALIC);
    }

    /** The document's kind in bold capitals, its subject in bold under it, and a short rule. */
    void kindAndSubject(String kind, String subject) {
        centred(kind, 14, Style.BOLD, 360, 0);
        centred(subject, 14, Style.BOLD, 0, 0);
        rule(doc.createParagraph(), TEXT_WIDTH, 1900);
        format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0).setSpacingBetween(6, LineSpacingRule.EXACT);
    }

    // ---- tables

    /** A fixed-layout table exactly {@code widths} wide, centred between the margins. */
    XWPFTable table(int[] widths, int rows, boolean borders) {
        XWPFTable t = doc.createTable(rows, widths.length);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(Integer.toString(total));
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblWidth indent = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
        indent.setW(BigInteger.ZERO);
        indent.setType(STTblWidth.DXA);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < widths.length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            for (XWPFTableRow row : t.getRows()) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(Integer.toString(widths[c]));
                cell.setVerticalAlignment(borders ? XWPFTableCell.XWPFVertAlign.CENTER : XWPFTableCell.XWPFVertAlign.TOP);
            }
        }
        if (!borders) {
            XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
            t.setTopBorder(none, 0, 0, "auto");
            t.setBottomBorder(none, 0, 0, "auto");
            t.setLeftBorder(none, 0, 0, "auto");
            t.setRightBorder(none, 0, 0, "auto");
            t.setInsideHBorder(none, 0, 0, "auto");
            t.setInsideVBorder(none, 0, 0, "auto");
        }
        return t;
    }

    /**
     * A bordered data table: a bold header row repeated on every page, and one template row whose
     * cells hold {@code cells} (the first usually carries the "{{#list}}" tag). No row breaks across
     * pages, and every row's paragraphs keep with the next (but the last row made from a repeated row,
     * {@link DocxTemplate}): a table that fits on a page moves whole to the next page instead of
     * leaving its header and first row under the title at the foot of the page (a longer one still
     * breaks, its header repeated).
     */
    XWPFTable dataTable(int[] widths, String[] headers, int size, ParagraphAlignment[] aligns, String[]... rows) {
        XWPFTable t = table(widths, 1 + rows.length, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < headers.length; c++) {
            XWPFParagraph p = cellParagraph(head.getCell(c), 0, ParagraphAlignment.CENTER);
            p.setSpacingBefore(40);
            p.setSpacingAfter(40);
            run(p, headers[c], size, Style.BOLD);
            keepWithNext(p);
        }
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < rows[r].length; c++) {
                XWPFParagraph p = cellParagraph(row.getCell(c), 0, aligns[c]);
                p.setSpacingBefore(40);
                p.setSpacingAfter(40);
                run(p, rows[r][c], size, Style.PLAIN);
                keepWithNext(p);
            }
        }
        return t;
    }

    /** The cell's paragraph number {@code index}, created if needed, with no spacing. */
    static XWPFParagraph cellParagraph(XWPFTableCell cell, int index, ParagraphAlignment align) {
        while (cell.getParagraphs().size() <= index) {
            cell.addParagraph();
        }
        return format(cell.getParagraphs().get(index), align, 0, 0);
    }

    // ---- signatures and recipients

    /** One signature: capacity in bold capitals, room to sign, the name in bold. */
    static void signature(XWPFTableCell cell, String capacity, String name, int first) {
        XWPFParagraph top = cellParagraph(cell, first, ParagraphAlignment.CENTER);
        top.setSpacingBefore(first == 0 ? 0 : 120);
        run(top, capacity, 14, Style.BOLD);
        for (int i = 1; i <= 4; i++) {
            run(cellParagraph(cell, first + i, ParagraphAlignment.CENTER), "", 14, Style.PLAIN);
        }
        run(cellParagraph(cell, first + 5, ParagraphAlignment.CENTER), name, 14, Style.BOLD);
    }

    /**
     * "Nơi nhận:" bottom left (bold italic 12 pt, the list in 11 pt) and the signer bottom right. The
     * left column holds "- Ban Thi đua – Khen thưởng (Sở Nội vụ);" on one line (3755 twips in 11 pt; at
     * 3700 twips "vụ);" went to a line of its own), the right one "GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI" (5103
     * twips in bold 14 pt), with 1 mm cell margins; a longer line wraps under its text, not the dash.
     */
    void recipientsAndSigner() {
        keepWithNext(spacer(240));
        int left = RECIPIENTS_WIDTH;
        XWPFTable t = table(new int[] {left, TEXT_WIDTH - left}, 1, false);
        t.setCellMargins(0, HEADING_CELL_MARGIN, 0, HEADING_CELL_MARGIN);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell to = t.getRow(0).getCell(0);
        run(cellParagraph(to, 0, ParagraphAlignment.LEFT), "Nơi nhận:", 12, Style.BOLD_ITALIC);
        run(cellParagraph(to, 1, ParagraphAlignment.LEFT), "{{#recipients}}", 11, Style.PLAIN);
        XWPFParagraph line = cellParagraph(to, 2, ParagraphAlignment.LEFT);
        line.setIndentationLeft(RECIPIENT_HANG);
        line.setIndentationHanging(RECIPIENT_HANG);
        run(line, "- {{recipient.text}}{{recipient.end}}", 11, Style.PLAIN);
        run(cellParagraph(to, 3, ParagraphAlignment.LEFT), "{{/recipients}}", 11, Style.PLAIN);
        signature(t.getRow(0).getCell(1), "{{signer.capacity}}", "{{signer.name}}", 0);
    }

    XWPFParagraph spacer(int twips) {
        XWPFParagraph p = format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
        p.setSpacingBetween(twips / 20.0, LineSpacingRule.EXACT);
        return p;
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
    }
}
