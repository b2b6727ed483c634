package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.app.AuditLog;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.Backend;

/** Every change lands in the audit log with its time; the log cannot be edited. On an H2 file and on PostgreSQL. */
class AuditLogTest {

    @TempDir
    Path dir;

    private static Workspace openSample(String where) {
        Workspace ws = Backend.open(where);
        ws.sample().createIfEmpty();
        return ws;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void ballotsScoresAndElectionsAreLoggedInOrder(Backend backend) {
        try (Workspace ws = openSample(backend.newLocation(dir, "test"))) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            List<Long> ids = ws.blocs().members(y).stream().map(u -> u.id()).limit(3).toList();
            long e = ws.elections().create(y, new ElectionService.Draft("Thử", 1, ThresholdOperator.GT,
                    BigDecimal.valueOf(50), Base.VALID, 3, ids, null, false));
            ws.elections().enterBallot(e, "1");
            ws.elections().correctBallot(e, 1, "2", "Đọc lại phiếu");
            ws.elections().withdrawBallot(e, 1, "Nhập trùng");
            var criterion = ws.scoring().table(y).criteria().get(0);
            ws.scoring().enterScore(y, ids.get(0), criterion.id(), "15", "14", "Sửa tại hội nghị");

            List<AuditLog.Entry> last = ws.audit().entries(5);
            assertThat(last).extracting(AuditLog.Entry::action)
                    .containsExactly("election.open", "ballot.enter", "ballot.correct", "ballot.withdraw", "score.save");
            assertThat(last.get(2).detail()).contains("reason=Đọc lại phiếu").contains("before=1").contains("after=2");
            assertThat(last.get(4).detail()).contains("bloc=14").contains("note=Sửa tại hội nghị");
            assertThat(ws.audit().entries(0)).extracting(AuditLog.Entry::action).contains("bloc.add", "election.close");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theLogRefusesEditsAndDeletes(Backend backend) throws Exception {
        String where = backend.newLocation(dir, "test");
        openSample(where).close();
        try (var c = Backend.connect(where); var s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("delete from audit_log")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("update audit_log set detail = 'x'")).hasMessageContaining("append-only");
        }
    }
}
