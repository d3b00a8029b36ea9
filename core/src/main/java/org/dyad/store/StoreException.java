package org.dyad.store;

/**
 * A store that cannot be used as asked, with a message for the user: locked by another dyad
 * process, missing, made by a newer Dyad, or failing underneath.
 */
public final class StoreException extends Exception {

  /** Why the store could not be used, for the exit status and for tests. */
  public enum Kind { LOCKED, MISSING, VERSION, FAILED }

  private final Kind kind;

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
