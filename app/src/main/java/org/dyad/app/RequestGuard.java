package org.dyad.app;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.dyad.app.WebParams.BadRequest;

/**
 * The checks every request to the local server passes before an endpoint sees it, so that a
 * web page the user visits cannot drive the server: the {@code Host} header must name an
 * address the server serves (421 otherwise: DNS rebinding), an {@code Origin} header, when
 * sent, must be the server's own (403: a cross-site request), and a POST must say it sends
 * JSON (415: a cross-site "simple" request sends {@code text/plain} or a form). Coding requests
 * are bounded, since each holds a CPU for seconds: one over the bound gets 503 with
 * {@code Retry-After}.
 *
 * <p>Thread-safe. The addresses are known once the server listens ({@link #serving}); until
 * then every request is refused.
 *
 * <p>Design decision: the server has no authentication, so these checks are what keeps it
 * private to the machine's own users when it listens on a loopback address. On a network
 * address it answers anyone who can reach it, and {@code dyad serve} says so.
 */
final class RequestGuard {

  /** The seconds a client is asked to wait when every coding slot is taken. */
  static final int RETRY_AFTER_S = 5;

  private final Semaphore coding;
  private final int maxCoding;
  private volatile Set<String> hosts = Set.of();

  /** @param maxCoding the most coding requests served at once; more wait with 503 */
  RequestGuard(int maxCoding) {
    if (maxCoding < 0) {
      throw new IllegalArgumentException("maxCoding must be 0 or more, not " + maxCoding);
    }
    this.coding = new Semaphore(maxCoding);
    this.maxCoding = maxCoding;
  }

  /** Too many coding requests at once: 503, try again after {@link #RETRY_AFTER_S} seconds. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message, null, false, false);
    }
  }

  /** A slot for one coding request, given back when closed. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * The {@code Host} values (lower case) the server answers to while listening on
   * {@code host:port}: localhost, 127.0.0.1 and [::1] at the port, the address it was given,
   * every address of this machine when it listens on all of them (0.0.0.0 or ::), and the
   * {@code extra} names (a DNS name or address, without the port).
   */
  void serving(String host, int port, List<String> extra) {
    Set<String> names = new LinkedHashSet<>();
    names.add("localhost");
    names.add("127.0.0.1");
    names.add("[::1]");
    names.add(bracketed(host));
    if (isWildcard(host)) {
      names.addAll(localAddresses());
    }
    for (String e : extra) {
      names.add(bracketed(e.strip()));
    }
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String name = n.toLowerCase(Locale.ROOT);
      out.add(name + ":" + port);
      if (port == 80) {
        out.add(name);
      }
    }

    hosts = Collections.unmodifiableSet(out);
  }

  /** The {@code Host} values accepted, for messages and tests. */
  Set<String> hosts() {
    return hosts;
  }

  /** Refuses the request, as said above, with a {@link BadRequest} the server answers. */
  void check(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || !hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
      throw new BadRequest(421, null, "Host: this server answers requests for "
          + String.join(", ", hosts) + ", not '" + WebParams.cut(String.valueOf(host)) + "'");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !isOwn(origin)) {
      throw new BadRequest(403, null, "Origin: requests from other sites are refused, and "
          + WebParams.cut(origin) + " is not this server");
    }
    if (ctx.method() == HandlerType.POST && !isJson(ctx.header("Content-Type"))) {
      throw new BadRequest(415, null, "Content-Type: send the body as application/json, not '"
          + WebParams.cut(String.valueOf(ctx.header("Content-Type"))) + "'");
    }
  }

  /** A coding slot, or {@link Busy} when all {@link #maxCoding} are taken. */
  Slot codingSlot() {
    if (!coding.tryAcquire()) {
      throw new Busy("busy: " + maxCoding + " texts are being coded already; try again in "
          + RETRY_AFTER_S + " seconds");
    }
    return coding::release;
  }

  private boolean isOwn(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.startsWith("http://") && hosts.contains(o.substring("http://".length()));
  }

  /** {@code application/json}, with parameters ({@code ; charset=utf-8}) or without. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semi = contentType.indexOf(';');
    String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip();
    return type.equalsIgnoreCase("application/json");
  }

  /** Whether the address is one only this machine reaches (a loopback address). */
  static boolean isLoopback(String host) {
    try {
      return !isWildcard(host) && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isWildcard(String host) {
    try {
      return InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static Set<String> localAddresses() {
    Set<String> out = new LinkedHashSet<>();
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          String text = a.getHostAddress();
          int zone = text.indexOf('%');
          out.add(bracketed(zone < 0 ? text : text.substring(0, zone)));
        }
      }
    } catch (SocketException e) {
      // Only the loopback names and the given ones are accepted then.
    }
    return out;
  }
}
