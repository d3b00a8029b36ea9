package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void nothingIsMadeUntilAskedForAndThenOnceForEveryThread() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch asked = new CountDownLatch(1);
    Lazy<Object> lazy = Lazy.of(() -> {
      made.incrementAndGet();
      return new Object();
    });
    assertFalse(lazy.made());
    assertEquals(0, made.get());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        got.add(pool.submit(() -> {
          asked.await();
          return lazy.get();
        }));
      }
      asked.countDown();
      Object first = got.get(0).get();
      for (Future<Object> f : got) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, made.get());
    assertTrue(lazy.made());
  }

  @Test
  void aFailureReachesTheCallerAndIsNotKept() {
    AtomicInteger tries = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> {
      if (tries.incrementAndGet() == 1) {
        throw new IllegalStateException("models missing");
      }
      return "pipeline";
    });
    assertThrows(IllegalStateException.class, lazy::get);
    assertFalse(lazy.made());
    assertEquals("pipeline", lazy.get());
    assertTrue(lazy.made());
  }
}
