package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.thidua.domain.bloc.ConferenceDetails;

/** {@code thidua year add --bloc B --year Y [--head C --deputy C]}: copies last year's setup. */
@Command(name = "year", description = "Năm thi đua", subcommands = {YearCommand.Add.class, YearCommand.Set.class})
final class YearCommand {

    @Command(name = "add", description = "Bắt đầu năm thi đua mới (chép thành viên, Trưởng/Phó khối, bảng tiêu chí của năm trước)")
    static final class Add extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--year", required = true, description = "Năm, ví dụ 2020")
        int year;

        @Option(names = "--head", description = "Mã đơn vị Trưởng khối")
        String head;

        @Option(names = "--deputy", description = "Mã đơn vị Phó khối")
        String deputy;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            // Check the leaders' codes before anything is written.
            if (head != null || deputy != null) {
                Season previous = ws.blocs().seasons(b.id()).stream().filter(s -> s.year() < year)
                        .reduce((a, c) -> c).orElse(null);
                if (previous != null) {
                    member(ws, previous, head);
                    member(ws, previous, deputy);
                }
            }
            Season s = ws.blocs().startYear(b.id(), year);
            if (head != null || deputy != null) {
                Long headId = head == null ? s.headUnitId() : member(ws, s, head);
                Long deputyId = deputy == null ? s.deputyUnitId() : member(ws, s, deputy);
                ws.blocs().setLeaders(s, headId, deputyId);
            }
            out().println(texts().t("cli.year.added", year, b.code(), ws.blocs().members(s).size()));
            return 0;
        }

        private static Long member(Workspace ws, Season s, String code) {
            if (code == null) {
                return null;
            }
            return ws.blocs().memberByCode(s, code).map(Unit::id)
                    .orElseThrow(() -> new AppException("cli.unit.notMember", code, s.year()));
        }
    }

    /**
     * {@code thidua year set --bloc B --year Y [--date dd/MM/yyyy] [--place P] [--superior S]
     * [--counting-head NAME] [--counting-members "NAME, NAME"] [--signer NAME]}: what is not given stays.
     */
    @Command(name = "set", description = "Ghi ngày, địa điểm hội nghị, cơ quan cấp trên, ban kiểm phiếu và người ký"
            + " của năm (in trên các văn bản)")
    static final class Set extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--year", required = true, description = "Năm, ví dụ 2019")
        int year;

        @Option(names = "--date", description = "Ngày hội nghị, ví dụ 11/12/2019")
        String date;

        @Option(names = "--place", description = "Địa danh ghi trước ngày tháng, ví dụ Hải Dương")
        String place;

        @Option(names = "--superior", description = "Cơ quan cấp trên ghi trên tên khối, ví dụ UBND TỈNH HẢI DƯƠNG")
        String superior;

        @Option(names = "--counting-head", paramLabel = "NAME", description = "Họ tên Trưởng ban kiểm phiếu")
        String countingHead;

        @Option(names = "--counting-members", paramLabel = "NAMES",
                description = "Họ tên các thành viên ban kiểm phiếu, cách nhau bằng dấu phẩy")
        String countingMembers;

        @Option(names = "--signer", paramLabel = "NAME",
                description = "Họ tên người ký tờ trình và báo cáo tổng kết (Trưởng khối)")
        String signer;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            Season s = ws.blocs().requireSeason(b, year);
            ConferenceDetails now = ws.blocs().conferenceDetails(s);
            LocalDate day = now.date();
            if (date != null) {
                try {
                    day = LocalDate.parse(date.trim(), DateTimeFormatter.ofPattern("d/M/uuuu")
                            .withResolverStyle(ResolverStyle.STRICT));
                } catch (DateTimeParseException e) {
                    throw new AppException("cli.year.badDate", date);
                }
            }
            ws.blocs().setConferenceDetails(s, now
                    .withHeading(day, place == null ? now.place() : place, superior == null ? now.superiorBody() : superior)
                    .withNames(countingHead == null ? now.countingHead() : countingHead,
                            countingMembers == null ? now.countingMembers()
                                    : ConferenceDetails.names(countingMembers),
                            signer == null ? now.signer() : signer));
            out().println(texts().t("cli.year.set", year, b.code()));
            return 0;
        }
    }
}
