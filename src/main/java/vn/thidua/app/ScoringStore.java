package vn.thidua.app;

import java.util.List;
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

    /** Deletes the criterion and every score on it. */
    void deleteCriterion(long criterionId);

    List<Score> scores(long seasonId);

    Optional<Score> score(long unitId, long criterionId);

    /** Stores the unit's score on the criterion (replacing the one it had). */
    void saveScore(Score score);

    /** The year's bands; the defaults when none were saved. */
    ClassificationBands bands(long seasonId);

    void saveBands(long seasonId, ClassificationBands bands);

    List<Indicator> indicators(long seasonId);

    /** Inserts when {@code indicator.id()} is 0, else updates; returns the id. */
    long saveIndicator(long seasonId, Indicator indicator);

    void deleteIndicator(long indicatorId);
}
