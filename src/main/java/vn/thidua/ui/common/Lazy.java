package vn.thidua.ui.common;

import java.util.function.Supplier;

/**
 * A value made on first use and kept: screens and their models are built when the secretary first
 * opens them, not all at start-up (docs/decisions/0004). For the FX thread only; not thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
