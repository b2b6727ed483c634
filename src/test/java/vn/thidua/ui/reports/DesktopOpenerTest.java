package vn.thidua.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A file the system cannot open is an everyday event: false for the window, one line in the log. */
class DesktopOpenerTest {

    @Test
    void aFailedOpenIsOneLineInTheLogWithoutAStackTrace() throws Exception {
        Logger logger = Logger.getLogger(DesktopOpener.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            Path file = Path.of("/tmp/bao-cao/bang-diem-2019.xlsx");
            boolean opened = new DesktopOpener(p -> {
                throw new IOException("Failed to show URI:file:" + p);
            }).open(file).get(10, TimeUnit.SECONDS);
            assertThat(opened).isFalse();
            assertThat(records).hasSize(1);
            assertThat(records.get(0).getThrown()).as("no stack trace").isNull();
            assertThat(records.get(0).getMessage()).doesNotContain("\n").contains("bang-diem-2019.xlsx", "IOException");
        } finally {
            logger.removeHandler(capture);
        }
    }
}
