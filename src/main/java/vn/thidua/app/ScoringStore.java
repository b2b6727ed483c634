package vn.thidua.app;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.ScoringTable;

/** Storage of a year's scoring table, scores, bands and indicators. Writes are durable on return. */
public interface ScoringStore {

    ScoringTable table(long seasonId);

    /** Inserts the group, or renames and reorders the one with its code. */
    void saveGroup(long seasonId, CriterionGroup group);

    /** Deletes a group that holds no criterion. */
    void deleteGroup(long seasonId, String groupCode);

    /** Inserts when {@code criterion.id()} is 0, else updates; returns the id. */
    long saveCriterion(long seasonId, Criterion criterion);

    /**
     * As {@link #saveCriterion(long, Criterion)}, an update only if the row is still at version {@code seen}.
     *
     * @throws RowVersion.Stale when it was saved elsewhere since, with when
     */
    long saveCriterion(long seasonId, Criterion criterion, int seen);

    /** The version of a row V15 versions: an indicator or criterion by its id, the bands by the year's id. */
    RowVersion version(RowVersion.Of what, long id);

    /** Deletes the criterion and every score on it. */
    void deleteCriterion(long criterionId);

    List<Score> scores(long seasonId);

    Optional<Score> score(long unitId, long criterionId);

    /** Stores the unit's score on the criterion (replacing the one it had). */
    void saveScore(Score score);

    /** How often a unit's score on a criterion was saved (0: never) and when last, for optimistic locking. */
    record ScoreVersion(int version, LocalDateTime changedAt) {
        public static final ScoreVersion NONE = new ScoreVersion(0, null);
    }

    /** The versions of a unit's scores in a year, by criterion id; a criterion never scored is absent. */
    Map<Long, ScoreVersion> scoreVersions(long seasonId, long unitId);

    /**
     * Saves the score only if its row is still at version {@code seen} (0: not stored yet), in one
     * transaction that holds the row; returns the new version.
     *
     * @throws StaleScore when another window or program saved it since, with when that was, or deleted its criterion
     */
    int saveScore(Score score, int seen);

    /** The score was changed elsewhere since it was read, or its criterion deleted ({@link #gone}); nothing was written. */
    final class StaleScore extends RuntimeException {
        private final transient ScoreVersion now;
        private final boolean gone;

        public StaleScore(ScoreVersion now) {
            this(now, false);
        }

        public StaleScore(ScoreVersion now, boolean criterionGone) {
            super(criterionGone ? "criterion deleted elsewhere" : "score changed elsewhere: " + now, null, false, false);
            this.now = now;
            this.gone = criterionGone;
        }

        public ScoreVersion now() {
            return now;
        }

        /** The score's criterion is no longer in the table: deleted elsewhere. */
        public boolean gone() {
            return gone;
        }
    }

    /** The year's bands; the defaults when none were saved. */
    ClassificationBands bands(long seasonId);

    void saveBands(long seasonId, ClassificationBands bands);

    /** Saves the bands only if they are still at version {@code seen}; returns the new version. @throws RowVersion.Stale */
    int saveBands(long seasonId, ClassificationBands bands, int seen);

    List<Indicator> indicators(long seasonId);

    /** Inserts when {@code indicator.id()} is 0, else updates; returns the id. */
    long saveIndicator(long seasonId, Indicator indicator);

    /** As {@link #saveIndicator(long, Indicator)}, an update only if still at version {@code seen}. @throws RowVersion.Stale */
    long saveIndicator(long seasonId, Indicator indicator, int seen);

    void deleteIndicator(long indicatorId);
}
