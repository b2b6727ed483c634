package vn.thidua.app;

import java.nio.file.Path;

/**
 * An open data file and the use cases over it. Built by the composition root
 * ({@code vn.thidua.ThiDua}); the window and the command line receive it.
 */
public final class Workspace implements AutoCloseable {

    private final Path dataFile;
    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;
    private final BackupService backups;
    private final AuditLog audit;
    private final ReportService reports;
    private final ImportService imports;
    private final AutoCloseable onClose;

    public Workspace(Path dataFile, BlocService blocs, ScoringService scoring, ElectionService elections,
                     BackupService backups, AuditLog audit, ReportService reports, ImportService imports,
                     AutoCloseable onClose) {
        this.audit = audit;
        this.reports = reports;
        this.imports = imports;
        this.dataFile = dataFile;
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
        this.backups = backups;
        this.onClose = onClose;
    }

    public Path dataFile() {
        return dataFile;
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
