package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/x/data"), "/home/a"))
                .isEqualTo(Path.of("/x/data/thidua"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataLocation.defaultFolder("Linux", Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/thidua"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.defaultFolder("Windows 11", Map.of("APPDATA", "/c/Users/a/AppData/Roaming"), "/c/Users/a"))
                .isEqualTo(Path.of("/c/Users/a/AppData/Roaming/ThiDua"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.defaultFolder("Mac OS X", Map.of(), "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/ThiDua"));
    }

    @Test
    void commandLineFileGetsTheH2SuffixOnce() {
        assertThat(DataLocation.resolve(Path.of("/tmp/k/hoinghi")).toString()).isEqualTo("/tmp/k/hoinghi.mv.db");
        assertThat(DataLocation.resolve(Path.of("/tmp/k/hoinghi.mv.db")).toString()).isEqualTo("/tmp/k/hoinghi.mv.db");
    }
}
