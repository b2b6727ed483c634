package vn.thidua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.thidua.app.AppException;
import vn.thidua.app.Texts;

/**
 * {@code thidua password set} and {@code thidua password remove}: the data file's password, as the
 * window's "Mật khẩu tệp…" sets it. Passwords are read from standard input, one a line, never from
 * the arguments (they would show in the list of processes): the current one first when the file
 * has one (unless THIDUA_PASSWORD gives it), then the new one. At a terminal they are asked for,
 * unechoed, and the new one twice.
 */
@Command(name = "password", description = "Mật khẩu của tệp dữ liệu (đặt, đổi, bỏ); mật khẩu đọc từ đầu vào chuẩn, mỗi dòng một mật khẩu",
        subcommands = {PasswordCommand.Set.class, PasswordCommand.Remove.class})
final class PasswordCommand {

    /** Opens nothing until the current password is known; the file must exist and be closed. */
    abstract static class Change implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private BufferedReader lines;

        RootCommand root() {
            return (RootCommand) spec.root().userObject();
        }

        Texts texts() {
            return root().texts();
        }

        @Override
        public final Integer call() {
            Path file = root().dataFile();
            if (!Files.isRegularFile(file)) {
                throw new AppException("password.cli.noFile", file.toString());
            }
            lines = new BufferedReader(new InputStreamReader(root().input(), StandardCharsets.UTF_8));
            boolean encrypted = root().dataFiles().isEncrypted(file);
            char[] current = null;
            if (encrypted) {
                current = root().password();
                if (current == null) {
                    current = read("password.cli.current", "password.cli.needCurrent");
                }
            }
            // Opened the ordinary way first: a wrong password, a file another program holds open or
            // one a newer version wrote is refused before anything is rewritten.
            root().opener().open(file, current).close();
            return change(file, encrypted, current);
        }

        abstract int change(Path file, boolean encrypted, char[] current);

        /** One password: unechoed at a terminal, else the next line of standard input. */
        char[] read(String promptKey, String missingKey) {
            char[] password;
            if (root().interactive()) {
                password = System.console().readPassword("%s ", texts().t(promptKey));
            } else {
                try {
                    String line = lines.readLine();
                    password = line == null ? null : line.toCharArray();
                } catch (IOException e) {
                    password = null;
                }
            }
            if (password == null || password.length == 0) {
                throw new AppException(missingKey);
            }
            return password;
        }

        void say(String key, Object... args) {
            spec.commandLine().getOut().println(texts().t(key, args));
        }
    }

    @Command(name = "set", description = "Đặt hoặc đổi mật khẩu: đọc mật khẩu hiện tại (nếu tệp đã có mật khẩu và "
            + "THIDUA_PASSWORD không có), rồi mật khẩu mới, mỗi dòng một mật khẩu")
    static final class Set extends Change {

        @Override
        int change(Path file, boolean encrypted, char[] current) {
            char[] next = read("password.cli.new", "password.cli.needNew");
            if (root().interactive()) {
                char[] again = read("password.cli.repeat", "password.cli.needNew");
                if (!Arrays.equals(next, again)) {
                    throw new AppException("password.error.mismatch");
                }
            }
            root().dataFiles().changePassword(file, current, next);
            say(encrypted ? "password.cli.changed" : "password.cli.set", file.toString());
            return 0;
        }
    }

    @Command(name = "remove", description = "Bỏ mật khẩu: đọc mật khẩu hiện tại (nếu THIDUA_PASSWORD không có)")
    static final class Remove extends Change {

        @Override
        int change(Path file, boolean encrypted, char[] current) {
            if (!encrypted) {
                say("password.cli.none", file.toString());
                return 0;
            }
            root().dataFiles().changePassword(file, current, null);
            say("password.cli.removed", file.toString());
            return 0;
        }
    }
}
