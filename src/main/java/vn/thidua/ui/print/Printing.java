package vn.thidua.ui.print;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import vn.thidua.app.Texts;

/**
 * Sends sheets to a printer on A4 landscape. Every outcome comes back as words for the user:
 * no printer, refused, or sent; never an exception.
 */
public final class Printing {

    private static final Logger LOG = Logger.getLogger(Printing.class.getName());

    /** What became of a print: {@code ok} and the words to show either way. */
    public record Outcome(boolean ok, String message) {
    }

    private final Texts texts;
    private final Supplier<Printer> defaultPrinter;
    private final Supplier<List<Printer>> allPrinters;

    public Printing(Texts texts) {
        this(texts, Printing::systemDefault, Printing::systemPrinters);
    }

    /** With the printers given (a test of a machine with none). */
    public Printing(Texts texts, Supplier<Printer> defaultPrinter, Supplier<List<Printer>> allPrinters) {
        this.texts = texts;
        this.defaultPrinter = defaultPrinter;
        this.allPrinters = allPrinters;
    }

    public Optional<Printer> defaultPrinter() {
        return Optional.ofNullable(defaultPrinter.get());
    }

    public List<Printer> printers() {
        return allPrinters.get();
    }

    /** The printable area of A4 landscape on {@code printer}; the usual one without a printer. */
    public static PageFormat format(Printer printer) {
        if (printer == null) {
            return PageFormat.A4_LANDSCAPE;
        }
        try {
            PageLayout layout = layout(printer);
            return new PageFormat(layout.getPrintableWidth(), layout.getPrintableHeight());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No page layout from printer " + printer.getName(), e);
            return PageFormat.A4_LANDSCAPE;
        }
    }

    private static PageLayout layout(Printer printer) {
        return printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
    }

    /** Prints on the default printer. */
    public Outcome print(Function<PageFormat, List<Node>> sheets, String jobName) {
        return print(defaultPrinter.get(), sheets, jobName);
    }

    public Outcome print(Printer printer, Function<PageFormat, List<Node>> sheets, String jobName) {
        if (printer == null) {
            return new Outcome(false, texts.t("print.noPrinter"));
        }
        try {
            PrinterJob job = PrinterJob.createPrinterJob(printer);
            if (job == null) {
                return new Outcome(false, texts.t("print.noPrinter"));
            }
            PageLayout layout = layout(printer);
            job.getJobSettings().setPageLayout(layout);
            job.getJobSettings().setJobName(jobName);
            List<Node> pages = sheets.apply(new PageFormat(layout.getPrintableWidth(), layout.getPrintableHeight()));
            for (Node page : pages) {
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    return failed(printer, job.getJobStatus());
                }
            }
            if (!job.endJob()) {
                return failed(printer, job.getJobStatus());
            }
            return new Outcome(true, texts.t("print.sent", pages.size(), printer.getName()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Printing failed on " + printer.getName(), e);
            return failed(printer, e);
        }
    }

    private Outcome failed(Printer printer, Object why) {
        LOG.warning("Printing on " + printer.getName() + " failed: " + why);
        return new Outcome(false, texts.t("print.failed", printer.getName()));
    }

    private static Printer systemDefault() {
        try {
            return Printer.getDefaultPrinter();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Asking for the default printer failed", e);
            return null;
        }
    }

    private static List<Printer> systemPrinters() {
        try {
            return Printer.getAllPrinters().stream().sorted(Comparator.comparing(Printer::getName)).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Listing printers failed", e);
            return List.of();
        }
    }
}
