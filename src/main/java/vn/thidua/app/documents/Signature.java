package vn.thidua.app.documents;

import java.util.Objects;

/**
 * One signature block.
 *
 * @param capacity printed in bold capitals above the signature; several lines are separated by
 *                 '\n', e.g. "TM. BAN KIỂM PHIẾU\nTRƯỞNG BAN" or "TRƯỞNG KHỐI\nGIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI"
 * @param name     the signer's full name, printed in bold under the room left to sign
 */
public record Signature(String capacity, String name) {

    public Signature {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(name, "name");
    }
}
