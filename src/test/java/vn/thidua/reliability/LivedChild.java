package vn.thidua.reliability;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import vn.thidua.ThiDua;
import vn.thidua.app.CountState;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;

/**
 * Runs in a child JVM: the secretary's morning at a human pace on one data file that lives through
 * many runs. {@code FILE SEED IDLE_MS}: opens the file with the program's own open and, until it is
 * ended, makes writes of every kind — saves on Báo cáo, bloc scores, ballots, closes (each close
 * takes a backup) — with pauses of 0.1–1.2 s and, now and then, an idle gap of {@code IDLE_MS}
 * (longer than H2's 45 s retention, so that old space becomes reusable). After each write returns
 * it prints {@code CONFIRMED SEQ KIND KEY}, as the window would show "Đã lưu". Papers go in as the
 * count page enters them (the count moved on by each paper, none read back); before a paper's
 * {@code CONFIRMED} line comes {@code COUNTED ELECTION:NUMBER DIGEST}, the count that page shows.
 */
public final class LivedChild {

    private LivedChild() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = ThiDua.open(Path.of(args[0]));
        Random random = new Random(Long.parseLong(args[1]));
        long idleMillis = Long.parseLong(args[2]);
        Season season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> units = ws.blocs().members(season).stream().map(u -> u.id()).toList();
        List<Criterion> criteria = ws.scoring().table(season).ofKind(CriterionKind.REGULAR);
        long seq = System.currentTimeMillis();
        long election = openElection(ws, season, units);
        CountState count = ws.elections().countState(election);
        System.out.println("READY");
        System.out.flush();
        while (true) {
            seq++;
            int kind = random.nextInt(10);
            String line;
            if (kind < 2) {
                ConferenceDetails now = ws.blocs().conferenceDetails(season);
                ws.blocs().setConferenceDetails(season, now.withHeading(now.date(), "Lưu " + seq, now.superiorBody()));
                line = "place -";
            } else if (kind < 4) {
                long unit = units.get(random.nextInt(units.size()));
                Criterion c = criteria.get(random.nextInt(criteria.size()));
                String value = c.max().subtract(BigDecimal.valueOf(random.nextInt(3))).max(BigDecimal.ZERO).toPlainString();
                ws.scoring().enterScore(season, unit, c.id(), value, value, "#" + seq);
                line = "score " + unit + ":" + c.id();
            } else if (kind < 9 || count.ballots().isEmpty()) {
                String keys = Integer.toString(1 + random.nextInt(units.size()));
                int number = count.ballots().stream().mapToInt(b -> b.number()).max().orElse(0) + 1;
                count = ws.elections().enterBallot(count, number, keys);
                line = "ballot " + election + ":" + number;
                System.out.println("COUNTED " + election + ":" + number + " " + CountDigest.of(count.tally()));
            } else {
                ws.elections().close(election);
                line = "close " + election;
                election = openElection(ws, season, units);
                count = ws.elections().countState(election);
            }
            System.out.println("CONFIRMED " + seq + " " + line);
            System.out.flush();
            Thread.sleep(100 + random.nextInt(1100));
            if (random.nextInt(40) == 0) {
                System.out.println("IDLE " + idleMillis);
                System.out.flush();
                Thread.sleep(idleMillis);
            }
        }
    }

    /** The open election of the lived file, or a new one. */
    private static long openElection(Workspace ws, Season season, List<Long> units) {
        return ws.elections().elections(season).stream()
                .filter(e -> !e.closed() && e.settings().title().startsWith("Thử sống lâu"))
                .mapToLong(e -> e.id())
                .findFirst()
                .orElseGet(() -> ws.elections().create(season, new ElectionService.Draft(
                        "Thử sống lâu " + System.currentTimeMillis(), 1, ThresholdOperator.GT, BigDecimal.valueOf(50),
                        Base.VALID, 1000, units, null, false)));
    }
}
