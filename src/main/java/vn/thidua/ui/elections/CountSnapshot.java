package vn.thidua.ui.elections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Texts;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.Reason;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.ui.projector.ProjectorCount;

/** Puts one election's count into the words the room and the operator read. */
final class CountSnapshot {

    private CountSnapshot() {
    }

    /**
     * @param finalOutcome the first round's result with its closed runoffs, when there is one to tell; else null
     * @param root         the first round (names the units of the final result)
     */
    static ProjectorCount of(Texts t, StoredElection e, TallyResult r, FinalOutcome finalOutcome, StoredElection root) {
        List<ProjectorCount.Row> rows = new ArrayList<>();
        List<CandidateResult> ordered = new ArrayList<>(r.rows());
        if (!e.closed()) {
            // While counting the bars keep their places; the result puts the elected first.
            ordered.sort(Comparator.comparingInt(CandidateResult::number));
        }
        for (CandidateResult c : ordered) {
            double fraction = r.base() <= 0 ? 0 : (double) c.votes() / r.base();
            rows.add(new ProjectorCount.Row(c.number(), BallotKeys.mark(c.number() - 1, e.settings().candidates()), c.candidate().name(),
                    c.votes(), VnFormat.formatPercent(c.percent(), 1), fraction, e.closed() ? c.outcome() : null,
                    e.closed() ? t.t(c.outcome().key()) : "", e.closed() ? words(t, c.reason()) : ""));
        }
        var s = e.settings();
        String subtitle = s.round() > 1 ? t.t("elections.round.runoff", s.round()) : "";
        String threshold = s.operator().symbol() + " " + (s.level() instanceof ThresholdLevel.Percent p
                ? VnFormat.formatNumber(p.value()) + "%" : s.level().written());
        boolean tie = e.closed() && r.hasTie();
        String banner = "";
        if (tie && finalOutcome == null) {
            banner = t.t("projector.tieBanner", s.round() + 1);
        } else if (finalOutcome != null) {
            banner = finalWords(t, root, finalOutcome);
        } else if (e.closed()) {
            banner = r.elected().isEmpty() ? t.t("projector.noneElected")
                    : t.t("projector.electedBanner", String.join(", ", r.elected().stream().map(id -> nameOf(e, id)).toList()));
        }
        // The result line names units a runoff's rows do not hold: each name is kept whole there too.
        for (StoredElection named : root == null ? List.of(e) : List.of(root, e)) {
            for (Candidate c : named.settings().candidates()) {
                banner = banner.replace(c.name(), c.name().replace(' ', '\u00A0'));
            }
        }
        return new ProjectorCount(e.id(), s.title(), subtitle, words(t, r.rule()),
                t.t("projector.counter", r.returned(), r.issued()), r.returned(), r.issued(),
                s.level().share(), threshold,
                t.t("projector.counts", r.valid(), r.invalid()), e.closed(), tie, banner, rows);
    }

    static String words(Texts t, Reason reason) {
        return t.t(reason.key(), reason.args().toArray());
    }

    /** "Kết quả cuối cùng (sau bầu lại): Sở A được suy tôn", or that the tie remains. */
    static String finalWords(Texts t, StoredElection e, FinalOutcome f) {
        List<String> names = f.elected().stream().map(id -> nameOf(e, id)).toList();
        if (!f.isSettled()) {
            return t.t("elections.final.stillTied", String.join(", ", f.tied().stream().map(id -> nameOf(e, id)).toList()));
        }
        return names.isEmpty() ? t.t("elections.final.none") : t.t("elections.final.elected", String.join(", ", names));
    }

    private static String nameOf(StoredElection e, long unitId) {
        return e.settings().candidate(unitId).map(Candidate::name).orElse(String.valueOf(unitId));
    }
}
