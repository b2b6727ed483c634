package vn.thidua.report;

import static org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER;
import static org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT;
import static org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.thidua.report.DocxBuilder.Style;

/**
 * Builds the three shipped templates. Run it after changing the layout and commit the .docx files:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) vn.thidua.report.TemplateGenerator</pre>
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). The wording lives
 * here and in the .docx, never in the writers, so a province changes it in Word.
 */
public final class TemplateGenerator {

    static final Path SHIPPED = Path.of("src/main/resources/vn/thidua/report/templates");

    private TemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : SHIPPED;
        writeAll(dir);
        System.out.println("Templates written to " + dir.toAbsolutePath());
    }

    static void writeAll(Path dir) throws IOException {
        minutes().save(dir.resolve(DocumentKind.MINUTES.templateFile()));
        proposal().save(dir.resolve(DocumentKind.PROPOSAL.templateFile()));
        yearReport().save(dir.resolve(DocumentKind.YEAR_REPORT.templateFile()));
    }

    static DocxBuilder minutes() {
        DocxBuilder b = new DocxBuilder("Biên bản kiểm phiếu");
        b.headingBlock();
        b.kindAndSubject("BIÊN BẢN", "Kiểm phiếu bầu suy tôn {{election.title}} năm {{year}}");
        b.body("Hôm nay, vào lúc {{meeting.time}}, {{meeting.longDate}}, tại Hội nghị tổng kết công tác thi đua, "
                + "khen thưởng năm {{year}} của {{bloc.name}}, Ban kiểm phiếu gồm:");
        b.tag("{{#committee}}");
        b.body("{{member.number}}. {{member.name}} – {{member.role}};").setSpacingAfter(0);
        b.tag("{{/committee}}");
        b.body("đã tiến hành kiểm phiếu bầu suy tôn {{election.title}} năm {{year}}. Kết quả như sau:")
                .setSpacingBefore(120);
        b.body("1. Phương thức bầu", Style.BOLD);
        b.body("{{election.method}}");
        b.body("2. Quy định của cuộc bầu", Style.BOLD);
        b.body("- Số đơn vị được suy tôn: {{settings.seats}} đơn vị;");
        b.body("- Đơn vị được suy tôn phải đạt số phiếu đồng ý {{settings.threshold}} {{settings.base}}; các đơn vị "
                + "đạt tỷ lệ được xếp theo số phiếu từ cao xuống thấp cho đến khi đủ số đơn vị được suy tôn;");
        b.body("- Nếu ở vị trí cuối cùng có nhiều đơn vị bằng phiếu thì bầu lại giữa các đơn vị đó.");
        b.body("3. Số phiếu", Style.BOLD);
        b.body("- Số phiếu phát ra: {{ballots.issued}} phiếu;");
        b.body("- Số phiếu thu về: {{ballots.returned}} phiếu;");
        b.body("- Số phiếu hợp lệ: {{ballots.valid}} phiếu;");
        b.body("- Số phiếu không hợp lệ: {{ballots.invalid}} phiếu.");
        b.tag("{{#ballots.invalidReasons}}");
        b.body("+ {{reason.text}}: {{reason.count}} phiếu.");
        b.tag("{{/ballots.invalidReasons}}");
        b.body("4. Kết quả kiểm phiếu (tỷ lệ tính trên {{settings.base}})", Style.BOLD);
        b.dataTable(new int[] {700, 3055, 1200, 1100, 1500, 1800},
                new String[] {"Số TT", "Tên đơn vị", "Số phiếu đồng ý", "Tỷ lệ", "Kết quả", "Ghi chú"}, 13,
                new ParagraphAlignment[] {CENTER, LEFT, CENTER, CENTER, CENTER, LEFT},
                new String[] {"{{#candidates}}{{candidate.number}}", "{{candidate.name}}", "{{candidate.votes}}",
                        "{{candidate.percent}}", "{{candidate.result}}", "{{candidate.reason}}"});
        // No spacer paragraph after a table: LibreOffice does not keep a heading that follows an empty
        // paragraph with what comes after it. The gap is the next paragraph's space before.
        b.tag("{{#runoff}}");
        b.body("5. Bầu lại", Style.BOLD).setSpacingBefore(120);
        b.body("{{runoff.why}}");
        // Left, not justified: the rounds' 64-character codes on their own lines would stretch the
        // words of the line before them across the page.
        b.body("{{runoff.result}}").setAlignment(ParagraphAlignment.LEFT);
        b.tag("{{/runoff}}");
        b.body("Mã kiểm tra (SHA-256) của cuộc bầu, tính từ các thiết lập và toàn bộ phiếu bầu theo thứ tự nhập; "
                + "bất kỳ ai cũng có thể tính lại từ dữ liệu đã lưu để đối chiếu:").setSpacingBefore(120);
        DocxBuilder.run(DocxBuilder.format(b.doc.createParagraph(), CENTER, 0, 120), "{{fingerprint}}", 10,
                Style.PLAIN).setFontFamily("Courier New");
        DocxBuilder.keepWithNext(b.body("Biên bản được thông qua lúc {{approved.time}}, {{approved.longDate}}; các "
                + "thành viên Ban kiểm phiếu thống nhất ký tên dưới đây./."));
        DocxBuilder.keepWithNext(b.spacer(120));
        XWPFTable signatures = b.table(new int[] {DocxBuilder.TEXT_WIDTH / 2, DocxBuilder.TEXT_WIDTH
                - DocxBuilder.TEXT_WIDTH / 2}, 1, false);
        signatures.getRow(0).setCantSplitRow(true);
        DocxBuilder.run(DocxBuilder.cellParagraph(signatures.getRow(0).getCell(0), 0, CENTER),
                "{{#signatureRows}}", 10, Style.PLAIN);
        DocxBuilder.signature(signatures.getRow(0).getCell(0), "{{row.left.capacity}}", "{{row.left.name}}", 1);
        DocxBuilder.run(DocxBuilder.cellParagraph(signatures.getRow(0).getCell(1), 0, CENTER), "", 10, Style.PLAIN);
        DocxBuilder.signature(signatures.getRow(0).getCell(1), "{{row.right.capacity}}", "{{row.right.name}}", 1);
        return b;
    }

    static DocxBuilder proposal() {
        DocxBuilder b = new DocxBuilder("Tờ trình đề nghị khen thưởng");
        b.headingBlock();
        b.kindAndSubject("TỜ TRÌNH", "Về việc đề nghị tặng danh hiệu thi đua, hình thức khen thưởng năm {{year}}");
        b.centred("Kính gửi: {{addressee}}", 14, Style.PLAIN, 120, 240);
        b.tag("{{#basis}}");
        b.body("Căn cứ {{line.text}};");
        b.tag("{{/basis}}");
        b.body("Căn cứ kết quả chấm điểm, xếp loại thi đua và kết quả bỏ phiếu suy tôn tại Hội nghị tổng kết công tác "
                + "thi đua, khen thưởng năm {{year}} của {{bloc.name}} ngày {{conference.shortDate}};");
        b.body("{{bloc.name}} kính trình {{addressee}} xem xét, đề nghị cấp có thẩm quyền tặng danh hiệu thi đua, "
                + "hình thức khen thưởng năm {{year}} cho các đơn vị sau:");
        b.tag("{{#titles}}");
        b.body("{{title.number}}. {{title.name}}: {{title.count}} đơn vị", Style.BOLD).setSpacingBefore(120);
        b.dataTable(new int[] {700, 4855, 2200, 1600},
                new String[] {"Số TT", "Tên đơn vị", "Số phiếu đồng ý / số phiếu hợp lệ", "Tỷ lệ"}, 13,
                new ParagraphAlignment[] {CENTER, LEFT, CENTER, CENTER},
                new String[] {"{{#title.units}}{{unit.number}}", "{{unit.name}}", "{{unit.votes}}/{{unit.valid}}",
                        "{{unit.percent}}"},
                new String[] {"{{^title.units}}", "Không có đơn vị đạt tỷ lệ phiếu quy định", "", ""});
        b.tag("{{/titles}}");
        b.body("(Kèm theo các biên bản kiểm phiếu và bảng tổng hợp điểm thi đua năm {{year}} của {{bloc.name}}.)",
                Style.ITALIC).setSpacingBefore(120);
        DocxBuilder.keepWithNext(b.body("Kính trình {{addressee}} xem xét, quyết định./."));
        b.recipientsAndSigner();
        return b;
    }

    static DocxBuilder yearReport() {
        DocxBuilder b = new DocxBuilder("Báo cáo tổng kết công tác thi đua, khen thưởng");
        b.headingBlock();
        // The subject names the next year's section only when the report has one.
        b.kindAndSubject("BÁO CÁO", "{{subject}}");
        b.tag("{{#basis}}");
        b.body("Căn cứ {{line.text}};");
        b.tag("{{/basis}}");
        b.body("I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM {{year}}", Style.BOLD);
        b.tag("{{#narrative}}");
        b.body("{{paragraph.text}}");
        b.tag("{{/narrative}}");
        b.body("II. MỘT SỐ CHỈ TIÊU CHỦ YẾU", Style.BOLD);
        b.tag("{{#sectors}}");
        b.body("{{sector.number}}. {{sector.name}}", Style.BOLD_ITALIC).setSpacingBefore(120);
        b.dataTable(new int[] {700, 2355, 1000, 1100, 1100, 1100, 1000, 1000},
                new String[] {"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Cùng kỳ năm trước",
                        "Thực hiện so với kế hoạch (%)", "Tăng so với cùng kỳ (%)"}, 11,
                new ParagraphAlignment[] {CENTER, LEFT, CENTER, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT},
                new String[] {"{{#sector.rows}}{{row.number}}", "{{row.name}}", "{{row.measure}}", "{{row.plan}}",
                        "{{row.actual}}", "{{row.previous}}", "{{row.percentOfPlan}}", "{{row.growth}}"});
        b.tag("{{/sectors}}");
        b.body("III. KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI THI ĐUA", Style.BOLD).setSpacingBefore(120);
        DocxBuilder.keepWithNext(b.body("Kết quả chấm điểm, xếp loại thi đua năm {{year}} của {{bloc.name}}: {{summary}}."));
        b.dataTable(new int[] {1000, 3455, 1100, 3800},
                new String[] {"Xếp hạng", "Tên đơn vị", "Tổng điểm", "Xếp loại"}, 13,
                new ParagraphAlignment[] {CENTER, LEFT, CENTER, LEFT},
                new String[] {"{{#scoreboard}}{{score.rank}}", "{{score.unit}}", "{{score.total}}",
                        "{{score.classification}}"});
        b.body("IV. KẾT QUẢ BỎ PHIẾU SUY TÔN", Style.BOLD).setSpacingBefore(120);
        b.tag("{{#elections}}");
        b.body("{{election.number}}. {{election.title}} ({{election.count}} đơn vị): {{election.units}}.");
        b.tag("{{/elections}}");
        b.body("V. TRƯỞNG KHỐI, PHÓ KHỐI NĂM {{nextYear}}", Style.BOLD);
        DocxBuilder.keepWithNext(b.body("Hội nghị thống nhất đề cử {{next.head}} là Trưởng khối, {{next.deputy}} là "
                + "Phó khối năm {{nextYear}}."));
        b.tag("{{#plans}}");
        DocxBuilder.keepWithNext(b.body("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {{nextYear}}", Style.BOLD));
        b.tag("{{#plans.paragraphs}}");
        b.body("{{paragraph.text}}");
        b.tag("{{/plans.paragraphs}}");
        b.tag("{{#plans.tasks}}");
        b.body("{{task.number}}. {{task.text}}");
        b.tag("{{/plans.tasks}}");
        b.tag("{{/plans}}");
        b.recipientsAndSigner();
        return b;
    }
}
