package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.Result;
import org.junit.jupiter.api.Test;

/** The coding guide's row format beside Dyad's older one, told apart line by line. */
class EvalGoldReaderTest {

  private static String problem(String line) {
    Result<EvalScore.Gold> r = EvalGoldReader.parseLine("gold.jsonl", 3, line);
    assertTrue(r.isSkipped(), "should be rejected: " + line);
    return r.diagnostics().get(0).toString();
  }

  @Test
  void readsGuideRowsAndOlderRowsInOneFile() {
    String text = "{\"id\":\"V01-3\",\"article\":\"v01\",\"src\":\"PAK\",\"tgt\":\"IND\","
        + "\"roots\":[\"11\",\"04\"],\"from\":\"2019-02-26\",\"to\":\"2019-02-27\","
        + "\"note\":\"Pakistan summoned India's envoy\"}\n"
        + "{\"id\":\"V01-4\",\"article\":\"v01\",\"src\":\"igo\",\"tgt\":\"*\","
        + "\"roots\":[\"10\"],\"from\":\"2019-02-26\",\"to\":\"2019-02-26\",\"either\":true}\n"
        + "{\"article\":\"tehran\",\"source\":\"IRNGOV\",\"target\":\"PSE\",\"root\":\"041\"}\n";
    EvalScore.GoldFile f = EvalGoldReader.parse("g", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), f.problems());
    EvalScore.Gold a = f.events().get(0);
    assertEquals(EvalScore.Format.GUIDE, a.format());
    assertEquals("V01-3", a.label());
    assertEquals(List.of("11", "04"), a.roots());
    assertEquals("11", a.root());
    assertEquals(LocalDate.of(2019, 2, 27), a.to());
    assertFalse(a.either());
    assertEquals("Pakistan summoned India's envoy", a.note());
    EvalScore.Gold b = f.events().get(1);
    assertEquals("IGO", b.source());
    assertNull(b.target(), "* is any target");
    assertTrue(b.either());
    EvalScore.Gold c = f.events().get(2);
    assertEquals(EvalScore.Format.CODES, c.format());
    assertEquals("line 3", c.label());
    assertEquals(List.of("04"), c.roots());
  }

  @Test
  void eachGuideFieldSaysWhatIsWrong() {
    String ok = "\"article\":\"a\",\"src\":\"USA\",\"tgt\":\"IRN\",\"roots\":[\"04\"]";
    assertTrue(problem("{\"article\":\"a\",\"tgt\":\"IRN\",\"roots\":[\"04\"]}")
        .contains("line 3: no \"src\"; line skipped"));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USAGOV\",\"tgt\":\"IRN\","
        + "\"roots\":[\"04\"]}").contains("\"src\" must be a country"));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USA\",\"roots\":[\"04\"]}")
        .contains("no \"tgt\" (\"*\" when any target or none will do)"));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USA\",\"tgt\":\"IRNGOV\","
        + "\"roots\":[\"04\"]}").contains("\"tgt\" must be a country"));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USA\",\"tgt\":\"IRN\"}")
        .contains("no \"roots\""));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USA\",\"tgt\":\"IRN\",\"roots\":[]}")
        .contains("\"roots\" must be a list of CAMEO roots"));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USA\",\"tgt\":\"IRN\",\"roots\":\"04\"}")
        .contains("\"roots\" must be a list"));
    assertTrue(problem("{\"article\":\"a\",\"src\":\"USA\",\"tgt\":\"IRN\","
        + "\"roots\":[\"04\",\"21\"]}").contains("\"roots\" must be a CAMEO code as text"));
    assertTrue(problem("{" + ok + ",\"from\":\"2021-05-01\"}")
        .contains("a range needs both \"from\" and \"to\""));
    assertTrue(problem("{" + ok + ",\"from\":\"2021-05-03\",\"to\":\"2021-05-02\"}")
        .contains("\"from\" 2021-05-03 is after \"to\" 2021-05-02"));
    assertTrue(problem("{" + ok + ",\"from\":\"May 1\",\"to\":\"2021-05-02\"}")
        .contains("\"from\" must be a date YYYY-MM-DD"));
    assertTrue(problem("{" + ok + ",\"either\":\"yes\"}")
        .contains("\"either\" must be true or false"));
    assertTrue(problem("{" + ok + ",\"id\":7}").contains("\"id\" must be text"));
    assertTrue(problem("{" + ok + ",\"source\":\"USA\"}").contains("use one format"));
    assertTrue(problem("{\"article\":\"a\",\"root\":\"04\"}")
        .contains("no \"source\" (nor the coding guide's \"src\")"));
  }

  @Test
  void theShippedGoldOfTheDevCorpusStillReads() {
    String row = "{\"id\":\"G01\",\"article\":\"c9ac64c9340e6a94\",\"src\":\"IRN\","
        + "\"tgt\":\"ISR\",\"roots\":[\"10\",\"11\",\"12\",\"13\",\"14\"],"
        + "\"from\":\"2021-05-09\",\"to\":\"2021-05-09\",\"note\":\"verbal conflict\"}";
    Result<EvalScore.Gold> r = EvalGoldReader.parseLine("g", 1, row);
    assertEquals(5, r.value().orElseThrow().roots().size(), "more than two roots are kept");
  }
}
