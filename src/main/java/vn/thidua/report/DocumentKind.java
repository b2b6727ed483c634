package vn.thidua.report;

import java.io.InputStream;

/** The Word documents ThiDua writes, each from a template shipped in the program. */
public enum DocumentKind {
    MINUTES("bien-ban-kiem-phieu.docx"),
    PROPOSAL("to-trinh-khen-thuong.docx"),
    YEAR_REPORT("bao-cao-tong-ket.docx");

    private final String templateFile;

    DocumentKind(String templateFile) {
        this.templateFile = templateFile;
    }

    /** The shipped template's file name, also a sensible name for a bloc's edited copy. */
    public String templateFile() {
        return templateFile;
    }

    /** The shipped template, for "save a copy to edit in Word". */
    public InputStream openShippedTemplate() {
        InputStream in = DocumentKind.class.getResourceAsStream("templates/" + templateFile);
        if (in == null) {
            throw new ReportException("report.template.missing", templateFile);
        }
        return in;
    }
}
