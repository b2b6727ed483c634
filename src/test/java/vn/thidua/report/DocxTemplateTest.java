package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DocxTemplateTest {

    private static final Map<String, Object> MODEL = new Fields()
            .with("bloc", new Fields().with("name", "Khối thi đua Kinh tế ngành"))
            .with("year", "2019")
            .with("empty", "")
            .with("none", null)
            .with("capacity", "TM. BAN KIỂM PHIẾU\nTRƯỞNG BAN")
            .with("units", new TemplateModel.Items("unit", List.of(
                    new Fields().with("name", "Sở Công Thương").with("votes", "6"),
                    new Fields().with("name", "Sở Xây dựng").with("votes", "2"))))
            .with("nobody", new TemplateModel.Items("unit", List.of()));

    @Test
    void placeholderSplitAcrossRunsTakesTheFormattingOfTheRunWhereItStarts() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        run(p, "Khối: ", false);
        XWPFRun bold = run(p, "{{bloc.", true);
        bold.setFontSize(13);
        run(p, "na", false);
        run(p, "me}", false);
        run(p, "} năm {", false);
        run(p, "{year}}", false);

        XWPFDocument out = render(doc, MODEL);

        XWPFParagraph result = out.getParagraphs().get(0);
        assertThat(result.getText()).isEqualTo("Khối: Khối thi đua Kinh tế ngành năm 2019");
        XWPFRun holder = result.getRuns().stream().filter(r -> r.text().contains("Kinh tế")).findFirst().orElseThrow();
        assertThat(holder.isBold()).isTrue();
        assertThat(holder.getFontSizeAsDouble()).isEqualTo(13.0);
    }

    @Test
    void rowHoldingAListTagIsRepeatedPerItem() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable t = doc.createTable(2, 2);
        t.getRow(0).getCell(0).setText("Đơn vị");
        t.getRow(0).getCell(1).setText("Số phiếu");
        t.getRow(1).getCell(0).setText("{{#units}}{{unit.name}}");
        t.getRow(1).getCell(1).setText("{{unit.votes}}");

        XWPFDocument out = render(doc, MODEL);

        assertThat(Docs.dataRows(out.getTables().get(0)))
                .containsExactly(List.of("Sở Công Thương", "6"), List.of("Sở Xây dựng", "2"));
    }

    @Test
    void emptyListLeavesNoRowAndTheInvertedRowAppears() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable t = doc.createTable(3, 1);
        t.getRow(0).getCell(0).setText("Đơn vị");
        t.getRow(1).getCell(0).setText("{{#nobody}}{{unit.name}}");
        t.getRow(2).getCell(0).setText("{{^nobody}}Không có đơn vị");

        XWPFDocument out = render(doc, MODEL);

        assertThat(Docs.dataRows(out.getTables().get(0))).containsExactly(List.of("Không có đơn vị"));
    }

    @Test
    void blockIsRepeatedPerItemAndDroppedWhenAbsent() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("{{#units}}");
        doc.createParagraph().createRun().setText("- {{unit.name}}: {{unit.votes}} phiếu");
        doc.createParagraph().createRun().setText("{{/units}}");
        doc.createParagraph().createRun().setText("{{#none}}");
        doc.createParagraph().createRun().setText("never printed");
        doc.createParagraph().createRun().setText("{{/none}}");
        doc.createParagraph().createRun().setText("{{^none}}");
        doc.createParagraph().createRun().setText("printed when none is absent");
        doc.createParagraph().createRun().setText("{{/none}}");

        String text = Docs.text(render(doc, MODEL));

        assertThat(text).isEqualTo("- Sở Công Thương: 6 phiếu\n- Sở Xây dựng: 2 phiếu\nprinted when none is absent\n");
    }

    @Test
    void optionalParagraphDisappearsWhenItsValueIsEmpty() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("{{?empty}}UBND TỈNH {{empty}}");
        doc.createParagraph().createRun().setText("{{?year}}Năm {{year}}");

        assertThat(Docs.text(render(doc, MODEL))).isEqualTo("Năm 2019\n");
    }

    @Test
    void newLineInAValueBecomesALineBreak() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        run(doc.createParagraph(), "{{capacity}}", true);

        XWPFParagraph p = render(doc, MODEL).getParagraphs().get(0);

        assertThat(p.getText()).isEqualTo("TM. BAN KIỂM PHIẾU\nTRƯỞNG BAN");
        assertThat(p.getCTP().getRArray(0).sizeOfBrArray()).isEqualTo(1);
    }

    @Test
    void unknownPlaceholderIsReportedWithItsName() {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("{{bloc.nam}}");

        assertThatThrownBy(() -> render(doc, MODEL))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.template.unknownField");
                    assertThat(e.args()).contains("{{bloc.nam}}");
                });
    }

    @Test
    void unclosedBlockAndMalformedPlaceholderAreReported() {
        XWPFDocument open = new XWPFDocument();
        open.createParagraph().createRun().setText("{{#units}}");
        assertThatThrownBy(() -> render(open, MODEL)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.key()).isEqualTo("report.template.unclosedBlock"));

        XWPFDocument bad = new XWPFDocument();
        bad.createParagraph().createRun().setText("{{ bloc name }}");
        assertThatThrownBy(() -> render(bad, MODEL)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.key()).isEqualTo("report.template.badPlaceholder"));
    }

    @Test
    void notADocxIsReportedAsUnreadable() {
        assertThatThrownBy(() -> DocxTemplate.read(new ByteArrayInputStream("not a docx".getBytes()), "mau.docx"))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.template.unreadable");
                    assertThat(e.args()).containsExactly("mau.docx");
                });
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        return r;
    }

    static XWPFDocument render(XWPFDocument template, Map<String, ?> model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        template.write(bytes);
        return Docs.write(out -> DocxTemplate.read(new ByteArrayInputStream(bytes.toByteArray()), "test.docx")
                .render(model, out));
    }

    /**
     * The stories are written by our own walk of the DOM, not XMLBeans' saver: every story part of every shipped
     * template, and of the minutes, proposal and year report written from the 2019 sample, is the document POI's
     * saver writes for it (the part parsed by XMLBeans and saved with POI's options, then both compared as XML:
     * names, namespaces, prefixes, attributes, text, in order), with the declaration POI writes.
     */
    @Test
    void storiesWriteTheDocumentPoiWrites() throws Exception {
        DocumentWriter writer = new DocumentWriter();
        Map<String, byte[]> docs = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            try (InputStream in = kind.openShippedTemplate()) {
                docs.put(kind.templateFile(), in.readAllBytes());
            }
        }
        docs.put("minutes", bytes(out -> writer.minutes(Samples2019.meritCertificate(), out, Optional.empty())));
        docs.put("proposal", bytes(out -> writer.proposal(Samples2019.proposal(), out, Optional.empty())));
        docs.put("report", bytes(out -> writer.yearReport(Samples2019.yearReport(), out, Optional.empty())));
        int compared = 0;
        for (Map.Entry<String, byte[]> doc : docs.entrySet()) {
            for (DocxParts.Story story : DocxParts.read(doc.getValue()).stories()) {
                byte[] ours = XmlText.bytes(story.document());
                ByteArrayOutputStream poi = new ByteArrayOutputStream();
                XmlObject.Factory.parse(new ByteArrayInputStream(ours),
                        POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                        .save(poi, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                String where = doc.getKey() + " " + story.part();
                String oursText = new String(ours, StandardCharsets.UTF_8);
                String poiText = poi.toString(StandardCharsets.UTF_8);
                assertThat(oursText.lines().findFirst()).as(where).isEqualTo(poiText.lines().findFirst());
                Element a = DocxParts.parse(ours).getDocumentElement();
                Element b = DocxParts.parse(poi.toByteArray()).getDocumentElement();
                assertThat(a.isEqualNode(b)).as(where + "\nours: " + oursText + "\nPOI:  " + poiText).isTrue();
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(9);
    }

    /** Markup characters, quotes and a control character pasted from elsewhere: Word reads the part, the text as typed. */
    @Test
    void valuesWithMarkupCharactersComeBackAsTyped() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("{{bloc.name}}");
        String typed = "Sở \"Công\" & <Thương> ]]> 'x'\u000Bhết";

        XWPFDocument out = render(doc, new Fields().with("bloc", new Fields().with("name", typed)));

        assertThat(out.getParagraphs().get(0).getText()).isEqualTo(typed.replace('\u000B', '?'));
    }

    private static byte[] bytes(Consumer<OutputStream> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.accept(out);
        return out.toByteArray();
    }
}
