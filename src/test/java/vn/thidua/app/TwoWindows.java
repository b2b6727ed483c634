package vn.thidua.app;

import java.nio.file.Path;
import vn.thidua.domain.bloc.Season;
import vn.thidua.testing.Backend;

/**
 * Two windows over the sample, on the sample's bloc-year (KTN 2019), for the tests of stale saves. On PostgreSQL
 * the two windows are two programs with their own connections; an H2 file admits one program, so there the two
 * windows share its one database, as two screens of one window do.
 */
record TwoWindows(Workspace one, Workspace other, Season year) implements AutoCloseable {

    static TwoWindows overTheSample(Backend backend, Path dir, String hint) {
        String where = backend.newLocation(dir, hint);
        Workspace one = Backend.open(where);
        try {
            one.sample().createIfEmpty();
            Workspace other = backend == Backend.POSTGRESQL ? Backend.open(where) : one;
            return new TwoWindows(one, other, one.blocs().requireSeason(one.blocs().requireBloc("KTN"), 2019));
        } catch (RuntimeException e) {
            one.close();
            throw e;
        }
    }

    /** The id of the sample's unit {@code code} in the year. */
    long unit(String code) {
        return one.blocs().memberByCode(year, code).orElseThrow().id();
    }

    @Override
    public void close() {
        try {
            if (other != one) {
                other.close();
            }
        } finally {
            one.close();
        }
    }
}
