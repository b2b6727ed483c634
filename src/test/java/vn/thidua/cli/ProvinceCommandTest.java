package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.testing.Backend;

/** Issue 19, the office's view: {@code thidua province} over a database holding two blocs. */
class ProvinceCommandTest {

    @TempDir
    Path dir;

    private static CliRunner.Result ok(String db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(Arrays.asList(args));
        CliRunner.Result r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    /** The sample's 2019 published to the server, a second bloc with its 2019 and no election yet. */
    private String server(Backend backend) {
        String laptop = dir.resolve("laptop.mv.db").toString();
        ok(laptop, "sample");
        String server = backend.newLocation(dir, "server");
        ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);
        ok(server, "bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok(server, "year", "add", "--bloc", "VX", "--year", "2019");
        return server;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void csvHasEveryBlocsMembersAndTitlesAndSaysWhichHaveNotVoted(Backend backend) {
        String server = server(backend);

        String csv = ok(server, "province", "--year", "2019", "--format", "csv").out();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("bloc,bloc_name,kind,title,code,name,classification,votes,percent");
        assertThat(lines.stream().filter(l -> l.startsWith("KTN,") && l.contains(",member,"))).hasSize(8);
        assertThat(lines.stream().filter(l -> l.endsWith(",excellent,,"))).hasSize(7);
        assertThat(lines.stream().filter(l -> l.endsWith(",good,,"))).hasSize(1);
        assertThat(lines).contains(
                "KTN,Khối thi đua Kinh tế ngành,put_forward,Cờ thi đua của Chính phủ,GTVT,Sở Giao thông Vận tải,,6,75.00",
                "KTN,Khối thi đua Kinh tế ngành,put_forward,Cờ thi đua của UBND tỉnh,CT,Sở Công Thương,,5,62.50",
                "KTN,Khối thi đua Kinh tế ngành,put_forward,Bằng khen của UBND tỉnh,NNPTNT,"
                        + "Sở Nông nghiệp và Phát triển nông thôn,,6,85.71",
                "KTN,Khối thi đua Kinh tế ngành,put_forward,Bằng khen của UBND tỉnh,TNMT,Sở Tài nguyên và Môi trường,,5,71.43",
                "VX,Khối Văn xã,no_elections,,,,,,");
        assertThat(lines).hasSize(1 + 8 + 4 + 1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void textNamesTheBlocsThatHaveNotClosedTheirElections(Backend backend) {
        String server = server(backend);

        String all = ok(server, "province", "--year", "2019").out();
        assertThat(all).contains("Toàn tỉnh, năm 2019: 2 khối", "Khối thi đua Kinh tế ngành (KTN): 8 đơn vị",
                "Xếp loại: 7 Hoàn thành xuất sắc nhiệm vụ, 1 Hoàn thành tốt nhiệm vụ",
                "Cờ thi đua của Chính phủ: Sở Giao thông Vận tải (GTVT), 6 phiếu, 75,00 %",
                "Khối Văn xã (VX): 0 đơn vị", "Chưa có cuộc bầu suy tôn nào.",
                "Khối chưa kết thúc bầu suy tôn: VX");

        ok(server, "election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Bằng khen chuyên đề", "--seats", "1",
                "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "XD,TTTT");
        String open = ok(server, "province", "--year", "2019").out();
        assertThat(open).contains("Bằng khen chuyên đề: chưa kết thúc kiểm phiếu", "Khối chưa kết thúc bầu suy tôn: KTN, VX");
        assertThat(ok(server, "province", "--year", "2019", "--format", "csv").out().lines())
                .contains("KTN,Khối thi đua Kinh tế ngành,open,Bằng khen chuyên đề,,,,,");
        assertThat(ok(server, "province", "--year", "2020").out()).contains("chưa có năm 2020");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theWorkbookHoldsTheSameBlocsUnitsAndTitles(Backend backend) throws Exception {
        String server = server(backend);
        Path xlsx = dir.resolve("tinh-2019.xlsx");

        assertThat(ok(server, "province", "--year", "2019", "--out", xlsx.toString()).out()).contains("Đã ghi");

        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            DataFormatter f = new DataFormatter();
            Sheet blocs = wb.getSheet("Các khối");
            assertThat(f.formatCellValue(blocs.getRow(2).getCell(0))).isEqualTo("KTN");
            assertThat(blocs.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(8);
            assertThat(blocs.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(7);
            assertThat(blocs.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(f.formatCellValue(blocs.getRow(2).getCell(7))).isEqualTo("Đã kết thúc");
            assertThat(f.formatCellValue(blocs.getRow(3).getCell(0))).isEqualTo("VX");
            assertThat(f.formatCellValue(blocs.getRow(3).getCell(7))).isEqualTo("Chưa có cuộc bầu");
            assertThat(wb.getSheet("Đơn vị").getLastRowNum()).isEqualTo(1 + 8);
            Sheet titles = wb.getSheet("Suy tôn");
            List<String> rows = new ArrayList<>();
            for (int r = 2; r <= titles.getLastRowNum(); r++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < 7; c++) {
                    sb.append(c == 0 ? "" : "|").append(f.formatCellValue(titles.getRow(r).getCell(c)));
                }
                rows.add(sb.toString());
            }
            assertThat(rows).containsExactly(
                    "KTN|Cờ thi đua của Chính phủ|GTVT|Sở Giao thông Vận tải|6|75,00|Được suy tôn",
                    "KTN|Cờ thi đua của UBND tỉnh|CT|Sở Công Thương|5|62,50|Được suy tôn",
                    "KTN|Bằng khen của UBND tỉnh|NNPTNT|Sở Nông nghiệp và Phát triển nông thôn|6|85,71|Được suy tôn",
                    "KTN|Bằng khen của UBND tỉnh|TNMT|Sở Tài nguyên và Môi trường|5|71,43|Được suy tôn");
        }
    }
}
