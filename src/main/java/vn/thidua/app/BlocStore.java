package vn.thidua.app;

import java.util.List;
import java.util.Optional;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Reorganisation;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Succession;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.bloc.UnitName;
import vn.thidua.domain.bloc.UnitUse;
import vn.thidua.domain.bloc.YearTexts;

/** Storage of blocs, units and years. Every write is on disk when the method returns. */
public interface BlocStore {

    List<Bloc> blocs();

    Optional<Bloc> bloc(long id);

    Optional<Bloc> blocByCode(String code);

    Bloc insertBloc(String code, String name);

    List<Unit> unitsOfBloc(long blocId);

    Optional<Unit> unit(long unitId);

    /** Adds a unit to the bloc and, when {@code seasonId} is not null, to that year's members. */
    Unit insertUnit(long blocId, UnitDraft draft, Long seasonId);

    void updateUnit(long unitId, UnitDraft draft);

    /** Corrects the code, and the name in force in {@code year} (the first name, or the one taken from a year). */
    void updateUnit(long unitId, UnitDraft draft, int year);

    /** The unit is called so from {@code fromYear} on (until a later name). */
    void renameUnit(long unitId, int fromYear, String fullName, String shortName);

    /** Every name the unit took from a year on, oldest first (not its first name). */
    List<UnitName> laterNames(long unitId);

    /** Who succeeds whom, in every bloc. */
    List<Succession> successions();

    /** A unit with its name in force in {@code year}. */
    Optional<Unit> unitInYear(long unitId, int year);

    /**
     * What the unit already has in the years of its bloc from {@code fromYear} on: one line per year and
     * kind ({@code scores}, {@code indicators}, {@code election}, {@code leader}).
     */
    List<UnitUse> usesFrom(long unitId, int fromYear);

    /** Writes the whole change and adjusts the members of every existing year from its year on, in one transaction. */
    void reorganise(Reorganisation change);

    void setUnitActive(long unitId, boolean active);

    List<Season> seasons(long blocId);

    Optional<Season> season(long seasonId);

    List<Unit> members(long seasonId);

    void addMember(long seasonId, long unitId);

    void setLeaders(long seasonId, Long headUnitId, Long deputyUnitId);

    /** As {@link #setLeaders(long, Long, Long)}, only if still at version {@code seen}; returns the new one. @throws RowVersion.Stale */
    int setLeaders(long seasonId, Long headUnitId, Long deputyUnitId, int seen);

    /** The version of the year's leaders ({@link RowVersion.Of#LEADERS}) or conference details ({@code CONFERENCE}). */
    RowVersion version(RowVersion.Of what, long seasonId);

    ConferenceDetails conferenceDetails(long seasonId);

    void setConferenceDetails(long seasonId, ConferenceDetails details);

    /** As {@link #setConferenceDetails(long, ConferenceDetails)}, only if still at version {@code seen}. @throws RowVersion.Stale */
    int setConferenceDetails(long seasonId, ConferenceDetails details, int seen);

    YearTexts yearTexts(long seasonId);

    void setYearTexts(long seasonId, YearTexts texts);

    /**
     * Creates the year. When {@code copyFrom} is given, its active members, head and deputy
     * (when still members) and everything registered to follow a year over (the scoring table…)
     * are copied, all in one transaction.
     */
    Season createSeason(long blocId, int year, Long copyFromSeasonId);
}
