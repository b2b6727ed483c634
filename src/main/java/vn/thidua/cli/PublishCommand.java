package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.Publishing;
import vn.thidua.app.Workspace;

/**
 * {@code thidua publish --bloc B --year Y --to URL [--replace]}: the bloc-year of the laptop's file (--db)
 * copied whole to the province's server, in one transaction there, fingerprints checked on arrival.
 */
@Command(name = "publish", description = "Gửi trọn một năm thi đua của khối (cả các cuộc bầu và phiếu bầu) từ tệp"
        + " dữ liệu lên máy chủ; dấu vân tay được kiểm tra lại trên máy chủ")
final class PublishCommand extends WorkspaceCommand {

    @Option(names = "--bloc", required = true, description = "Mã khối, ví dụ KTN")
    String bloc;

    @Option(names = "--year", required = true, description = "Năm, ví dụ 2019")
    int year;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "Máy chủ nhận: jdbc:postgresql://MÁY[:CỔNG]/CSDL")
    String to;

    @Option(names = "--replace", description = "Thay năm đã có trên máy chủ (các năm và khối khác không bị động đến)")
    boolean replace;

    @Override
    int run(Workspace ws) {
        try (Workspace server = Publishing.openOther(root().opener(), Publishing.location("--to", to,
                System::getenv), ws)) {
            Publishing.Copied c = Publishing.copy(ws, server, bloc, year, replace, "year.publish");
            out().println(texts().t("publish.done", c.blocCode(), c.year(), server.location().display(),
                    c.elections(), c.closed()));
            if (c.replaced()) {
                out().println(texts().t("publish.replaced", c.blocCode(), c.year()));
            }
            return 0;
        }
    }
}
