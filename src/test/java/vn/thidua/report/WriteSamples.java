package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.app.documents.MinutesData;

/**
 * Writes the 2019 sample's document pack, to look at (tools/check-documents.sh converts it to PNG):
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) vn.thidua.report.WriteSamples /tmp/report-samples</pre>
 */
public final class WriteSamples {

    private WriteSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/report-samples");
        for (Path file : write(dir)) {
            System.out.println(file);
        }
    }

    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        DocumentWriter writer = new DocumentWriter();
        List<MinutesData> minutes = Samples2019.allMinutes();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            MinutesData m = minutes.get(i);
            files.add(write(dir.resolve("bien-ban-kiem-phieu-" + (i + 1) + ".docx"),
                    out -> writer.minutes(m, out, Optional.empty())));
        }
        files.add(write(dir.resolve("to-trinh-khen-thuong.docx"),
                out -> writer.proposal(Samples2019.proposal(), out, Optional.empty())));
        files.add(write(dir.resolve("bao-cao-tong-ket.docx"),
                out -> writer.yearReport(Samples2019.yearReport(), out, Optional.empty())));
        files.add(write(dir.resolve("bang-diem-2019.xlsx"), out -> ScoreboardWorkbook.write(Samples2019.workbook(), out)));
        // Papers of the sample's 8 members, of the most a half sheet holds, and of one more (a sheet each).
        for (int n : new int[] {8, BallotPapers.TWO_PER_PAGE_MAX, BallotPapers.TWO_PER_PAGE_MAX + 1}) {
            files.add(write(dir.resolve("phieu-bau-" + n + "-don-vi.docx"),
                    out -> BallotPapers.write(Samples2019.ballotPapers(n, 3), out)));
        }
        return files;
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static Path write(Path file, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            body.write(out);
        }
        return file;
    }
}
