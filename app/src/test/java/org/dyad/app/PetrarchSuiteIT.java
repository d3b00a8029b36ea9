package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.dyad.TestShared;
import org.junit.jupiter.api.Test;

/**
 * Dyad's pass rate on the PETRARCH2 validation suite, with the suite's own dictionaries
 * imported, must not drop below what it reached: the floor is the figure of docs/ACCURACY.md,
 * rounded down to the percent. Raise it when Dyad improves.
 */
class PetrarchSuiteIT {

  /** Shipped patterns with the suite's verbs added (the figure the report leads with). */
  private static final double PASS_FLOOR = 0.12;
  /** The suite's verbs alone, as PETRARCH runs the suite. */
  private static final double SUITE_ALONE_FLOOR = 0.25;

  @Test
  void passRateOnThePetrarchValidationSuiteHolds() throws IOException {
    Path records = TestShared.path("testdata/" + PetrarchSuite.RECORDS);
    Path testdata = records.getParent().getParent().getParent();
    PetrarchSuite.Report report = PetrarchSuite.run(testdata);
    PetrarchSuite.Score s = report.withShipped();
    assertTrue(s.records() >= 284, "only " + s.records() + " records read");
    // docs/ACCURACY.md: 200 verb patterns translated; the floor is just below.
    assertTrue(s.verbs().translated() >= 195,
        "only " + s.verbs().translated() + " verb patterns translated");
    String summary = AccuracyCommand.summary(report);
    System.out.print(summary);
    if (System.getProperty("petrarch.failures") != null) {
      for (PetrarchSuite.Outcome o : report.suiteOnly().failures()) {
        System.out.println("FAIL " + o.record().id() + " [" + o.record().category() + "] exp "
            + PetrarchSuite.describe(o.record().expected()) + " | dyad "
            + PetrarchSuite.describe(o.coded()) + " | " + o.record().text());
      }
    }
    assertTrue(s.rate() >= PASS_FLOOR, summary);
    assertTrue(report.suiteOnly().rate() >= SUITE_ALONE_FLOOR, summary);
  }
}
