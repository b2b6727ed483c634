package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assertj.core.data.Offset;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/** Reading written documents back, for the tests. */
final class Docs {

    private Docs() {
    }

    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    static XWPFDocument write(Writing writing) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writing.to(out);
            return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text: body, tables and headers, as Word would show it (a line break is '\n'). */
    static String text(XWPFDocument doc) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body-level tables, in order. */
    static List<XWPFTable> tables(XWPFDocument doc) {
        List<XWPFTable> tables = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFTable t) {
                tables.add(t);
            }
        }
        return tables;
    }

    /** The cells' texts of the data rows (the header row left out) of {@code table}. */
    static List<List<String>> dataRows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return rows;
    }

    /** The first table whose header row has a cell reading {@code header}. */
    static XWPFTable tableWithHeader(XWPFDocument doc, String header) {
        return tables(doc).stream()
                .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().strip().equals(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + header));
    }

    /** A4 portrait; margins top 20, bottom 20, left 30, right 15 mm (Nghị định 30/2020/NĐ-CP). */
    static void assertAdministrativePage(XWPFDocument doc) {
        CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
        assertThat(twips(size.getW())).isEqualTo(11906);
        assertThat(twips(size.getH())).isEqualTo(16838);
        CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
        assertThat(mm(mar.getTop())).isCloseTo(20.0, Offset.offset(0.1));
        assertThat(mm(mar.getBottom())).isCloseTo(20.0, Offset.offset(0.1));
        assertThat(mm(mar.getLeft())).isCloseTo(30.0, Offset.offset(0.1));
        assertThat(mm(mar.getRight())).isCloseTo(15.0, Offset.offset(0.1));
    }

    static int twips(Object measure) {
        return new BigInteger(measure.toString()).intValue();
    }

    private static double mm(Object twips) {
        return twips(twips) / 1440.0 * 25.4;
    }
}
