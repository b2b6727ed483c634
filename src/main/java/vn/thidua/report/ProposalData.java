package vn.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The award proposal (tờ trình đề nghị khen thưởng) from the bloc head to the provincial council.
 *
 * @param addressee      e.g. "Hội đồng Thi đua – Khen thưởng tỉnh"
 * @param conferenceDate the day of the conference that voted
 * @param recipients     the "Nơi nhận:" list, e.g. "Như trên", "Lưu: VT"
 */
public record ProposalData(DocumentHeader header, String addressee, String blocName, int year,
                           LocalDate conferenceDate, List<ProposedTitle> titles, Signature signer,
                           List<String> recipients) {

    public ProposalData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(blocName, "blocName");
        Objects.requireNonNull(conferenceDate, "conferenceDate");
        titles = List.copyOf(titles);
        Objects.requireNonNull(signer, "signer");
        recipients = List.copyOf(recipients);
    }

    /** One title, e.g. "Cờ thi đua của Chính phủ", and the units put forward for it. */
    public record ProposedTitle(String title, List<ProposedUnit> units) {
        public ProposedTitle {
            Objects.requireNonNull(title, "title");
            units = List.copyOf(units);
        }
    }

    /** @param validBallots the ballots the percentage was taken of */
    public record ProposedUnit(String unitName, int votes, BigDecimal percent, int validBallots) {
        public ProposedUnit {
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(percent, "percent");
        }
    }
}
