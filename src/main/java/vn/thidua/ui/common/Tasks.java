package vn.thidua.ui.common;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import vn.thidua.app.ValidationException;
import vn.thidua.app.AppException;

/**
 * Runs work off the FX thread, one job at a time, on the single thread that owns the data
 * connection; results and errors come back on the FX thread. Every error reaches the user
 * through the dialog service and the log.
 */
public final class Tasks {

    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());
    private final ExecutorService worker;
    /** Where results and errors are handed back: the FX thread, or the calling thread for tests. */
    private final Executor toUi;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;
    /** Jobs that ended in a refusal or a failure, counted where their answer is handed back. */
    private int failures;

    public Tasks(DialogService dialogs) {
        this(dialogs, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "thidua-data");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    private Tasks(DialogService dialogs, ExecutorService worker, Executor toUi) {
        this.dialogs = dialogs;
        this.worker = worker;
        this.toUi = toUi;
    }

    /**
     * Every job and its answer run on the calling thread, before {@code run} returns: a view model
     * tested on its own, without the toolkit, sees each command's result at once (JabRef's
     * CurrentThreadTaskExecutor). Never in the program: there the FX thread would wait on the disk.
     */
    public static Tasks onCallingThread(DialogService dialogs) {
        return new Tasks(dialogs, new CallingThread(), Runnable::run);
    }

    /** True while any job is queued or running (the status bar shows it; tests wait on it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isIdle() {
        return !busy.get();
    }

    /**
     * How many jobs so far ended refused or failed (read on the FX thread): the window, closing, compares it
     * before and after the saves the close set off.
     */
    public int failures() {
        return failures;
    }

    /** Runs {@code then} on the FX thread once no job is queued or running: at once if none is. */
    public void whenIdle(Runnable then) {
        if (isIdle()) {
            then.run();
            return;
        }
        busy.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) {
                    busy.removeListener(this);
                    then.run();
                }
            }
        });
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, e -> dialogs.showError(e));
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        changeRunning(+1);
        worker.execute(() -> {
            try {
                T result = work.call();
                toUi.execute(() -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        changeRunning(-1);
                    }
                });
            } catch (Throwable e) {
                if (e instanceof AppException) {
                    // Refusals and known failures the user is told about in Vietnamese: one line, no trace.
                    LOG.info("Background job refused: " + e);
                } else {
                    LOG.log(Level.WARNING, "Background job failed", e);
                }
                toUi.execute(() -> {
                    failures++;
                    try {
                        onError.accept(e);
                    } finally {
                        changeRunning(-1);
                    }
                });
            }
        });
    }

    /**
     * Work the app may refuse (a form saved): a refusal's problems go to {@code onRefused}, which
     * shows them where they belong; any other failure goes to the dialog service.
     */
    public <T> void attempt(Callable<T> work, Consumer<T> onSuccess, Consumer<ValidationException> onRefused) {
        attempt(work, onSuccess, onRefused, () -> { });
    }

    /** The same, running {@code beforeDialog} first when the failure is not a refusal (e.g. to clear a row's mark). */
    public <T> void attempt(Callable<T> work, Consumer<T> onSuccess, Consumer<ValidationException> onRefused,
                            Runnable beforeDialog) {
        run(work, onSuccess, e -> {
            if (e instanceof ValidationException v) {
                onRefused.accept(v);
            } else {
                beforeDialog.run();
                dialogs.showError(e);
            }
        });
    }

    public void run(Runnable work, Runnable onSuccess) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> onSuccess.run());
    }

    private void changeRunning(int delta) {
        if (worker instanceof CallingThread || Platform.isFxApplicationThread()) {
            running += delta;
            busy.set(running > 0);
        } else {
            Platform.runLater(() -> changeRunning(delta));
        }
    }

    /** Runs each job where it is submitted. */
    private static final class CallingThread extends AbstractExecutorService {

        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
