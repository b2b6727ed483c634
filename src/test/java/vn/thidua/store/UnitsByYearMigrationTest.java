package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;

/** Issue 16: a file made before units had names by year (V11) reads every name of every year as before. */
class UnitsByYearMigrationTest {

    @TempDir
    Path dir;

    @Test
    void anAgedFileKeepsEveryNameOfEveryYearAfterTheMigration() throws Exception {
        Path file = dir.resolve("aged.mv.db");
        try (InputStream in = getClass().getResourceAsStream("/aged-h2/aged.mv.db")) {
            Files.copy(in, file);
        }
        // Before: each year's members with the one name the unit had, read straight from the old schema.
        List<String> before = new ArrayList<>();
        String url = "jdbc:h2:file:" + dir.resolve("aged") + Database.OPTIONS;
        try (Connection c = DriverManager.getConnection(url, "thidua", "");
             ResultSet rs = c.createStatement().executeQuery("select b.code, s.season_year, u.code, u.full_name,"
                     + " u.short_name, (select max(cast(\"version\" as int)) from \"flyway_schema_history\")"
                     + " from season_member m join season s on s.id = m.season_id join unit u on u.id = m.unit_id"
                     + " join bloc b on b.id = s.bloc_id order by 1, 2, 3")) {
            while (rs.next()) {
                assertThat(rs.getInt(6)).as("the fixture predates V11").isLessThan(11);
                before.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " / " + rs.getString(5));
            }
        }
        assertThat(before).hasSizeGreaterThanOrEqualTo(8);

        List<String> after = new ArrayList<>();
        try (Workspace ws = ThiDua.open(file)) {
            for (Bloc b : ws.blocs().blocs()) {
                for (Season s : ws.blocs().seasons(b.id())) {
                    ws.blocs().members(s).stream().sorted(Comparator.comparing(Unit::code))
                            .forEach(u -> after.add(b.code() + " " + s.year() + " " + u.code() + " " + u.fullName()
                                    + " / " + u.shortName()));
                }
                assertThat(ws.blocs().successions()).isEmpty();
            }
        }
        assertThat(after).isEqualTo(before);
    }
}
