package vn.thidua.domain.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, item 2: a year gets the law and the decree in force on its conference day. */
class LegalBasisTest {

    private static List<String> on(int year, int month, int day) {
        return LegalBasis.defaults(LocalDate.of(year, month, day), "Khối thi đua Kinh tế ngành");
    }

    @Test
    void a2019ConferenceRestsOnThe2003LawAndDecree91Of2017() {
        assertThat(on(2019, 12, 11)).containsExactly(
                "Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi "
                        + "đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013",
                "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số "
                        + "điều của Luật Thi đua, khen thưởng",
                "Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh ban hành Quy chế công tác thi đua, khen "
                        + "thưởng trên địa bàn tỉnh",
                "Quy chế hoạt động của Khối thi đua Kinh tế ngành");
    }

    @Test
    void fromJanuary2024TheLawOf2022AndDecree98Of2023() {
        assertThat(on(2024, 1, 1)).startsWith("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022")
                .anyMatch(l -> l.startsWith("Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023"))
                .noneMatch(l -> l.contains("2003") || l.contains("91/2017"));
        assertThat(on(2023, 12, 31)).anyMatch(l -> l.contains("91/2017/NĐ-CP")).noneMatch(l -> l.contains("98/2023"));
    }

    @Test
    void fromJuly2025Decree152Of2025ReplacesDecree98() {
        assertThat(on(2025, 6, 30)).anyMatch(l -> l.contains("98/2023/NĐ-CP")).noneMatch(l -> l.contains("152/2025"));
        assertThat(on(2025, 12, 11)).anyMatch(l -> l.startsWith("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền"))
                .noneMatch(l -> l.contains("98/2023"));
    }
}
