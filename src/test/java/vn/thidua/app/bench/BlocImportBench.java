package vn.thidua.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import vn.thidua.app.ImportService;
import vn.thidua.app.Workspace;
import vn.thidua.testing.TestData;

/**
 * Times {@code thidua import} of a bloc workbook (the sample's 2019 exported) into an empty data file, the
 * way the command did it before issue 16's follow-up (the file read once to see whether it is a unit's
 * return, then again to import it) and the way it does now (read once, the same cells handed on). The two
 * alternate in one JVM, each into a new data file. Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:… vn.thidua.app.bench.BlocImportBench 15}.
 */
public final class BlocImportBench {

    private BlocImportBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("thidua-import-bench");
        Path workbook = dir.resolve("ktn-2019.xlsx");
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            ws.imports().export("KTN", 2019, workbook);
        }
        for (int i = 0; i < 2; i++) {
            twice(dir.resolve("warm-twice-" + i), workbook);
            once(dir.resolve("warm-once-" + i), workbook);
        }
        long[] twice = new long[runs];
        long[] once = new long[runs];
        for (int i = 0; i < runs; i++) {
            twice[i] = twice(dir.resolve("twice-" + i), workbook);
            once[i] = once(dir.resolve("once-" + i), workbook);
        }
        System.out.printf("Bloc import of %s (%,d bytes) into an empty data file, %d runs alternated after 2 each:%n",
                workbook.getFileName(), Files.size(workbook), runs);
        System.out.printf("  read twice (planReturn(file), then importFile(file)): median %6.1f ms%n", median(twice));
        System.out.printf("  read once (open, planReturn(opened), importFile(opened)): median %6.1f ms%n", median(once));
        System.out.printf("  once / twice: %.2f%n", median(once) / median(twice));
    }

    private static long twice(Path data, Path workbook) {
        try (Workspace ws = TestData.open(data)) {
            long t0 = System.nanoTime();
            Optional<ImportService.ReturnPlan> plan = ws.imports().planReturn(workbook);
            if (plan.isEmpty()) {
                ws.imports().importFile(workbook, false);
            }
            return System.nanoTime() - t0;
        }
    }

    private static long once(Path data, Path workbook) {
        try (Workspace ws = TestData.open(data)) {
            long t0 = System.nanoTime();
            ImportService.Opened opened = ws.imports().open(workbook);
            Optional<ImportService.ReturnPlan> plan = ws.imports().planReturn(opened);
            if (plan.isEmpty()) {
                ws.imports().importFile(opened, false);
            }
            return System.nanoTime() - t0;
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }
}
