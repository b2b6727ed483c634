package vn.thidua.app;

/**
 * A data file that does not open, with what kind of failure it is: the window decides what to
 * offer (a password, a backup, opening as it is) from {@link #kind()}, never from the message key.
 */
public final class DataFileException extends AppException {

    /** What the secretary can do about a file that does not open. */
    public enum Kind {
        /** The file is locked with a password and none, or the wrong one, was given: ask again. */
        PASSWORD,
        /** The file cannot be read (cut short, empty, not whole): a backup may be put in its place. */
        DAMAGED,
        /** The file reads but holds fewer writes than it noted: open it as it is, or a backup. */
        BEHIND
    }

    private final Kind kind;

    public DataFileException(Kind kind, String key, Object... args) {
        this(kind, null, key, args);
    }

    public DataFileException(Kind kind, Throwable cause, String key, Object... args) {
        super(cause, key, args);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The kind of {@code error} when it is a data file that does not open, else null. */
    public static Kind kindOf(Throwable error) {
        return error instanceof DataFileException d ? d.kind : null;
    }
}
