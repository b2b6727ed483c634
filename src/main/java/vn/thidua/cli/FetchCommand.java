package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.Publishing;
import vn.thidua.app.Workspace;

/**
 * {@code thidua fetch --bloc B --year Y --from URL [--replace]}: the bloc-year of the server copied whole
 * into the laptop's file (--db), in one transaction, fingerprints checked on arrival.
 */
@Command(name = "fetch", description = "Lấy trọn một năm thi đua của khối từ máy chủ về tệp dữ liệu;"
        + " dấu vân tay được kiểm tra lại trong tệp")
final class FetchCommand extends WorkspaceCommand {

    @Option(names = "--bloc", required = true, description = "Mã khối, ví dụ KTN")
    String bloc;

    @Option(names = "--year", required = true, description = "Năm, ví dụ 2019")
    int year;

    @Option(names = "--from", required = true, paramLabel = "URL",
            description = "Máy chủ gửi: jdbc:postgresql://MÁY[:CỔNG]/CSDL")
    String from;

    @Option(names = "--replace", description = "Thay năm đã có trong tệp (các năm và khối khác không bị động đến)")
    boolean replace;

    @Override
    int run(Workspace ws) {
        try (Workspace server = Publishing.openOther(root().opener(), Publishing.location("--from", from,
                System::getenv), ws)) {
            Publishing.Copied c = Publishing.copy(server, ws, bloc, year, replace, "year.fetch");
            out().println(texts().t("fetch.done", c.blocCode(), c.year(), ws.location().display(),
                    c.elections(), c.closed()));
            if (c.replaced()) {
                out().println(texts().t("publish.replaced", c.blocCode(), c.year()));
            }
            return 0;
        }
    }
}
