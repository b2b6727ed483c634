package vn.thidua.app.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The heading block every administrative document opens with (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 *
 * @param superiorBody the body above the issuer, e.g. "UBND TỈNH HẢI DƯƠNG"; empty when there is none
 * @param issuingBody  e.g. "KHỐI THI ĐUA KINH TẾ NGÀNH"
 * @param number       number and symbol, e.g. "01/BB-KTĐKTN"; a leading "Số:" is dropped because the
 *                     template prints it, and blanks ("   /BB-KTĐKTN") are kept for numbering by hand
 * @param place        e.g. "Hải Dương"
 * @param date         the date the document is signed
 */
public record DocumentHeader(String superiorBody, String issuingBody, String number, String place, LocalDate date) {

    public DocumentHeader {
        superiorBody = superiorBody == null ? "" : superiorBody.strip();
        Objects.requireNonNull(issuingBody, "issuingBody");
        number = number == null ? "" : number.replaceFirst("^\\s*Số\\s*:\\s*", "");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
    }
}
