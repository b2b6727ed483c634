package vn.thidua.ui.reports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ReportService;
import vn.thidua.app.ReportService.Document;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.ui.common.Session;
import java.util.List;

/**
 * The documents screen: which documents, where, from which templates; writes them on the data
 * thread with progress, lists the files, and opens a file or the folder without ever waiting for
 * the system's application.
 */
public final class ReportsViewModel {

    /** A file written, as the list shows it. */
    public record FileRow(Document kind, Path file, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Session session;
    private final Opener opener;
    private final Map<Document, BooleanProperty> chosen = new EnumMap<>(Document.class);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty templates = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper yearInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasSeason = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper writtenFolder = new ReadOnlyStringWrapper("");
    private final ObservableList<String> blanks = FXCollections.observableArrayList();

    public ReportsViewModel(Session session) {
        this(session, new DesktopOpener());
    }

    private final Session.Reload reload;

    public ReportsViewModel(Session session, Opener opener) {
        this.session = session;
        this.opener = opener;
        for (Document d : Document.values()) {
            chosen.put(d, new SimpleBooleanProperty(true));
        }
        // Weakly: the window makes this model again after a change of language; the old one must be free to go.
        this.reload = session.reloadOn(this::refresh, false);
        refresh();
    }

    /** Follows the chosen bloc and year: the default folder is {@code <data folder>/bao-cao/<bloc>-<year>}. */
    public void refresh() {
        Bloc bloc = session.bloc();
        Season season = session.season();
        hasSeason.set(bloc != null && season != null);
        if (bloc == null || season == null) {
            yearInfo.set(session.t("reports.noYear"));
            return;
        }
        yearInfo.set(session.t("reports.yearInfo", bloc.name(), season.year()));
        folder.set(ReportService.defaultFolder(session.documentsBeside(), bloc.code(), season.year()).toString());
        files.clear();
        writtenFolder.set("");
        progress.set(0);
        refreshBlanks();
    }

    /** What the chosen documents would print as blanks to write by hand, read again (after the details change). */
    public void refreshBlanks() {
        Bloc bloc = session.bloc();
        Season season = session.season();
        if (bloc == null || season == null) {
            blanks.clear();
            return;
        }
        ReportService.Options options = new ReportService.Options(chosenDocuments(), null);
        session.tasks().run(() -> session.workspace().reports().blanks(bloc.code(), season.year(), options),
                this::showBlanks, e -> blanks.clear());
    }

    private void showBlanks(List<ReportService.Note> notes) {
        blanks.setAll(notes.stream().map(n -> session.t(n.key(), n.args().toArray())).toList());
    }

    private Set<Document> chosenDocuments() {
        Set<Document> documents = EnumSet.noneOf(Document.class);
        chosen.forEach((d, p) -> {
            if (p.get()) {
                documents.add(d);
            }
        });
        return documents;
    }

    /** Writes the chosen documents; the window stays free, the bar follows each file. */
    public void generate() {
        Bloc bloc = session.bloc();
        Season season = session.season();
        if (bloc == null || season == null || running.get()) {
            return;
        }
        Set<Document> documents = chosenDocuments();
        if (documents.isEmpty()) {
            status(session.t("reports.error.nothingChosen"));
            return;
        }
        if (folder.get().isBlank()) {
            status(session.t("reports.error.noFolder"));
            return;
        }
        Path out = Path.of(folder.get().strip());
        Path own = templates.get().isBlank() ? null : Path.of(templates.get().strip());
        running.set(true);
        progress.set(-1);
        files.clear();
        status(session.t("reports.running"));
        ReportService.Options options = new ReportService.Options(documents, own);
        session.tasks().run(() -> session.workspace().reports().write(bloc.code(), season.year(), out, options,
                (done, total) -> Platform.runLater(() -> progress.set((double) done / total))),
                this::written, this::failed);
    }

    private void written(ReportService.Pack pack) {
        running.set(false);
        progress.set(1);
        for (ReportService.Written w : pack.files()) {
            String kind = session.t(w.kind().key());
            String label = (w.subject().isEmpty() ? kind : kind + " – " + w.subject()) + ": " + w.file().getFileName();
            files.add(new FileRow(w.kind(), w.file(), label));
        }
        writtenFolder.set(pack.folder().toString());
        StringBuilder text = new StringBuilder(session.t("reports.done", pack.files().size(), pack.folder().toString()));
        pack.notes().forEach(n -> text.append(' ').append(session.t(n.key(), n.args().toArray())));
        status(text.toString());
        showBlanks(pack.blanks());
        if (!files.isEmpty()) {
            selected.set(files.get(0));
        }
    }

    private void failed(Throwable e) {
        running.set(false);
        progress.set(0);
        status(session.t("reports.failed", describe(e)));
        session.dialogs().showError(e);
    }

    private String describe(Throwable error) {
        return session.dialogs().describe(error);
    }

    public void chooseFolder(Path chosenFolder) {
        if (chosenFolder != null) {
            folder.set(chosenFolder.toString());
        }
    }

    public void chooseTemplates(Path chosenFolder) {
        if (chosenFolder != null) {
            templates.set(chosenFolder.toString());
        }
    }

    public void clearTemplates() {
        templates.set("");
    }

    /** Opens the folder of the last run (or the chosen one) in the file manager. */
    public void openFolder() {
        String target = writtenFolder.get().isEmpty() ? folder.get() : writtenFolder.get();
        if (!target.isBlank()) {
            open(Path.of(target));
        }
    }

    /** Opens the selected file in Word, Excel or LibreOffice. */
    public void openFile() {
        FileRow row = selected.get();
        if (row != null) {
            open(row.file());
        }
    }

    private void open(Path path) {
        String name = String.valueOf(path.getFileName());
        status(session.t("reports.opening", name));
        opener.open(path).exceptionally(e -> false).thenAccept(ok -> Platform.runLater(() ->
                status(session.t(ok ? "reports.opened" : "reports.cannotOpen", name, path.toString()))));
    }

    private void status(String text) {
        status.set(text);
        session.statusProperty().set(text);
    }

    public BooleanProperty chosenProperty(Document d) {
        return chosen.get(d);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty templatesProperty() {
        return templates;
    }

    public ReadOnlyStringProperty yearInfoProperty() {
        return yearInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0–1; negative while the run has started but no file is done yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<FileRow> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** One line per field the documents print as a dotted blank ("Còn để trống"). */
    public ObservableList<String> blanks() {
        return FXCollections.unmodifiableObservableList(blanks);
    }

    public ObjectProperty<FileRow> selectedProperty() {
        return selected;
    }

    /** True when a run may start: a year is chosen and none is running. */
    public BooleanBinding canGenerate() {
        return Bindings.createBooleanBinding(() -> hasSeason.get() && !running.get(), hasSeason, running);
    }
}
