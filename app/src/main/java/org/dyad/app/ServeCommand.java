package org.dyad.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.actors.KnowledgeBase;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the HTTP API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the JSON API (/api/v1) and the dashboard over the store.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped", "2:bad command line or no store",
        "3:the store is locked by an ingest, or the port is taken"})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
          + " another address makes the server reachable from the network, which has no"
          + " authentication: a warning says so).")
  String host;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "Another name or address clients use to reach the server (checked against"
          + " each request's Host header; localhost, 127.0.0.1, [::1] and --host are always"
          + " accepted). Repeatable.")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--max-coding", defaultValue = "" + WebServer.MAX_CODING, paramLabel = "N",
      description = "The most texts POST /api/v1/code codes at once; more are answered 503"
          + " (default: ${DEFAULT-VALUE}).")
  int maxCoding;

  @Option(names = "--writable",
      description = "Open the store read-write for the server's lifetime, so that POST"
          + " /api/v1/code?store=true can store coded text; no ingest can run meanwhile.")
  boolean writable;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (port < 0 || port > 65535) {
      err.println("dyad serve: --port must be 0 to 65535, not " + port);
      return Main.EXIT_USAGE;
    }
    if (maxCoding < 1) {
      err.println("dyad serve: --max-coding must be 1 or more, not " + maxCoding);
      return Main.EXIT_USAGE;
    }
    StoreReader db;
    try {
      db = writable ? StoreReader.holding(Store.openForWriting(store.path()))
          : StoreReader.perRead(StoreOptions.readPath(store.db, Path.of(""), err));
    } catch (StoreException e) {
      err.println("dyad serve: " + e.getMessage());
      return StoreOptions.exitFor(e);
    }
    return serve(db, Lazy.of(Pipeline::standard), host, port, allowHosts, maxCoding, out, err);
  }

  /**
   * Serves the store read-only, opening it for each request, until the process is
   * interrupted, answering the loopback names and {@code host} only; tells the user the
   * address.
   */
  static int serve(Path db, Supplier<Pipeline> pipeline, String host, int port,
      PrintStream out, PrintStream err) throws InterruptedException {
    StoreReader reader;
    try {
      reader = StoreReader.perRead(db);
    } catch (StoreException e) {
      err.println("dyad serve: " + e.getMessage());
      return StoreOptions.exitFor(e);
    }
    return serve(reader, pipeline, host, port, List.of(), WebServer.MAX_CODING, out, err);
  }

  /**
   * Serves as above (closing the store at the end), answering requests addressed to
   * {@code allowHosts} too and coding at most {@code maxCoding} texts at once. Warns when the
   * address is reachable from the network.
   */
  static int serve(StoreReader db, Supplier<Pipeline> pipeline, String host, int port,
      List<String> allowHosts, int maxCoding, PrintStream out, PrintStream err)
      throws InterruptedException {
    WebServer server = new WebServer(db, pipeline, KnowledgeBase.standard(), maxCoding);
    int bound;
    try {
      bound = server.start(host, port, allowHosts);
    } catch (RuntimeException e) {
      server.close();
      db.close();
      err.println("dyad serve: cannot listen on " + host + ":" + port + ": "
          + IngestCommand.firstLine(e));
      return Main.EXIT_FAILED;
    }
    if (!RequestGuard.isLoopback(host)) {
      err.println(exposed(host, bound, db.readOnly()));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      db.close();
      stopped.countDown();
    }, "dyad-serve-stop"));
    out.println("Serving " + db.path() + (db.readOnly()
        ? " (read-only, opened for each request: ingests may run meanwhile)" : " (read-write)")
        + " at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound
        + "/  (API: /api/v1/events; Ctrl-C stops)");
    stopped.await();
    return 0;
  }

  /** The warning for a server listening on an address other machines can reach. */
  static String exposed(String host, int port, boolean readOnly) {
    return "dyad serve: warning: listening on " + host + " makes the server reachable from the"
        + " network, and it has no authentication: anyone who can reach port " + port
        + " can read the whole store and make this machine code text"
        + (readOnly ? "" : " and store it (--writable)")
        + "; use --host 127.0.0.1 unless that is what you want";
  }
}
