package vn.thidua.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Seal;

/**
 * Laptop and server (issue 19): a bloc-year copied whole from one database to another, the laptop's file
 * to the province's server ({@code publish}) or back ({@code fetch}). The closed elections' fingerprints
 * must hold where the year comes from, and again where it arrives, computed there from the copied
 * settings and papers, before the copy is committed.
 */
public final class Publishing {

    /** What a copy did. */
    public record Copied(String blocCode, int year, boolean blocCreated, List<String> unitsCreated, boolean replaced,
                         int elections, int closed) {
        public Copied {
            unitsCreated = List.copyOf(unitsCreated);
        }
    }

    private Publishing() {
    }

    /**
     * The other side of a copy, named by {@code option} ({@code --to}, {@code --from}): a PostgreSQL URL or a
     * data file, read as {@code --db} is; anything else is refused naming that option, nothing made.
     */
    public static DataLocation location(String option, String value, UnaryOperator<String> env) {
        if (value == null || value.isBlank()) {
            throw new AppException("publish.error.where", option, String.valueOf(value));
        }
        try {
            return DataLocation.parse(value, env);
        } catch (AppException e) {
            throw new AppException(e, "publish.error.where", option, value);
        }
    }

    /**
     * Opens the other side of a copy. One made by a newer ThiDua (whose schema this program cannot bring it to)
     * is refused saying which side is behind and what to run, instead of failing inside the copy.
     *
     * @param here this program's own side, at this program's schema version
     */
    public static Workspace openOther(WorkspaceOpener opener, DataLocation other, Workspace here) {
        try {
            return opener.open(other, null);
        } catch (AppException e) {
            if ((e.key().equals("data.error.serverNewer") || e.key().equals("data.error.newer")) && e.args().size() > 1) {
                throw schemaBehind(here.location(), here.copies().schemaVersion(), other, e.args().get(1));
            }
            throw e;
        }
    }

    private static AppException schemaBehind(DataLocation behind, int behindVersion, DataLocation ahead,
                                             Object aheadVersion) {
        return new AppException("publish.error.schema", behind.display(), Integer.toString(behindVersion),
                ahead.display(), String.valueOf(aheadVersion));
    }

    /**
     * Copies the bloc-year from {@code from} to {@code to}, in one transaction on {@code to}.
     *
     * @param action {@code year.publish} or {@code year.fetch}, the audit line written with the copy
     * @throws AppException the bloc or year missing at the source; an election there whose seal does not hold;
     *                      the year already at the destination without {@code replace}; a fingerprint that
     *                      differs on arrival (nothing is written at the destination)
     */
    public static Copied copy(Workspace from, Workspace to, String blocCode, int year, boolean replace, String action) {
        int fromVersion = from.copies().schemaVersion();
        int toVersion = to.copies().schemaVersion();
        if (fromVersion != toVersion) {
            boolean fromBehind = fromVersion < toVersion;
            throw schemaBehind(fromBehind ? from.location() : to.location(), Math.min(fromVersion, toVersion),
                    fromBehind ? to.location() : from.location(), Math.max(fromVersion, toVersion));
        }
        Bloc bloc = from.blocs().requireBloc(blocCode);
        Season season = from.blocs().requireSeason(bloc, year);
        Map<Long, StoredElection> closed = new LinkedHashMap<>();
        Map<Long, String> content = new LinkedHashMap<>();
        List<StoredElection> all = from.elections().elections(season);
        for (StoredElection e : all) {
            Seal seal = from.elections().seal(e.id());
            if (seal == Seal.OPEN) {
                continue;
            }
            if (seal != Seal.INTACT) {
                throw new AppException("publish.error.sourceForged", e.settings().title(), e.settings().round(),
                        e.id(), from.location().display());
            }
            closed.put(e.id(), e);
            content.put(e.id(), from.elections().contentFingerprint(e.id()));
        }
        YearCopies.Copy copy = from.copies().read(bloc.code(), year);
        YearCopies.Written w = to.copies().write(copy, replace, from.location().display(), action, ids -> {
            for (StoredElection e : closed.values()) {
                long here = ids.get(e.id());
                Seal seal = to.elections().seal(here);
                String fingerprint = to.elections().election(here).fingerprint();
                // The seal (in the format that made it, /1 with the ids it named where it was sealed) holds here,
                // and the id-free /2 text is the same on both sides: the same settings and papers under the mapping.
                if (seal != Seal.INTACT || !e.fingerprint().equals(fingerprint)
                        || !content.get(e.id()).equals(to.elections().contentFingerprint(here))) {
                    throw new AppException("publish.error.fingerprint", e.settings().title(), e.settings().round(),
                            e.id(), to.location().display());
                }
            }
        });
        return new Copied(bloc.code(), year, w.blocCreated(), w.unitsCreated(), w.replaced(), all.size(),
                closed.size());
    }
}
