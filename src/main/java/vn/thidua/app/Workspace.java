package vn.thidua.app;

import java.nio.file.Path;

/**
 * An open data file (or a server's database) and the use cases over it. Built by the composition root
 * ({@code vn.thidua.ThiDua}); the window and the command line receive it.
 */
public final class Workspace implements AutoCloseable {

    private final DataLocation location;
    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;
    private final BackupService backups;
    private final AuditLog audit;
    private final ReportService reports;
    private final ImportService imports;
    private final AutoCloseable onClose;
    private YearCopies copies;
    private ProvinceWorkbooks provinceWorkbooks;
    private ServerRoles serverRoles;

    public Workspace(Path dataFile, BlocService blocs, ScoringService scoring, ElectionService elections,
                     BackupService backups, AuditLog audit, ReportService reports, ImportService imports,
                     AutoCloseable onClose) {
        this(new DataLocation.File(dataFile), blocs, scoring, elections, backups, audit, reports, imports, onClose);
    }

    public Workspace(DataLocation location, BlocService blocs, ScoringService scoring, ElectionService elections,
                     BackupService backups, AuditLog audit, ReportService reports, ImportService imports,
                     AutoCloseable onClose) {
        this.audit = audit;
        this.reports = reports;
        this.imports = imports;
        this.location = location;
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
        this.backups = backups;
        this.onClose = onClose;
    }

    /** Where the data is: a file, or a server's database. */
    public DataLocation location() {
        return location;
    }

    /**
     * The data file. Backups, the rehearsal copy, the window and the folder of documents beside it are
     * a data file's: asked of a server's database, this says so (a message, never a path made up).
     */
    public Path dataFile() {
        if (location instanceof DataLocation.File f) {
            return f.path();
        }
        throw new AppException("data.error.fileOnly", location.display());
    }

    public BlocService blocs() {
        return blocs;
    }

    public ScoringService scoring() {
        return scoring;
    }

    public ElectionService elections() {
        return elections;
    }

    public AuditLog audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    /** The documents of a year: minutes, proposal, year-end report, workbook, audit log. */
    public ReportService reports() {
        return reports;
    }

    /** The import workbook: template, export, import. */
    public ImportService imports() {
        return imports;
    }

    /** Given by the composition root: a bloc-year read and written whole (publish, fetch). */
    public Workspace withCopies(YearCopies copies) {
        this.copies = copies;
        return this;
    }

    /** A bloc-year read and written whole, for publish and fetch. */
    public YearCopies copies() {
        if (copies == null) {
            throw new IllegalStateException("No year copies wired for " + location.display());
        }
        return copies;
    }

    /** Given by the composition root: the province's view as a workbook. */
    public Workspace withProvinceWorkbooks(ProvinceWorkbooks workbooks) {
        this.provinceWorkbooks = workbooks;
        return this;
    }

    /** The province's view as a workbook ({@code thidua province --out}). */
    public ProvinceWorkbooks provinceWorkbooks() {
        if (provinceWorkbooks == null) {
            throw new IllegalStateException("No province workbooks wired for " + location.display());
        }
        return provinceWorkbooks;
    }

    /** Given by the composition root for a server's database: who may write which bloc. */
    public Workspace withServerRoles(ServerRoles roles) {
        this.serverRoles = roles;
        return this;
    }

    /** Who may write which bloc; a data file has no roles ({@code roles.error.fileOnly}). */
    public ServerRoles serverRoles() {
        if (serverRoles == null) {
            throw new AppException("roles.error.fileOnly", location.display());
        }
        return serverRoles;
    }

    public SampleBloc sample() {
        return new SampleBloc(blocs, scoring, elections);
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            throw new AppException(e, "data.error.close");
        }
    }
}
