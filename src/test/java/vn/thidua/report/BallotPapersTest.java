package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Issue 15 item 10: two papers to an A4 sheet where a paper fits on half of it, else one. */
class BallotPapersTest {

    @Test
    void tenCandidatesPrintTwoPapersToASheetWithACutLineBetween() {
        XWPFDocument doc = Docs.write(out -> BallotPapers.write(Samples2019.ballotPapers(10, 7), out));
        CTSectPr sect = doc.getDocument().getBody().getSectPr();

        assertThat(sect.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat((BigInteger) sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(sect.getCols().getNum()).isEqualTo(BigInteger.TWO);
        // The line between the columns is the cut line.
        assertThat(String.valueOf(sect.getCols().getSep())).isIn("true", "1", "on");
        assertThat(papers(doc)).isEqualTo(7);
        // Each paper after the first starts at the next half: 7 papers, 6 column breaks, on 4 sheets.
        assertThat(breaks(doc, STBrType.COLUMN)).isEqualTo(6);
        assertThat(breaks(doc, STBrType.PAGE)).isZero();
        assertThat(Docs.tables(doc)).hasSize(7).allSatisfy(t -> assertThat(t.getRows()).hasSize(11));
    }

    @Test
    void elevenCandidatesPrintOnePaperToAPortraitSheet() {
        XWPFDocument doc = Docs.write(out -> BallotPapers.write(Samples2019.ballotPapers(11, 3), out));
        CTSectPr sect = doc.getDocument().getBody().getSectPr();

        assertThat(sect.getPgSz().getOrient()).isNotEqualTo(STPageOrientation.LANDSCAPE);
        assertThat((BigInteger) sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(sect.isSetCols()).isFalse();
        assertThat(papers(doc)).isEqualTo(3);
        assertThat(breaks(doc, STBrType.PAGE)).isEqualTo(2);
        assertThat(breaks(doc, STBrType.COLUMN)).isZero();
    }

    @Test
    void theSheetHoldsTwoPapersUpToTheLimitAndOneBeyondIt() {
        assertThat(BallotPapers.perPage(Samples2019.ballotPapers(2, 1))).isEqualTo(2);
        assertThat(BallotPapers.perPage(Samples2019.ballotPapers(BallotPapers.TWO_PER_PAGE_MAX, 1))).isEqualTo(2);
        assertThat(BallotPapers.perPage(Samples2019.ballotPapers(BallotPapers.TWO_PER_PAGE_MAX + 1, 1))).isEqualTo(1);
    }

    private static long papers(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals("PHIẾU BẦU SUY TÔN")).count();
    }

    private static int breaks(XWPFDocument doc, STBrType.Enum type) {
        int n = 0;
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                List<CTBr> brs = r.getCTR().getBrList();
                n += (int) brs.stream().filter(b -> type.equals(b.getType())).count();
            }
        }
        return n;
    }
}
