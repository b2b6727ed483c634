package vn.thidua.store;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * How a typed file password becomes the key H2 encrypts the file with.
 *
 * <p>Two things in H2 2.x break a password taken as typed. A JDBC open ({@code CIPHER=AES}) splits
 * the password at its first space into "filePassword userPassword", so a password with a space
 * never reaches the cipher whole; and it turns the file password into bytes and back with a
 * shift of 16 instead of 8 ({@code org.h2.mvstore.db.Store.decodePassword}), so every letter above
 * U+00FF (ậ, ẩ, ơ, đ …) loses its high byte, while {@code ChangeFileEncryption}, which sets the
 * password, keeps it whole: the file is encrypted with one key and opened with another.
 *
 * <p>So the key is the password composed (NFC: "ậ" typed as a + combining marks is the same
 * password) and, unless it is plain printable ASCII without spaces (kept as it is, so the files
 * older versions encrypted with such passwords open unchanged), written as {@code U+0001} followed
 * by the hex digits of its UTF-8 bytes: only ASCII, no space, and no ASCII password can produce it.
 */
final class FileKey {

    private static final char MARK = '\u0001';
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FileKey() {
    }

    /** The password as the user means it: letters composed (NFC). */
    static String composed(char[] typed) {
        return Normalizer.normalize(CharBuffer.wrap(typed), Normalizer.Form.NFC);
    }

    /** The key the file is encrypted with for {@code typed}. */
    static char[] of(char[] typed) {
        String nfc = composed(typed);
        if (nfc.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return nfc.toCharArray();
        }
        byte[] utf8 = nfc.getBytes(StandardCharsets.UTF_8);
        char[] key = new char[1 + 2 * utf8.length];
        key[0] = MARK;
        for (int i = 0; i < utf8.length; i++) {
            key[1 + 2 * i] = HEX[(utf8[i] >> 4) & 0xf];
            key[2 + 2 * i] = HEX[utf8[i] & 0xf];
        }
        Arrays.fill(utf8, (byte) 0);
        return key;
    }

    /** What H2's JDBC open takes as its password: the file key, a space, and no user password. */
    static String jdbcPassword(char[] typed) {
        return new String(of(typed)) + " ";
    }

    /**
     * The keys older versions of ThiDua may have encrypted a file with for {@code typed} (the
     * password as typed, and composed), other than {@link #of}.
     */
    static List<char[]> older(char[] typed) {
        List<char[]> keys = new ArrayList<>();
        String key = new String(of(typed));
        for (String candidate : List.of(new String(typed), composed(typed))) {
            if (!candidate.equals(key) && keys.stream().noneMatch(k -> new String(k).equals(candidate))) {
                keys.add(candidate.toCharArray());
            }
        }
        return keys;
    }

    /**
     * Whether {@code key} decrypts the closed file, read without H2's JDBC layer (which would
     * mangle the key): only the store's header and its newest chunk are read, nothing is written.
     */
    static boolean opens(Path file, char[] key) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).encryptionKey(key.clone())
                .readOnly().open()) {
            return store.getCurrentVersion() >= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
