package org.dyad;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and kept: for what takes seconds to build and may not be needed
 * at all, such as the {@link Pipeline} (CoreNLP's models, about 2 GB, and the knowledge base),
 * which a run that codes nothing (a re-ingest of stored articles) never uses. Thread-safe: the
 * value is made at most once, however many threads ask for it at once; they wait for it.
 *
 * <p>Design decision: {@link #made} is part of the contract, not a test hook: a run tells the
 * user whether it loaded the models, and it can only tell by asking the value's holder. A
 * failure to make the value is thrown to the caller and not kept, so the next caller tries
 * again.
 */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<? extends T> make;
  private volatile T value;

  private Lazy(Supplier<? extends T> make) {
    this.make = Objects.requireNonNull(make, "make");
  }

  /** The value {@code make} gives, made on the first {@link #get}; {@code make} never gives null. */
  public static <T> Lazy<T> of(Supplier<? extends T> make) {
    return new Lazy<>(make);
  }

  /** The value, made now if it has not been. */
  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(make.get(), "the lazy value was made null");
          value = v;
        }
      }
    }
    return v;
  }

  /** Whether the value has been made: false until a {@link #get} has returned. */
  public boolean made() {
    return value != null;
  }
}
