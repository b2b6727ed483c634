package vn.thidua.ui.projector;

/** What the room sees. One at a time; the operator switches between them. */
public enum ProjectorMode {
    /** The bloc's name, the year and the conference title. */
    WELCOME,
    /** The count of the election being counted (its result once closed). */
    COUNT,
    /** Only the counter "n / N phiếu": the committee wants the result hidden until the end. */
    COUNT_HIDDEN,
    /** Nothing: a black screen. */
    BLACK,
    /** The scoreboard in large type, from {@link ProjectorScoreboard}. */
    SCOREBOARD
}
