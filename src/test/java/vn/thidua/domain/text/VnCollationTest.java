package vn.thidua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VnCollationTest {

    private static final List<String> MEMBERS_IN_ORDER = List.of(
            "Ban Quản lý các khu công nghiệp",
            "Sở Công Thương",
            "Sở Giao thông Vận tải",
            "Sở Khoa học và Công nghệ",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài nguyên và Môi trường",
            "Sở Thông tin và Truyền thông",
            "Sở Xây dựng");

    @Test
    void theBlocMembersSortAsVietnameseExpect() {
        List<String> names = new ArrayList<>(MEMBERS_IN_ORDER);
        Collections.shuffle(names, new Random(2019));

        names.sort(VnFormat.nameOrder());

        assertThat(names).containsExactlyElementsOf(MEMBERS_IN_ORDER);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(delimiter = '|', value = {
            "Sở Công Thương        | Sở Giao thông Vận tải",
            "Sở Giao thông Vận tải | Sở Xây dựng",
            "Dương   | Đa",
            "Dz      | Đa",
            "Đz      | E",
            "Ban Dân tộc | Ban Đối ngoại",
            "Az      | Ăa",
            "Ăz      | Âa",
            "Âz      | B",
            "Ez      | Êa",
            "Êz      | G",
            "Oz      | Ôa",
            "Ôz      | Ơa",
            "Ơz      | P",
            "Uz      | Ưa",
            "Ưz      | V",
            "an      | ăn",
            "a       | à",
            "à       | ả",
            "ả       | ã",
            "ã       | á",
            "á       | ạ",
            "tạ      | tác",
            "Nguyễn  | Nhung",
            "Kế hoạch | Khoa học",
            "Tân Uyên | Tâng",
            "Ba Vì   | Bac"})
    void vietnameseLettersTonesAndWordsComeInDictionaryOrder(String before, String after) {
        assertThat(VnFormat.nameOrder().compare(before, after)).isNegative();
        assertThat(VnFormat.nameOrder().compare(after, before)).isPositive();
    }

    @Test
    void decomposedTextSortsLikeTheSameTextPrecomposed() {
        String precomposed = "Sở Nông nghiệp và Phát triển nông thôn";
        String decomposed = Normalizer.normalize(precomposed, Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(precomposed);
        assertThat(VnFormat.nameOrder().compare(decomposed, precomposed)).isZero();
    }

    @Test
    void singleWordsSortAsTheJdkVietnameseCollatorSortsThem() {
        List<String> words = new ArrayList<>(List.of("ta", "tà", "tả", "tã", "tá", "tạ", "tác", "tai", "tài", "tay",
                "Đa", "đa", "Dân", "Duy", "Đông", "ơn", "ôn", "on", "ăn", "ân", "an", "ư", "u", "y", "ý",
                "nghiệp", "nguyên", "nhà", "thông", "trường", "xây"));
        Collections.shuffle(words, new Random(11));
        List<String> expected = new ArrayList<>(words);
        expected.sort(Collator.getInstance(Locale.forLanguageTag("vi-VN")));

        words.sort(VnFormat.nameOrder());

        assertThat(words).containsExactlyElementsOf(expected);
    }

    @Test
    void eachCallerGetsItsOwnCollator() {
        Collator mine = VnFormat.collator();
        mine.setStrength(Collator.PRIMARY);

        assertThat(mine.compare("a", "á")).isZero();
        assertThat(VnFormat.collator().compare("a", "á")).isNegative();
        assertThat(VnFormat.nameOrder().compare("a", "á")).isNegative();
    }
}
