package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestGuardTest {

  @Test
  void jsonIsJsonWithOrWithoutACharset() {
    assertTrue(RequestGuard.isJson("application/json"));
    assertTrue(RequestGuard.isJson("Application/JSON; charset=utf-8"));
    assertFalse(RequestGuard.isJson("text/plain"));
    assertFalse(RequestGuard.isJson("application/json-patch+json"));
    assertFalse(RequestGuard.isJson("multipart/form-data; boundary=x"));
    assertFalse(RequestGuard.isJson(null));
  }

  @Test
  void theServerAnswersItsLoopbackNamesItsAddressAndTheNamesGiven() {
    RequestGuard g = new RequestGuard(1);
    assertTrue(g.hosts().isEmpty(), "nothing is served before the server listens");
    g.serving("127.0.0.1", 7070, List.of("Dyad.example", "::2"));
    assertEquals(List.of("localhost:7070", "127.0.0.1:7070", "[::1]:7070",
        "dyad.example:7070", "[::2]:7070"), List.copyOf(g.hosts()));
    g.serving("::1", 80, List.of());
    assertTrue(g.hosts().contains("[::1]") && g.hosts().contains("[::1]:80"), g.hosts()
        .toString());
  }

  @Test
  void onlyLoopbackAddressesAreQuiet() {
    assertTrue(RequestGuard.isLoopback("127.0.0.1"));
    assertTrue(RequestGuard.isLoopback("::1"));
    assertTrue(RequestGuard.isLoopback("localhost"));
    assertFalse(RequestGuard.isLoopback("0.0.0.0"));
    assertFalse(RequestGuard.isLoopback("::"));
    assertFalse(RequestGuard.isLoopback("192.0.2.1"));
    String warning = ServeCommand.exposed("0.0.0.0", 7070, false);
    assertTrue(warning.contains("reachable from the network")
        && warning.contains("no authentication") && warning.contains("--writable"), warning);
  }

  @Test
  void theCodingBoundIsKeptAndSlotsComeBack() {
    RequestGuard g = new RequestGuard(1);
    RequestGuard.Slot slot = g.codingSlot();
    assertThrows(RequestGuard.Busy.class, g::codingSlot);
    slot.close();
    g.codingSlot().close();
    assertThrows(RequestGuard.Busy.class, new RequestGuard(0)::codingSlot);
  }
}
