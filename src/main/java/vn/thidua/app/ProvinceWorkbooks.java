package vn.thidua.app;

import java.nio.file.Path;

/** The province's view of a year as an Excel workbook (implemented in the report layer). */
@FunctionalInterface
public interface ProvinceWorkbooks {

    /** Writes {@code province} to {@code out}, replacing it whole or leaving it as it was. */
    void write(ProvinceView.Province province, Path out);
}
