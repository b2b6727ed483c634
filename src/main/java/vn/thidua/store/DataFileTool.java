package vn.thidua.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.h2.tools.ChangeFileEncryption;
import vn.thidua.app.AppException;
import vn.thidua.app.DataFileException;
import vn.thidua.app.DataFiles;
import vn.thidua.app.ValidationException;
import vn.thidua.domain.bloc.Problem;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.h2.api.ErrorCode;

/** H2's file encryption (AES): set, change, remove the password of a closed data file. */
public final class DataFileTool implements DataFiles {

    public static final int MIN_PASSWORD = 6;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean isEncrypted(Path dataFile) {
        return isEncryptedFile(dataFile.toAbsolutePath());
    }

    /** An H2 file encrypted with CIPHER starts with "H2encrypt" instead of its plain header. */
    static boolean isEncryptedFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The key that decrypts the closed file for the password {@code typed}: today's
     * ({@link FileKey#of}) or one an older version set; a wrong password is refused.
     */
    private static char[] keyOf(Path file, char[] typed) {
        char[] key = FileKey.of(typed);
        if (FileKey.opens(file, key)) {
            return key;
        }
        for (char[] older : FileKey.older(typed)) {
            if (FileKey.opens(file, older)) {
                return older;
            }
        }
        throw new DataFileException(DataFileException.Kind.PASSWORD, "data.error.wrongPassword", file.toString());
    }

    /**
     * When the closed file was encrypted by an older version with a key H2's open cannot take
     * (letters above U+00FF, a space: see {@link FileKey}), re-encrypts it with today's key for the
     * same password, so that its owner is not locked out. True when it did.
     */
    static boolean rekeyFromOlderVersion(Path file, char[] typed) {
        if (typed == null || FileKey.opens(file, FileKey.of(typed))) {
            return false;
        }
        for (char[] older : FileKey.older(typed)) {
            if (FileKey.opens(file, older)) {
                String name = file.getFileName().toString().replace(".mv.db", "");
                try {
                    ChangeFileEncryption.execute(file.getParent().toString(), name, "AES", older, FileKey.of(typed), true);
                    return true;
                } catch (SQLException e) {
                    throw new AppException(e, "password.error.change", file.toString());
                }
            }
        }
        return false;
    }

    /**
     * True when the file is shorter than its own header says: cut off (a copy to a USB stick
     * pulled out too early). H2 would otherwise open an older state of it without a word.
     */
    static boolean isTruncated(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(256), StandardCharsets.ISO_8859_1);
            if (!head.startsWith("H:2,")) {
                return false;
            }
            long block = field(head, "block");
            long blockSize = field(head, "blockSize");
            return block > 0 && blockSize > 0 && Files.size(file) < (block + 1) * blockSize;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * True when a plain H2 file ends with a whole chunk, as every file H2 finished writing does
     * (with space reuse off the newest chunk is the last). False for a file cut off inside a
     * chunk, or ended by a kill in the middle of writing one: such a file is first judged
     * read-only ({@code Database.open}), so that opening it to find it damaged never rewrites it.
     */
    static boolean endsWithWholeChunk(Path file) {
        try (var channel = FileChannel.open(file)) {
            long size = channel.size();
            int block = 4096;
            if (size < 3L * block || size % block != 0) {
                return false;
            }
            ByteBuffer footer = ByteBuffer.allocate(128);
            channel.read(footer, size - 128);
            String tail = new String(footer.array(), StandardCharsets.ISO_8859_1);
            if (!tail.startsWith("chunk:")) {
                return false;
            }
            long id = field(tail, "chunk");
            long len = field(tail, "len");
            if (id < 0 || len <= 0 || len * block > size - 2L * block) {
                return false;
            }
            ByteBuffer head = ByteBuffer.allocate(64);
            channel.read(head, size - len * block);
            String start = new String(head.array(), StandardCharsets.ISO_8859_1);
            return start.startsWith("chunk:" + Long.toHexString(id) + ",");
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static long field(String header, String name) {
        for (String part : header.split("[,\\n]")) {
            if (part.startsWith(name + ":")) {
                return Long.parseLong(part.substring(name.length() + 1).trim(), 16);
            }
        }
        return -1;
    }

    @Override
    public void changePassword(Path dataFile, char[] oldPassword, char[] newPassword) {
        Path file = dataFile.toAbsolutePath();
        String composed = newPassword == null ? null : FileKey.composed(newPassword);
        if (composed != null && composed.codePointCount(0, composed.length()) < MIN_PASSWORD) {
            throw new ValidationException(List.of(Problem.of("password", "password.error.short", MIN_PASSWORD)));
        }
        String name = file.getFileName().toString().replace(".mv.db", "");
        char[] oldKey = oldPassword == null ? null : keyOf(file, oldPassword);
        char[] newKey = newPassword == null ? null : FileKey.of(newPassword);
        try {
            ChangeFileEncryption.execute(file.getParent().toString(), name, "AES", oldKey, newKey, true);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new DataFileException(DataFileException.Kind.PASSWORD, e, "data.error.wrongPassword", file.toString());
            }
            throw new AppException(e, "password.error.change", file.toString());
        }
    }

    @Override
    public void copyClosed(Path dataFile, Path copy) {
        RehearsalCopy.copyClosed(dataFile, copy);
    }

    @Override
    public int removeElections(Path dataFile, char[] password, int year) {
        return RehearsalCopy.removeElections(dataFile, password, year);
    }
}
