package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.TestData;
import vn.thidua.testing.Workbooks;

/** The audit log's line for a unit's return, as the printed log says it (issue 16). */
class UnitReturnAuditTest {

    @TempDir
    Path dir;

    @Test
    void eachReturnTakenWritesAVietnameseAuditSentenceNamingTheUnitTheFileAndItsFingerprint() {
        try (Workspace ws = TestData.openSample(dir)) {
            Path blank = dir.resolve("blank.xlsx");
            ws.imports().writeReturn("KTN", 2019, "CT", blank);
            Path first = Workbooks.edit(blank, dir.resolve("ct.xlsx"), wb -> Workbooks.set(wb, "Điểm", 2,
                    "Điểm tự chấm", 18));
            ImportService.ReturnPlan p = ws.imports().planReturn(first).orElseThrow();
            assertThat(p.previous()).isEmpty();
            assertThat(p.needsReplace()).as("the sample's own self scores would change").isTrue();
            ws.imports().takeReturn(p, true);
            AuditSentences sentences = new AuditSentences(ws.blocs(), ws.scoring(), ws.elections());
            AuditLog.Entry e = ws.audit().entries(1).get(0);
            assertThat(e.action()).isEqualTo("return.import");
            assertThat(AuditSentences.category(e.category())).isEqualTo("Nhập tệp");
            assertThat(sentences.sentence(e.action(), e.detail())).isEqualTo("Nhận tệp của Sở Công Thương năm 2019 "
                    + "(khối KTN) từ ct.xlsx: 15 điểm tự chấm, 0 chỉ tiêu; mã SHA-256 của tệp " + p.fingerprint() + ".");

            ImportService.ReturnPlan again = ws.imports().planReturn(first).orElseThrow();
            assertThat(again.previous()).isPresent();
            assertThat(again.changes()).as("the same file again changes nothing").isEmpty();
            ws.imports().takeReturn(again, true);
            AuditLog.Entry e2 = ws.audit().entries(1).get(0);
            assertThat(e2.action()).isEqualTo("return.replace");
            assertThat(sentences.sentence(e2.action(), e2.detail())).startsWith("Nhận tệp của Sở Công Thương năm 2019 "
                    + "(khối KTN) từ ct.xlsx, thay tệp gửi trước: 15 điểm tự chấm");
        }
    }
}
