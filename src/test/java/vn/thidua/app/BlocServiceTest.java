package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.testing.TestData;

/** The bloc use cases on a real H2 file. */
class BlocServiceTest {

    @TempDir
    Path dir;
    Workspace ws;
    BlocService blocs;

    @BeforeEach
    void open() {
        ws = TestData.open(dir);
        blocs = ws.blocs();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Season newBlocYear() {
        Bloc b = blocs.addBloc("vx", "Khối Văn xã");
        return blocs.startYear(b.id(), 2023);
    }

    @Test
    void addedUnitIsAMemberOfTheYear() {
        Season y = newBlocYear();
        Unit u = blocs.addUnit(y, new UnitDraft(" syt ", "  Sở   Y tế ", "SYT"));
        assertThat(u.code()).isEqualTo("SYT");
        assertThat(u.fullName()).isEqualTo("Sở Y tế");
        assertThat(blocs.members(y)).extracting(Unit::code).containsExactly("SYT");
    }

    @Test
    void duplicateCodeIsRefusedNamingTheUnitThatHasIt() {
        Season y = newBlocYear();
        blocs.addUnit(y, new UnitDraft("SYT", "Sở Y tế", ""));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> blocs.addUnit(y, new UnitDraft("syt", "Sở Y tế 2", "")));
        assertThat(e.problems()).extracting(Problem::key).containsExactly("unit.error.codeDuplicate");
        assertThat(Texts.vietnamese().t(e.problems().get(0))).contains("SYT").contains("Sở Y tế");
        assertThat(blocs.members(y)).hasSize(1);
    }

    @Test
    void emptyNameIsRefused() {
        Season y = newBlocYear();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> blocs.addUnit(y, new UnitDraft("SYT", "   ", "")));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("fullName");
    }

    @Test
    void editingKeepsItsOwnCodeButNotAnothers() {
        Season y = newBlocYear();
        Unit a = blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        blocs.addUnit(y, new UnitDraft("B", "Sở B", ""));
        blocs.editUnit(a, new UnitDraft("A", "Sở A mới", ""));
        assertThat(blocs.memberByCode(y, "A")).map(Unit::fullName).contains("Sở A mới");
        assertThatThrownBy(() -> blocs.editUnit(a, new UnitDraft("B", "Sở A", "")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void newYearCopiesActiveMembersHeadAndDeputy() {
        Season y = newBlocYear();
        Unit a = blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        Unit b = blocs.addUnit(y, new UnitDraft("B", "Sở B", ""));
        Unit c = blocs.addUnit(y, new UnitDraft("C", "Sở C", ""));
        blocs.setLeaders(y, a.id(), b.id());
        blocs.setActive(y, c, false);

        Season next = blocs.startYear(y.blocId(), 2024);

        assertThat(blocs.members(next)).extracting(Unit::code).containsExactly("A", "B");
        assertThat(next.headUnitId()).isEqualTo(a.id());
        assertThat(next.deputyUnitId()).isEqualTo(b.id());
        assertThat(blocs.members(y)).extracting(Unit::code).containsExactly("A", "B", "C");
    }

    @Test
    void headMustBeAMemberAndNotTheDeputy() {
        Season y = newBlocYear();
        Unit a = blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        assertThatThrownBy(() -> blocs.setLeaders(y, a.id(), a.id())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> blocs.setLeaders(y, 987654L, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void leaderCannotBeDeactivated() {
        Season y = newBlocYear();
        Unit a = blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        blocs.setLeaders(y, a.id(), null);
        assertThatThrownBy(() -> blocs.setActive(blocs.reload(y), a, false)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aYearCannotBeStartedTwice() {
        Season y = newBlocYear();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> blocs.startYear(y.blocId(), 2023));
        assertThat(e.problems()).extracting(Problem::key).containsExactly("season.error.yearExists");
    }

    @Test
    void duplicateBlocCodeIsRefused() {
        blocs.addBloc("VX", "Khối Văn xã");
        assertThatThrownBy(() -> blocs.addBloc("vx", "Khác")).isInstanceOf(ValidationException.class);
    }

    @Test
    void dataSurvivesReopening() {
        Season y = newBlocYear();
        blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        ws.close();
        ws = TestData.open(dir);
        Bloc b = ws.blocs().requireBloc("VX");
        assertThat(ws.blocs().members(ws.blocs().requireSeason(b, 2023))).hasSize(1);
    }
    @Test
    void nextYearsLeadersStartTheYearWhenMissingAndAreRecorded() {
        Season y = newBlocYear();
        Unit a = blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        Unit b = blocs.addUnit(y, new UnitDraft("B", "Sở B", ""));
        blocs.setLeaders(y, a.id(), b.id());

        Season next = blocs.recordNextYearLeaders(y, b.id(), a.id());
        assertThat(next.year()).isEqualTo(2024);
        assertThat(next.headUnitId()).isEqualTo(b.id());
        assertThat(next.deputyUnitId()).isEqualTo(a.id());
        assertThat(blocs.members(next)).extracting(Unit::code).containsExactlyInAnyOrder("A", "B");
        assertThat(blocs.reload(y).headUnitId()).as("this year's head is unchanged").isEqualTo(a.id());

        // Recorded again (the conference changed its mind): the same year, no second copy.
        Season again = blocs.recordNextYearLeaders(y, a.id(), null);
        assertThat(again.id()).isEqualTo(next.id());
        assertThat(again.headUnitId()).isEqualTo(a.id());
        assertThat(again.deputyUnitId()).isNull();
        assertThat(blocs.seasons(y.blocId())).hasSize(2);
    }

    @Test
    void aRefusedNextYearChoiceStartsNoYear() {
        Season y = newBlocYear();
        Unit a = blocs.addUnit(y, new UnitDraft("A", "Sở A", ""));
        assertThatThrownBy(() -> blocs.recordNextYearLeaders(y, a.id(), a.id()))
                .isInstanceOf(ValidationException.class);
        assertThat(blocs.seasons(y.blocId())).hasSize(1);
    }
}
