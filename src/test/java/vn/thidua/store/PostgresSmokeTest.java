package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.app.Workspace;
import vn.thidua.testing.Backend;

class PostgresSmokeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sampleOpens(Backend backend) {
        String where = backend.newLocation(dir, "smoke");
        try (Workspace ws = Backend.open(where)) {
            ws.sample().createIfEmpty();
            assertThat(ws.blocs().requireBloc("KTN").code()).isEqualTo("KTN");
            assertThat(ws.audit().chain().isIntact()).isTrue();
        }
    }
}
