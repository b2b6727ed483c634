package vn.thidua.ui.reports;

import vn.thidua.app.RowVersion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.YearTexts;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleEdit;

/**
 * The conference's day, place and superior body, its counting committee and the bloc's signer, the
 * proposal's legal basis and the year report's next-year section, as the year's documents print them.
 */
public final class ConferenceViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private final Session session;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty superior = new SimpleStringProperty("");
    private final StringProperty countingHead = new SimpleStringProperty("");
    private final StringProperty countingMembers = new SimpleStringProperty("");
    private final StringProperty signer = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final StringProperty plans = new SimpleStringProperty("");
    private final StringProperty tasks = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Whether the message is a refusal (a bad date, a save refused) rather than "saved". */
    private final ReadOnlyBooleanWrapper refusal = new ReadOnlyBooleanWrapper(false);
    private final StaleEdit stale = new StaleEdit();

    private final Session.Reload reload;

    public ConferenceViewModel(Session session) {
        this.session = session;
        // Weakly: the window makes this model again after a change of language; the old one must be free to go.
        this.reload = session.reloadOn(this::load, false);
    }

    /** The conference details' version as loaded or last saved; read and set on the one data thread. */
    private volatile int version;
    /** What the fields held when last loaded or saved: the documents are written from that, not from the screen. */
    private String stored = state();

    private String state() {
        return String.join("\u0000", date.get().strip(), place.get().strip(), superior.get().strip(),
                countingHead.get().strip(), countingMembers.get().strip(), signer.get().strip(), legalBasis.get().strip(),
                plans.get().strip(), tasks.get().strip());
    }

    /** Whether something typed in the fields is not saved yet. */
    public boolean changed() {
        return !state().equals(stored);
    }

    public void load() {
        Season season = session.season();
        message.set("");
        refusal.set(false);
        stale.clear();
        if (season == null) {
            return;
        }
        session.tasks().run(() -> {
            version = session.workspace().blocs().version(RowVersion.Of.CONFERENCE, season).version();
            return session.workspace().blocs().conferenceDetails(season);
        }, d -> {
            date.set(d.date() == null ? "" : VnFormat.formatDate(d.date()));
            place.set(d.place());
            superior.set(d.superiorBody());
            countingHead.set(d.countingHead());
            countingMembers.set(d.countingMembersText());
            signer.set(d.signer());
        });
        session.tasks().run(() -> session.workspace().blocs().yearTexts(season), t -> {
            legalBasis.set(String.join("\n", t.legalBasis()));
            plans.set(String.join("\n", t.plans()));
            tasks.set(String.join("\n", t.tasks()));
            stored = state(); // the details' job ran before this one
        });
    }

    public void save() {
        save(() -> { });
    }

    /**
     * Saves the details and the year's texts, then runs {@code then} on the JavaFX thread; not when the save is
     * refused (a date that cannot be read, details changed elsewhere): the refusal is shown and {@code then}
     * dropped.
     */
    public void save(Runnable then) {
        Season season = session.season();
        if (season == null) {
            return;
        }
        String sent = state();
        LocalDate day = null;
        if (!date.get().isBlank()) {
            try {
                day = LocalDate.parse(date.get().trim(), DAY);
            } catch (DateTimeParseException e) {
                message.set(session.t("reports.conference.badDate", date.get().trim()));
                refusal.set(true);
                stale.clear();
                return;
            }
        }
        ConferenceDetails details = new ConferenceDetails(day, place.get(), superior.get(), countingHead.get(),
                ConferenceDetails.names(countingMembers.get()), signer.get());
        YearTexts texts = new YearTexts(YearTexts.lines(legalBasis.get()), YearTexts.lines(plans.get()),
                YearTexts.lines(tasks.get()));
        session.tasks().attempt(() -> {
            // Saved over the version loaded: details changed in another window since are refused, not overwritten.
            session.workspace().blocs().setConferenceDetails(season, details, version);
            version = session.workspace().blocs().version(RowVersion.Of.CONFERENCE, season).version();
            session.workspace().blocs().setYearTexts(season, texts);
            return details;
        }, saved -> {
            message.set(session.t("reports.conference.saved"));
            refusal.set(false);
            stale.clear();
            stored = sent;
            then.run();
        }, v -> {
            message.set(session.texts().all(v.problems()));
            refusal.set(true);
            stale.refused(v);
        });
    }

    /**
     * After a save refused because the details were changed elsewhere: the details, the year's texts and their
     * version read again (the other window's values shown); the refusal is gone, nothing of the refused edit kept.
     */
    public void reload() {
        load();
    }

    /** The details' refusal as changed elsewhere, while it stands: {@link #reload()} is on offer. */
    public StaleEdit stale() {
        return stale;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty superiorProperty() {
        return superior;
    }

    public StringProperty countingHeadProperty() {
        return countingHead;
    }

    /** The members on one line, separated by commas. */
    public StringProperty countingMembersProperty() {
        return countingMembers;
    }

    public StringProperty signerProperty() {
        return signer;
    }

    /** The proposal's "Căn cứ" lines, one a line; empty: the shipped ones in force on the conference day. */
    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    /** The year report's "phương hướng" prose, a paragraph a line. */
    public StringProperty plansProperty() {
        return plans;
    }

    /** The next year's key tasks, one a line. */
    public StringProperty tasksProperty() {
        return tasks;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while {@link #messageProperty()} says why something was refused; the view shows it as an error. */
    public ReadOnlyBooleanProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
