package vn.thidua.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A document pack written beside its folder and moved in whole, so that whoever opens the folder
 * finds the old pack or the new one, never a mix, whatever stops the program meanwhile.
 *
 * <p>Three hidden siblings of the target {@code ktn-2019}, each a state of the swap:
 * <ul>
 *   <li>{@code .ktn-2019.dang-ghi}: the pack being written; incomplete, so a leftover is deleted;</li>
 *   <li>{@code .ktn-2019.moi}: the complete new pack, waiting to replace the folder;</li>
 *   <li>{@code .ktn-2019.cu}: the old folder, moved aside while the new one takes its place.</li>
 * </ul>
 * Every step is one rename, and {@link #recover} finishes or undoes whatever a killed run left, from
 * these names alone. Files of the old folder that the new pack does not write (other documents, the
 * secretary's own files) are carried over into the new folder before it takes the old one's place.
 */
final class PackFolder {

    private final Path target;
    private final Path writing;
    private final Path ready;
    private final Path old;

    PackFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        String name = this.target.getFileName().toString();
        this.writing = parent.resolve("." + name + ".dang-ghi");
        this.ready = parent.resolve("." + name + ".moi");
        this.old = parent.resolve("." + name + ".cu");
    }

    Path target() {
        return target;
    }

    /** The siblings a run may leave; none is there after a completed run. */
    List<Path> siblings() {
        return List.of(writing, ready, old);
    }

    /** Finishes a swap a killed run left halfway, and deletes an incomplete pack; then an empty folder to write into. */
    Path begin() throws IOException {
        recover();
        Files.createDirectories(target.getParent());
        Files.createDirectories(writing);
        return writing;
    }

    /** Puts the complete pack in place of the target folder. */
    void commit() throws IOException {
        move(writing, ready);
        try {
            finish(true);
        } catch (IOException e) {
            // The folder could not be moved aside (a document open in Word on Windows): nothing was
            // replaced; the new pack is dropped so that a later run does not put a stale one in place.
            if (Files.isDirectory(target) && Files.isDirectory(ready)) {
                Folders.deleteTree(ready);
            }
            throw e;
        }
    }

    /** Drops a pack whose writing failed; the target folder is untouched. */
    void abandon() {
        try {
            Folders.deleteTree(writing);
        } catch (IOException ignored) {
            // A leftover is cleared by the next run's recover().
        }
    }

    /**
     * Leaves exactly one folder: the new pack when it was complete ({@code .moi}), else the old one.
     * Deletes an incomplete pack.
     */
    void recover() throws IOException {
        Folders.deleteTree(writing);
        if (Files.isDirectory(ready)) {
            finish(false);
        }
        if (Files.isDirectory(old)) {
            if (Files.exists(target)) {
                Folders.deleteTree(old);
            } else {
                move(old, target);
            }
        }
    }

    private void finish(boolean fresh) throws IOException {
        if (Files.exists(target)) {
            if (!fresh && Files.isDirectory(old)) {
                // The folder and an old copy both there: the old copy is a stale leftover.
                Folders.deleteTree(old);
            }
            move(target, old);
        }
        if (Files.isDirectory(old)) {
            try (Stream<Path> entries = Files.list(old)) {
                for (Path p : entries.toList()) {
                    Path into = ready.resolve(p.getFileName().toString());
                    if (!Files.exists(into)) {
                        move(p, into);
                    }
                }
            }
        }
        move(ready, target);
        Folders.deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
