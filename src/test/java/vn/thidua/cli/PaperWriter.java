package vn.thidua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.testing.Backend;

/**
 * One secretary's program in a child JVM, for {@link ConcurrentPapersTest}: opens the database as the
 * program does, waits for the start file, then enters {@code count} papers through the same use case as
 * the counting screen, turn by turn into each election, and prints every paper the program confirmed:
 * {@code ok ELECTION NUMBER KEYS}, or {@code refused ELECTION KEY} when the program refused it.
 *
 * <p>Arguments: database, start file, process number, count, election ids.
 */
public final class PaperWriter {

    /** The keys typed for paper {@code i} of process {@code p}: one, two or no candidates, or spoiled. */
    static String keys(int p, int i) {
        return switch ((p + i) % 4) {
            case 0 -> "1";
            case 1 -> "2";
            case 2 -> "12";
            default -> (i % 5 == 0) ? "H" : "";
        };
    }

    /** The election paper {@code i} of process {@code p} goes to, as an index into the ids. */
    static int target(int p, int i, int elections) {
        return (p + i) % elections;
    }

    public static void main(String[] args) throws Exception {
        String where = args[0];
        Path start = Path.of(args[1]);
        int p = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        long[] ids = new long[args.length - 4];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = Long.parseLong(args[4 + k]);
        }
        try (Workspace ws = Backend.open(where)) {
            System.out.println("ready");
            System.out.flush();
            while (!Files.exists(start)) {
                Thread.sleep(5);
            }
            for (int i = 0; i < count; i++) {
                long id = ids[target(p, i, ids.length)];
                String typed = keys(p, i);
                try {
                    Ballot b = ws.elections().enterBallot(id, typed);
                    System.out.println("ok " + id + " " + b.number() + " " + (typed.isEmpty() ? "-" : typed));
                } catch (ValidationException refused) {
                    System.out.println("refused " + id + " " + refused.problems().get(0).key());
                }
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
