package vn.thidua.app;

import java.nio.file.Path;
import vn.thidua.ThiDua;

/** Child JVM of {@link FirstRunTest}: a first run, making the data file with the sample, to be killed. */
public final class FirstRunChild {

    private FirstRunChild() {
    }

    public static void main(String[] args) {
        System.out.println("START");
        System.out.flush();
        FirstRun.createWithSample(Path.of(args[0]), ThiDua::open);
        System.out.println("DONE");
    }
}
