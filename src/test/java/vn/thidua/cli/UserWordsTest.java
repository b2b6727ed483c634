package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check every CLI test's output passes through ({@link CliRunner} → {@link UserWords}): it
 * catches the texts users were shown before (H2's, Java's) and lets the program's own pass.
 */
class UserWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Lỗi: Lỗi khi đọc/ghi dữ liệu (Value too long for column \"UNKNOWN_KEYS CHARACTER VARYING(200)\": "
                + "\"'DONVI1;DONVI2...' (2890)\"; SQL statement: insert into ballot [22001-252]). Thao tác vừa rồi chưa được lưu.",
        "Lỗi: Đã xảy ra lỗi ngoài dự kiến (java.lang.IllegalStateException: boom).",
        "Lỗi: Lỗi khi đọc/ghi dữ liệu (The database is read only [90097-252]).",
        "\tat vn.thidua.store.Database.write(Database.java:240)",
        "Lỗi: Không cập nhật được cấu trúc dữ liệu (Validate failed: Migrations have failed validation).",
        "Error: Missing required option: '--bloc'",
    })
    void textThatIsNotTheProgramsOwnIsCaught(String shown) {
        assertThat(UserWords.foreign(shown)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lỗi: Tên cuộc bầu (danh hiệu) dài quá 300 ký tự (đang có 302); hãy viết ngắn lại.",
        "Đã đặt mật khẩu cho tệp dữ liệu /tmp/junit-1/test.mv.db.",
        "code,name,votes,percent,result\nGTVT,Sở Giao thông Vận tải,2,66.67,elected\n",
        "Lỗi: Đã xảy ra lỗi ngoài dự kiến (K3F9QZ). Dữ liệu đã lưu không bị mất.",
    })
    void theProgramsOwnWordsPass(String shown) {
        assertThat(UserWords.foreign(shown)).isNull();
    }
}
