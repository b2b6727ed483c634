package vn.thidua.app.documents;

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
 * @param legalBasis     the "Căn cứ …" lines before the conference's results, each without "Căn cứ" and
 *                       the closing ';', e.g. "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
 */
public record ProposalData(DocumentHeader header, String addressee, String blocName, int year,
                           LocalDate conferenceDate, List<ProposedTitle> titles, Signature signer,
                           List<String> recipients, List<String> legalBasis) {

    /** A proposal that rests on the conference's results alone. */
    public ProposalData(DocumentHeader header, String addressee, String blocName, int year,
                        LocalDate conferenceDate, List<ProposedTitle> titles, Signature signer,
                        List<String> recipients) {
        this(header, addressee, blocName, year, conferenceDate, titles, signer, recipients, List.of());
    }

    public ProposalData {
        legalBasis = legalBasis == null ? List.of() : legalBasis.stream().filter(l -> !l.isBlank()).toList();
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
