package vn.thidua.ui.common;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import vn.thidua.app.DataLocation;
import vn.thidua.app.Preferences;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;

/**
 * What every screen shares: the open workspace, the chosen bloc and year, the words, the task
 * runner and the dialogs. Built once by the window and passed to each screen's ViewModel.
 */
public final class Session {

    private final Workspace workspace;
    private final Preferences preferences;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Texts> texts;
    private final ReadOnlyObjectWrapper<Bloc> bloc = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Season> season = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper readOnly = new ReadOnlyStringWrapper("");
    private final BooleanBinding writable = readOnly.isEmpty();
    private final ReadOnlyBooleanWrapper addsBlocs = new ReadOnlyBooleanWrapper();

    public Session(Workspace workspace, Preferences preferences, Tasks tasks, DialogService dialogs, Texts texts) {
        this.workspace = workspace;
        this.preferences = preferences;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = new SimpleObjectProperty<>(texts);
        // On a server, not until the server has said so (askWhetherWritable).
        addsBlocs.set(!onServer());
    }

    public Workspace workspace() {
        return workspace;
    }

    /** True when the data is a database on a PostgreSQL server, not a data file on this computer. */
    public boolean onServer() {
        return workspace.location() instanceof DataLocation.Server;
    }

    /** Where the data is, in words: the server, its database and the user; or the file's path. */
    public String where() {
        return where(texts.get(), workspace.location());
    }

    /** {@code location} in words: "máy chủ HOST:PORT, cơ sở dữ liệu DB (người dùng U)", or the file's path. */
    public static String where(Texts texts, DataLocation location) {
        if (!(location instanceof DataLocation.Server server)) {
            return location.display();
        }
        Matcher m = DataLocation.POSTGRESQL_URL.matcher(server.url());
        if (!m.matches()) {
            return server.display();
        }
        String host = m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2));
        return server.user() == null ? texts.t("server.where", host, m.group(3))
                : texts.t("server.where.user", host, m.group(3), server.user());
    }

    /**
     * The file the documents' folder is made beside: the data file, or, for a server's database
     * (which has no folder here), the user's ThiDua data file's place.
     */
    public Path documentsBeside() {
        return workspace.location() instanceof DataLocation.File f ? f.path() : DataLocation.defaultFile();
    }

    /**
     * For the actions that belong to a data file (backups, restore, file password, rehearsal): on a
     * server's database, says so in one notice and returns true; the caller then does nothing.
     */
    public boolean refusedOnServer() {
        if (!onServer()) {
            return false;
        }
        dialogs.showInfo(t("server.fileOnly.title"), t("data.error.fileOnly", workspace.location().display()));
        return true;
    }

    public Preferences preferences() {
        return preferences;
    }

    public Tasks tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Texts texts() {
        return texts.get();
    }

    public ObjectProperty<Texts> textsProperty() {
        return texts;
    }

    public String t(String key, Object... args) {
        return texts.get().t(key, args);
    }

    public ReadOnlyObjectProperty<Bloc> blocProperty() {
        return bloc.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Season> seasonProperty() {
        return season.getReadOnlyProperty();
    }

    public Bloc bloc() {
        return bloc.get();
    }

    public Season season() {
        return season.get();
    }

    /** Changes the bloc and year every screen shows; remembered for the next start. */
    public void select(Bloc newBloc, Season newSeason) {
        bloc.set(newBloc);
        season.set(newSeason);
        if (newBloc != null) {
            preferences.put("lastBloc", newBloc.code());
        }
        if (newSeason != null) {
            preferences.put("lastYear", String.valueOf(newSeason.year()));
        }
        askWhetherWritable(newBloc);
    }

    /**
     * On a server, asks once per choice of bloc (and year) whether the signed-in role may write the bloc, so
     * that the screens say so before anyone types; on a data file everything stays writable. Only a hint:
     * the database refuses the write itself (docs/decisions/0012-roles-per-bloc.md).
     */
    private void askWhetherWritable(Bloc chosen) {
        if (chosen == null || !onServer()) {
            readOnly.set("");
        }
        if (!onServer()) {
            return;
        }
        // With no bloc chosen (none on the server yet) the question is still whether the role may add one.
        String code = chosen == null ? "" : chosen.code();
        tasks.run(() -> workspace.serverRoles().access(code), access -> {
            addsBlocs.set(access.addsBlocs());
            if (chosen != null && bloc.get() != null && bloc.get().code().equals(code)) {
                readOnly.set(access.writes() ? ""
                        : access.office() ? t("roles.readOnlyOffice", access.role())
                        : t("roles.readOnly", access.role(), code));
            }
        }, e -> {
            // Not known: left writable, the database still refuses what it must.
            Logger.getLogger(Session.class.getName()).log(Level.WARNING,
                    "could not ask the server what the role may write", e);
            readOnly.set("");
            addsBlocs.set(true);
        });
    }

    /**
     * Empty while the chosen bloc may be changed; else the reason in words ("Chỉ xem: tài khoản R không được
     * sửa dữ liệu của khối B"), for the status bar and the screens' editing actions.
     */
    public ReadOnlyStringProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** True while the chosen bloc may be changed by the signed-in role (always, on a data file). */
    public BooleanBinding writableProperty() {
        return writable;
    }

    /**
     * True while the signed-in role may add a bloc: always on a data file; on a server, the administrator, or a
     * secretary granted a code no bloc has yet (an office role never). Asked with each choice of bloc.
     */
    public ReadOnlyBooleanProperty addsBlocsProperty() {
        return addsBlocs.getReadOnlyProperty();
    }

    public boolean readOnly() {
        return !readOnly.get().isEmpty();
    }

    /**
     * For a screen's command: when the chosen bloc is read only, puts the reason in the status bar and returns
     * true; the caller then does nothing.
     */
    public boolean refusedReadOnly() {
        if (!readOnly()) {
            return false;
        }
        status.set(readOnly.get());
        return true;
    }

    /** Bumped after every change to the data, so that every screen showing it reloads. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public void dataChanged() {
        changes.set(changes.get() + 1);
    }

    /**
     * Reloads a screen's model whenever the year, the data or (when {@code onDataChanges} is
     * false, only) the language changes. The session listens weakly: the returned handle, kept in
     * the model, lives as long as the model and no longer.
     */
    public Reload reloadOn(Runnable refresh, boolean onDataChanges) {
        Reload r = new Reload(refresh);
        seasonProperty().addListener(new WeakChangeListener<>(r.listener));
        if (onDataChanges) {
            changesProperty().addListener(new WeakChangeListener<>(r.listener));
        }
        textsProperty().addListener(new WeakChangeListener<>(r.listener));
        return r;
    }

    /** A model's subscription to reloads; see {@link #reloadOn}. */
    public final class Reload {

        private final ChangeListener<Object> listener;
        private boolean quiet;

        private Reload(Runnable refresh) {
            this.listener = (o, a, b) -> {
                if (!quiet) {
                    refresh.run();
                }
            };
        }

        /** Tells every other screen the data changed; this one already shows what it saved. */
        public void dataChangedHere() {
            quiet = true;
            try {
                dataChanged();
            } finally {
                quiet = false;
            }
        }
    }

    public StringProperty statusProperty() {
        return status;
    }
}
