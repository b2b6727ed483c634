package vn.thidua.store;

import java.nio.file.Path;
import vn.thidua.app.AppException;
import vn.thidua.app.BackupService;
import vn.thidua.app.BackupStore;
import vn.thidua.app.DataLocation;

/**
 * A server's database has no backups of ThiDua's own: the server's administrator keeps them
 * (pg_dump, the server's archiving). Asked for one, this says so.
 */
public final class ServerBackups implements BackupStore {

    private final DataLocation.Server server;

    public ServerBackups(DataLocation.Server server) {
        this.server = server;
    }

    @Override
    public void backupTo(Path zip) {
        throw new AppException("data.error.fileOnly", server.display());
    }

    @Override
    public BackupService.Contents inspect(Path zip) {
        throw new AppException("data.error.fileOnly", server.display());
    }

    /** Nothing to take before the first write: the server's administrator keeps its backups. */
    @Override
    public void beforeFirstWrite(Runnable action) {
        // no automatic backup of ThiDua's own on a server
    }

    @Override
    public boolean runBeforeFirstWrite() {
        return false;
    }
}
