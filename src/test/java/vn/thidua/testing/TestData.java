package vn.thidua.testing;

import java.nio.file.Path;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;

/** Real data files in a temporary folder, wired exactly as the program wires them. */
public final class TestData {

    private TestData() {
    }

    public static Workspace open(Path folder) {
        return ThiDua.open(folder.resolve("test.mv.db"));
    }

    public static Workspace openSample(Path folder) {
        Workspace ws = open(folder);
        ws.sample().createIfEmpty();
        return ws;
    }
}
