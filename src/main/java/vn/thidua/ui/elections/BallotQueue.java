package vn.thidua.ui.elections;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The papers typed on the count page and not yet on disk, written one at a time, in order, by the
 * single data thread. Each paper gets its number when it is typed, so that writing it again after a
 * lost answer is recognised by the store as the same paper, never entered twice.
 *
 * <p>Pure state, no toolkit: the page asks it what to write next and tells it how the write went.
 * A failed write pauses the queue with the paper still at its head; {@link #resume()} lets it go on.
 */
public final class BallotQueue {

    /** A typed paper: its number and the keys typed for it. */
    public record Paper(int number, String keys) {
    }

    private final Deque<Paper> waiting = new ArrayDeque<>();
    private int storedCount;
    private int storedNext = 1;
    private boolean writing;
    private boolean paused;

    /**
     * What the page read from disk: how many papers are stored and the number the next one gets.
     * Papers written after that read and still waiting here are counted on top of it.
     */
    public void loaded(int papersStored, int nextNumber) {
        storedCount = papersStored;
        storedNext = nextNumber;
    }

    /** Forgets everything (another election is shown). */
    public void clear() {
        waiting.clear();
        writing = false;
        paused = false;
        storedCount = 0;
        storedNext = 1;
    }

    /** The number the next typed paper gets: after the stored papers and after the waiting ones. */
    public int nextNumber() {
        return waiting.isEmpty() ? storedNext : Math.max(storedNext, waiting.peekLast().number() + 1);
    }

    /** Papers stored and waiting together: what the issued papers are counted against. */
    public int total() {
        return storedCount + waiting.size();
    }

    /** Queues a typed paper under the next number; returns it. */
    public Paper add(String keys) {
        Paper p = new Paper(nextNumber(), keys);
        waiting.addLast(p);
        return p;
    }

    /**
     * The paper to write now, marked as being written; empty while one is being written, while
     * paused, or when nothing waits.
     */
    public Optional<Paper> startNext() {
        if (writing || paused || waiting.isEmpty()) {
            return Optional.empty();
        }
        writing = true;
        return Optional.of(waiting.peekFirst());
    }

    /** The paper being written is on disk: it leaves the queue, whatever happens to the page after. */
    public void written(Paper p) {
        if (!writing || !p.equals(waiting.peekFirst())) {
            throw new IllegalStateException("Not the paper being written: " + p);
        }
        waiting.pollFirst();
        writing = false;
        storedCount++;
        storedNext = Math.max(storedNext, p.number() + 1);
    }

    /** The write failed: the paper stays at the head and the queue waits for {@link #resume()}. */
    public void failed() {
        writing = false;
        paused = true;
    }

    /** @return true when the queue was paused and may now go on */
    public boolean resume() {
        boolean was = paused;
        paused = false;
        return was;
    }

    public boolean isPaused() {
        return paused;
    }

    /** True while a paper is being written or waits to be. */
    public boolean isBusy() {
        return writing || !waiting.isEmpty();
    }

    /** Papers waiting, the one being written included. */
    public int size() {
        return waiting.size();
    }

    /** The number of the first paper not yet on disk (the one to write next). */
    public Optional<Integer> headNumber() {
        return Optional.ofNullable(waiting.peekFirst()).map(Paper::number);
    }
}
