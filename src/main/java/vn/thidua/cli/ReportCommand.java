package vn.thidua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.ReportService;
import vn.thidua.app.Workspace;

/**
 * {@code thidua report --bloc B --year Y --out DIR [--templates DIR]}: writes every document of the
 * year (the minutes of each election, the award proposal, the year-end report, the workbook, the
 * audit log) and prints the files written, one a line; then, on standard error, one line
 * "Còn để trống: …" per field the documents print as a blank to fill in by hand (exit 0 all the same).
 */
@Command(name = "report", description = "Xuất văn bản của năm: biên bản kiểm phiếu, tờ trình khen thưởng, "
        + "báo cáo tổng kết, bảng điểm Excel, nhật ký thay đổi")
final class ReportCommand extends WorkspaceCommand {

    @Option(names = "--bloc", required = true, description = "Mã khối, ví dụ KTN")
    String bloc;

    @Option(names = "--year", required = true, description = "Năm, ví dụ 2019")
    int year;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi văn bản (tạo nếu chưa có)")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Thư mục mẫu riêng của khối: tệp .docx cùng tên mẫu có sẵn sẽ được dùng thay")
    Path templates;

    @Override
    int run(Workspace ws) {
        ReportService.Pack pack = ws.reports().write(bloc, year, out,
                new ReportService.Options(ReportService.Options.all().documents(), templates),
                ReportService.Progress.NONE);
        for (ReportService.Written w : pack.files()) {
            out().println(w.file());
        }
        for (ReportService.Note n : pack.notes()) {
            out().println(texts().t(n.key(), n.args().toArray()));
        }
        out().println(texts().t("reports.cli.done", pack.files().size(), pack.folder().toString()));
        // What is left to write by hand: a warning, not a failure (exit 0), on stderr so scripts reading
        // the list of files are not disturbed.
        PrintWriter err = spec.commandLine().getErr();
        for (ReportService.Note n : pack.blanks()) {
            err.println(texts().t("reports.blank.line", texts().t(n.key(), n.args().toArray())));
        }
        err.flush();
        return 0;
    }
}
