package vn.thidua.domain.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 2019 figures the conference report quotes (seed/000_3c2962dde7b5d0d4.txt), each with the
 * unit whose field it is. Only what the report says: no plan is invented, and a rate the report
 * gives without its base is stored as a percentage.
 */
public final class Sample2019Indicators {

    private static final String BILLION_VND = "tỷ đồng";

    private Sample2019Indicators() {
    }

    public static List<IndicatorSeed> all() {
        return List.of(
                seed("NNPTNT", "Tốc độ tăng giá trị sản xuất nông nghiệp", "%", null, "1.7", null, "so với năm 2018"),
                seed("NNPTNT", "Số xã đạt chuẩn nông thôn mới", "xã", null, "98", null, "98/98 xã toàn tỉnh"),
                // The report gives 108.500 and +16,3 %: the 2018 figure below is worked back from them.
                seed("CT", "Giá trị sản xuất công nghiệp", BILLION_VND, null, "108500", "93293",
                        "ước đạt; năm 2018 suy ra từ mức tăng 16,3%"),
                seed("CT", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng xã hội", BILLION_VND, null, "25580",
                        null, "ước đạt"),
                seed("CT", "Giá trị xuất khẩu", "triệu USD", null, "3100", null, "ước đạt trên"),
                seed("BQLKCN", "Dự án mới thu hút vào các khu công nghiệp", "dự án", null, "54", null,
                        "40 dự án FDI, 14 dự án trong nước"),
                seed("BQLKCN", "Tổng số dự án đang đầu tư tại các khu công nghiệp", "dự án", null, "398", null, null),
                seed("BQLKCN", "Giá trị sản xuất công nghiệp trong các khu công nghiệp", BILLION_VND, null, "93000",
                        null, "ước đạt trên"),
                seed("BQLKCN", "Thu ngân sách từ doanh nghiệp trong các khu công nghiệp", BILLION_VND, null, "3700",
                        null, "ước đạt trên"),
                seed("TTTT", "Văn bản quy phạm pháp luật tham mưu UBND tỉnh ban hành", "văn bản", null, "6", null, null),
                seed("TTTT", "Chỉ thị tham mưu UBND tỉnh ban hành", "chỉ thị", null, "3", null, null));
    }

    private static IndicatorSeed seed(String unitCode, String name, String measureUnit, String plan, String actual,
                                      String previousYear, String note) {
        return new IndicatorSeed(unitCode, name, measureUnit, decimal(plan), decimal(actual), decimal(previousYear), note);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
