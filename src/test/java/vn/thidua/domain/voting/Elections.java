package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The 2019 sample bloc and a shorthand for ballots as the secretary types them. */
final class Elections {

    static final Candidate GTVT = new Candidate(1, "GTVT", "Sở Giao thông Vận tải");
    static final Candidate CT = new Candidate(2, "CT", "Sở Công Thương");
    static final Candidate NNPTNT = new Candidate(3, "NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn");
    static final Candidate TNMT = new Candidate(4, "TNMT", "Sở Tài nguyên và Môi trường");
    static final Candidate XD = new Candidate(5, "XD", "Sở Xây dựng");
    static final Candidate KHCN = new Candidate(6, "KHCN", "Sở Khoa học và Công nghệ");
    static final Candidate TTTT = new Candidate(7, "TTTT", "Sở Thông tin và Truyền thông");
    static final Candidate BQLKCN = new Candidate(8, "BQLKCN", "Ban Quản lý các khu công nghiệp");

    static final List<Candidate> SAMPLE_UNITS = List.of(GTVT, CT, NNPTNT, TNMT, XD, KHCN, TTTT, BQLKCN);

    private Elections() {
    }

    static ElectionSettings election(int seats, String operator, String percent, Base base, int issued,
            List<Candidate> candidates) {
        return ElectionSettings.firstRound("Cờ thi đua của UBND tỉnh", seats, candidates,
                ThresholdOperator.parse(operator), new BigDecimal(percent), base, issued, 8);
    }

    /** "More than 50 % of valid ballots", the rule the 2019 bloc used. */
    static ElectionSettings moreThanHalf(int seats, int issued, List<Candidate> candidates) {
        return election(seats, ">", "50", Base.VALID, issued, candidates);
    }

    /** Papers as typed, e.g. {@code ballots(s, "12", "H", "")}, numbered in order. */
    static List<Ballot> ballots(ElectionSettings settings, String... typed) {
        List<Ballot> out = new ArrayList<>();
        for (String t : typed) {
            out.add(BallotKeys.parse(t, settings.candidates()).toBallot(out.size() + 1));
        }
        return out;
    }

    /** {@code times} copies of one typed paper. */
    static String[] repeat(String typed, int times) {
        String[] out = new String[times];
        Arrays.fill(out, typed);
        return out;
    }

    static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
