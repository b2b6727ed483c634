package vn.thidua.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import vn.thidua.domain.workbook.ImportSheets;

/**
 * The import workbook as a file: what the app needs of it, cells in and cells out. The report layer
 * provides it (with POI); the composition root hands it over, so the app never sees a spreadsheet
 * library.
 */
public interface ImportFiles {

    /**
     * Every sheet of the file, cell by cell.
     *
     * @throws AppException the file is missing, not a workbook, damaged or protected by a password
     *                      (keys {@code import.file.*}, the file's name as argument)
     */
    ImportSheets read(Path file);

    /**
     * The instructions sheet, then every sheet of the layout with its header row and the rows of
     * {@code content}'s sheet of that name.
     *
     * @throws IOException the workbook could not be written to {@code out}
     */
    void write(ImportSheets content, OutputStream out) throws IOException;
}
