package vn.thidua.app.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * What the vote-count minutes (biên bản kiểm phiếu) of one election print. Filled by the app layer
 * from a closed election; the texts (result, reason, threshold …) arrive already worded, so the
 * minutes say exactly what the program decided.
 *
 * @param meetingAt   the conference day, with the hour counting started when it is known
 * @param runoff      null when the election needed no new round
 * @param fingerprint SHA-256 of the election's settings and ballots, hex
 * @param chainHead   the hash of the election's close line in the audit log's chain, hex (it seals
 *                    every change written up to the close); empty when the log has none
 * @param signatures  the first is the principal signer (bottom right); the others follow in rows of two
 */
public record MinutesData(DocumentHeader header, String electionTitle, String blocName, int year,
                          Moment meetingAt, List<CommitteeMember> committee, String method,
                          BallotCounts ballots, ElectionSettings settings, List<CandidateRow> candidates,
                          Runoff runoff, String fingerprint, String chainHead, Moment approvedAt,
                          List<Signature> signatures) {

    /** Minutes without the audit log's chain head (documents made outside a data file). */
    public MinutesData(DocumentHeader header, String electionTitle, String blocName, int year,
                       Moment meetingAt, List<CommitteeMember> committee, String method,
                       BallotCounts ballots, ElectionSettings settings, List<CandidateRow> candidates,
                       Runoff runoff, String fingerprint, Moment approvedAt, List<Signature> signatures) {
        this(header, electionTitle, blocName, year, meetingAt, committee, method, ballots, settings, candidates, runoff,
                fingerprint, "", approvedAt, signatures);
    }

    public MinutesData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(electionTitle, "electionTitle");
        Objects.requireNonNull(blocName, "blocName");
        Objects.requireNonNull(meetingAt, "meetingAt");
        committee = List.copyOf(committee);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ballots, "ballots");
        Objects.requireNonNull(settings, "settings");
        candidates = List.copyOf(candidates);
        fingerprint = fingerprint == null ? "" : fingerprint;
        chainHead = chainHead == null ? "" : chainHead;
        Objects.requireNonNull(approvedAt, "approvedAt");
        signatures = List.copyOf(signatures);
    }

    /** Minutes whose times are both known. */
    public MinutesData(DocumentHeader header, String electionTitle, String blocName, int year,
                       LocalDateTime meetingAt, List<CommitteeMember> committee, String method,
                       BallotCounts ballots, ElectionSettings settings, List<CandidateRow> candidates,
                       Runoff runoff, String fingerprint, LocalDateTime approvedAt, List<Signature> signatures) {
        this(header, electionTitle, blocName, year, Moment.of(meetingAt), committee, method, ballots, settings,
                candidates, runoff, fingerprint, "", Moment.of(approvedAt), signatures);
    }

    /**
     * A day, and the hour on it when known; a null time prints as a dotted blank to write in by hand
     * (the papers were typed on another day, so the typing hour says nothing of the meeting).
     */
    public record Moment(LocalDate day, LocalTime time) {
        public Moment {
            Objects.requireNonNull(day, "day");
        }

        public static Moment of(LocalDateTime at) {
            return new Moment(at.toLocalDate(), at.toLocalTime());
        }
    }

    public enum CommitteeRole {
        HEAD("Trưởng ban"), MEMBER("Thành viên");

        private final String text;

        CommitteeRole(String text) {
            this.text = text;
        }

        /** The role as the minutes print it. */
        public String text() {
            return text;
        }
    }

    public record CommitteeMember(String name, CommitteeRole role) {
        public CommitteeMember {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** Why some ballots were invalid, e.g. ("Đồng ý quá số đơn vị được suy tôn", 1). */
    public record InvalidReason(String reason, int count) {
        public InvalidReason {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Returned = valid + invalid, and the reasons, when given, add up to invalid. */
    public record BallotCounts(int issued, int returned, int valid, int invalid, List<InvalidReason> invalidReasons) {
        public BallotCounts {
            invalidReasons = List.copyOf(invalidReasons);
            if (returned != valid + invalid || returned > issued || valid < 0 || invalid < 0) {
                throw new IllegalArgumentException("ballot counts do not add up: issued " + issued + ", returned "
                        + returned + ", valid " + valid + ", invalid " + invalid);
            }
            int reasons = invalidReasons.stream().mapToInt(InvalidReason::count).sum();
            if (!invalidReasons.isEmpty() && reasons != invalid) {
                throw new IllegalArgumentException("invalid reasons add up to " + reasons + ", not " + invalid);
            }
        }
    }

    /**
     * The election's rules in words.
     *
     * @param threshold e.g. "trên 50%"
     * @param base      e.g. "số phiếu hợp lệ"
     */
    public record ElectionSettings(int seats, String threshold, String base) {
        public ElectionSettings {
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(base, "base");
        }
    }

    /**
     * @param result e.g. "Được suy tôn", "Bằng phiếu", "Không đạt"
     * @param reason why, e.g. "Không đạt tỷ lệ trên 50%"; may be empty
     */
    public record CandidateRow(int number, String unitName, int votes, BigDecimal percent, String result,
                               String reason) {
        public CandidateRow {
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(result, "result");
            reason = reason == null ? "" : reason;
        }
    }

    /** A new round among tied candidates: why it was held and what it decided. */
    public record Runoff(String why, String result) {
        public Runoff {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(result, "result");
        }
    }
}
