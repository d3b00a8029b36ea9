package org.dyad;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a stage: a value (absent when the input was skipped) and what was noticed on
 * the way. Diagnostics never replace the value of good input; they travel with it.
 */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {

  public Result {
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Result<T> of(T value, List<Diagnostic> diagnostics) {
    return new Result<>(Optional.of(value), diagnostics);
  }

  public static <T> Result<T> of(T value) {
    return of(value, List.of());
  }

  public static <T> Result<T> skipped(Diagnostic why) {
    return new Result<>(Optional.empty(), List.of(why));
  }

  public boolean isSkipped() {
    return value.isEmpty();
  }
}
