package vn.thidua.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the bundles' words: the system's own text
 * ("Permission denied", "No space left on device") is English and goes to the log only.
 *
 * @param key the message key of the reason, used as an argument of another message
 */
public record IoReason(String key) {

    public static IoReason of(Throwable failure) {
        Throwable e = failure;
        while (e != null && !(e instanceof IOException)) {
            e = e.getCause();
        }
        if (e instanceof AccessDeniedException) {
            return new IoReason("io.reason.denied");
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return new IoReason("io.reason.missing");
        }
        if (e instanceof CharacterCodingException) {
            return new IoReason("io.reason.encoding");
        }
        String said = e == null || e.getMessage() == null ? ""
                : (e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage())
                        .toLowerCase(Locale.ROOT);
        if (said.contains("is a directory")) {
            return new IoReason("io.reason.directory");
        }
        if (said.contains("read-only file system")) {
            return new IoReason("io.reason.readOnly");
        }
        if (said.contains("no space") || said.contains("disk full") || said.contains("not enough space")) {
            return new IoReason("io.reason.full");
        }
        if (said.contains("permission denied") || said.contains("access is denied")) {
            return new IoReason("io.reason.denied");
        }
        return new IoReason("io.reason.other");
    }
}
