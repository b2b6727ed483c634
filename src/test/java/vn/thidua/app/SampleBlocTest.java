package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.testing.TestData;

/** The first run creates the seed's bloc: KTN, 8 units, leaders for 2019 and 2020. */
class SampleBlocTest {

    @Test
    void firstRunCreatesTheSeedBloc(@TempDir Path dir) {
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.sample().createIfEmpty()).isTrue();
            BlocService blocs = ws.blocs();
            Bloc ktn = blocs.requireBloc("KTN");
            assertThat(ktn.name()).isEqualTo("Khối thi đua Kinh tế ngành");
            Season y2019 = blocs.requireSeason(ktn, 2019);
            assertThat(blocs.members(y2019)).extracting(Unit::code)
                    .containsExactlyInAnyOrder("GTVT", "CT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT", "BQLKCN");
            assertThat(name(blocs, y2019, y2019.headUnitId())).isEqualTo("Sở Giao thông Vận tải");
            assertThat(name(blocs, y2019, y2019.deputyUnitId())).isEqualTo("Sở Công Thương");
            Season y2020 = blocs.requireSeason(ktn, 2020);
            assertThat(name(blocs, y2020, y2020.headUnitId())).isEqualTo("Sở Công Thương");
            assertThat(name(blocs, y2020, y2020.deputyUnitId())).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
            assertThat(blocs.members(y2020)).hasSize(8);
        }
    }

    @Test
    void theSampleIsCreatedOnlyOnce(@TempDir Path dir) {
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.sample().createIfEmpty()).isTrue();
            assertThat(ws.sample().createIfEmpty()).isFalse();
            assertThat(ws.sample().createIfAbsent()).isFalse();
            assertThat(ws.blocs().blocs()).hasSize(1);
        }
    }

    private static String name(BlocService blocs, Season s, Long id) {
        return blocs.members(s).stream().filter(u -> u.id() == id).map(Unit::fullName).findFirst().orElseThrow();
    }
}
