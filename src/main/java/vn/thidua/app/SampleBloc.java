package vn.thidua.app;

import java.util.List;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.indicator.IndicatorSeed;
import vn.thidua.domain.indicator.Sample2019Indicators;
import vn.thidua.domain.scoring.Sample2019Scoring;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.text.VnFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdOperator;

/**
 * The sample bloc from the seed text: "Khối thi đua Kinh tế ngành", 2019 conference (11/12/2019).
 * Codes are fixed: scripts and tests rely on them.
 */
public final class SampleBloc {

    public static final String BLOC_CODE = "KTN";
    public static final String BLOC_NAME = "Khối thi đua Kinh tế ngành";
    public static final int YEAR = 2019;

    public static final List<UnitDraft> UNITS = List.of(
            new UnitDraft("GTVT", "Sở Giao thông Vận tải", "Sở GTVT"),
            new UnitDraft("CT", "Sở Công Thương", "Sở Công Thương"),
            new UnitDraft("NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
            new UnitDraft("TNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
            new UnitDraft("XD", "Sở Xây dựng", "Sở Xây dựng"),
            new UnitDraft("KHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
            new UnitDraft("TTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
            new UnitDraft("BQLKCN", "Ban Quản lý các khu công nghiệp", "BQL các KCN"));

    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;

    /** The three elections of the conference: title, seats, file of illustrative ballots. */
    public static final List<String[]> ELECTIONS = List.of(
            new String[] {"Cờ thi đua của Chính phủ", "1", "2019-co-thi-dua-chinh-phu.csv"},
            new String[] {"Cờ thi đua của UBND tỉnh", "1", "2019-co-thi-dua-ubnd-tinh.csv"},
            new String[] {"Bằng khen của UBND tỉnh", "2", "2019-bang-khen-ubnd-tinh.csv"});

    public SampleBloc(BlocService blocs, ScoringService scoring, ElectionService elections) {
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
    }

    /** The illustrative ballots file of a sample election, as ballots.csv text. */
    public static String ballotsCsv(String fileName) {
        try (var in = SampleBloc.class.getResourceAsStream("/vn/thidua/sample/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AppException(e, "data.error.sampleMissing", fileName);
        }
    }

    /** Creates the sample when the data holds no bloc at all (a first run). */
    public boolean createIfEmpty() {
        if (!blocs.blocs().isEmpty()) {
            return false;
        }
        create();
        return true;
    }

    /** Creates the sample unless a bloc with its code exists. */
    public boolean createIfAbsent() {
        if (blocs.blocByCode(BLOC_CODE).isPresent()) {
            return false;
        }
        create();
        return true;
    }

    private void create() {
        Bloc bloc = blocs.addBloc(BLOC_CODE, BLOC_NAME);
        Season y2019 = blocs.startYear(bloc.id(), YEAR);
        for (UnitDraft d : UNITS) {
            blocs.addUnit(y2019, d);
        }
        blocs.setLeaders(y2019, id(y2019, "GTVT"), id(y2019, "CT"));
        // The seed: "Sáng ngày 11/12/2019, Khối thi đua Kinh tế ngành tổ chức tổng kết…"; it names no place
        // and no counting committee. It names the head of the bloc for 2019, who signs for it: "ông Đặng
        // Trọng Thắng - Tỉnh ủy viên - Giám đốc Sở Giao thông Vận tải - Trưởng KTĐKTN năm 2019".
        blocs.setConferenceDetails(y2019, new ConferenceDetails(
                LocalDate.of(2019, 12, 11), "", "UBND TỈNH", "", List.of(), "Đặng Trọng Thắng"));
        scoring2019(y2019);
        elections2019(y2019);
        Season y2020 = blocs.startYear(bloc.id(), YEAR + 1);
        blocs.setLeaders(y2020, id(y2020, "CT"), id(y2020, "NNPTNT"));
    }

    /** The scoring table, the illustrative scores (7 excellent, 1 good) and the seed's indicators. */
    private void scoring2019(Season y2019) {
        ScoringTable table = scoring.loadTable(y2019, Sample2019Scoring.table());
        scoring.loadScores(y2019, Sample2019Scoring.scores().stream()
                .map(seed -> seed.toScore(id(y2019, seed.unitCode()), table))
                .toList());
        for (IndicatorSeed seed : Sample2019Indicators.all()) {
            Indicator i = seed.toIndicator(0, id(y2019, seed.unitCode()));
            scoring.saveIndicator(y2019, 0, i.unitId(), i.name(), i.measureUnit(), plain(i.plan()),
                    plain(i.actual()), plain(i.previousYear()), i.note());
        }
    }

    /**
     * The three elections, candidates from the excellent units (those already put forward left
     * out), more than 50 % of valid ballots, 8 ballots issued; entered and closed.
     */
    private void elections2019(Season y2019) {
        Map<String, Long> ids = new HashMap<>();
        blocs.members(y2019).forEach(u -> ids.put(u.code(), u.id()));
        for (String[] e : ELECTIONS) {
            long id = elections.create(y2019, new ElectionService.Draft(e[0], Integer.parseInt(e[1]),
                    ThresholdOperator.GT, BigDecimal.valueOf(50),
                    Base.VALID, UNITS.size(), List.of(),
                    EligibilityRule.excellent(), true));
            elections.importBallots(id, BallotCsv.parse(ballotsCsv(e[2]), ids, 1));
            elections.close(id);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : VnFormat.formatNumber(v);
    }

    private Long id(Season season, String code) {
        return blocs.memberByCode(season, code).map(Unit::id).orElseThrow();
    }
}
