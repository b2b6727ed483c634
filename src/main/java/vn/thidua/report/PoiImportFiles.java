package vn.thidua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import vn.thidua.app.AppException;
import vn.thidua.app.ImportFiles;
import vn.thidua.domain.workbook.ImportSheets;

/** The import workbook's files as the report layer reads and writes them, handed to the app. */
public final class PoiImportFiles implements ImportFiles {

    @Override
    public ImportSheets read(Path file) {
        try {
            return ImportWorkbook.read(file);
        } catch (ReportException e) {
            throw new AppException(e, e.key(), e.args().toArray());
        }
    }

    @Override
    public void write(ImportSheets content, OutputStream out) throws IOException {
        try {
            ImportWorkbook.write(content, out);
        } catch (ReportException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
