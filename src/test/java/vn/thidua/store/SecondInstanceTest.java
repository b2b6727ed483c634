package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;
import vn.thidua.app.Texts;
import vn.thidua.testing.ChildJvm;
import vn.thidua.testing.TestData;

/** A second program on the same data file is told who holds it, and nothing breaks. */
class SecondInstanceTest {

    @Test
    void secondInstanceIsToldWhoHoldsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        try (ChildJvm holder = ChildJvm.start(ChildWriter.class, "hold", file.toString())) {
            String ready = holder.awaitLine("READY ");
            assertThat(ready).isNotNull();

            AppException e = catchThrowableOfType(AppException.class, () -> TestData.open(dir));

            assertThat(e.key()).isEqualTo("data.error.inUse");
            String message = Texts.vietnamese().t(e);
            assertThat(message).contains("đang được một chương trình ThiDua khác mở")
                    .contains("tiến trình " + holder.pid())
                    .contains(file.toString());
        }
        // Once the holder is gone (killed, even), the file opens again.
        TestData.open(dir).close();
    }
}
