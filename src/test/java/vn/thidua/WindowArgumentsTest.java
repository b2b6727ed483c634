package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thidua.app.DataLocation;

/** Opening the window skips the command-line parser; everything else still goes through it. */
class WindowArgumentsTest {

    @Test
    void noArgumentsOpenTheDefaultFileInTheWindow() {
        assertThat(ThiDua.windowOnlyDataFile(new String[0])).isEqualTo(DataLocation.resolve(null));
    }

    @Test
    void dbFileAloneOpensThatFileInTheWindow() {
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db", "/tmp/k/hoinghi"}))
                .isEqualTo(Path.of("/tmp/k/hoinghi.mv.db"));
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db=/tmp/k/hoinghi.mv.db"}))
                .isEqualTo(Path.of("/tmp/k/hoinghi.mv.db"));
    }

    @Test
    void commandsHelpAndOddValuesAreLeftToTheParser() {
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"sample"})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db", "/tmp/k/x", "sample"})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--help"})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db"})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db", "--help"})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db", " "})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--db="})).isNull();
        assertThat(ThiDua.windowOnlyDataFile(new String[] {"--DB", "/tmp/k/x"})).isNull();
    }
}
