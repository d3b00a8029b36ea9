package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GdeltTest {

  @Test
  void theLayoutHasGdelt2sSixtyOneColumnsInOrder() {
    assertEquals(61, Gdelt.COLUMNS.size());
    assertEquals("GLOBALEVENTID", Gdelt.COLUMNS.get(0));
    assertEquals("Actor1Code", Gdelt.COLUMNS.get(5));
    assertEquals("Actor2Code", Gdelt.COLUMNS.get(15));
    assertEquals("IsRootEvent", Gdelt.COLUMNS.get(25));
    assertEquals("AvgTone", Gdelt.COLUMNS.get(34));
    assertEquals("Actor1Geo_Type", Gdelt.COLUMNS.get(35));
    assertEquals("Actor1Geo_ADM2Code", Gdelt.COLUMNS.get(39));
    assertEquals("ActionGeo_Type", Gdelt.COLUMNS.get(51));
    assertEquals("ActionGeo_FeatureID", Gdelt.COLUMNS.get(58));
    assertEquals("DATEADDED", Gdelt.COLUMNS.get(59));
    assertEquals("SOURCEURL", Gdelt.COLUMNS.get(60));
  }

  @Test
  void aRowFillsEveryColumn() {
    String[] c = Gdelt.cells(new Gdelt.Row(42, LocalDate.parse("2022-03-02"),
        new Gdelt.Actor("RUSMIL", "Russian armed forces", "RUS"),
        new Gdelt.Actor("IGOUNOKID", "UNICEF", null), true, "0841", 2, 7.0, 3, 2, 2,
        "Kharkiv", "UKR", 49.99, 36.23, "UA.07", "city", "20240102030405", "https://x.example/a\tb"));
    assertEquals(61, c.length);
    assertEquals("20220302", c[1]);
    assertEquals("202203", c[2]);
    assertEquals("2022", c[3]);
    assertEquals("RUS", c[7]);
    assertEquals("MIL", c[12]);
    assertEquals("UNO", c[18], "known group after IGO");
    assertEquals("IGO", c[22]);
    assertEquals("KID", c[23]);
    assertEquals("1", c[25]);
    assertEquals("0841", c[26]);
    assertEquals("084", c[27]);
    assertEquals("08", c[28]);
    assertEquals("7.0", c[30]);
    assertEquals("1", c[35], "an actor is placed by its country");
    assertEquals("Russia", c[36]);
    assertEquals("0", c[43], "an international organisation is not placed");
    assertEquals("4", c[51]);
    assertEquals("UA07", c[54], "ADM1: country and GeoNames region code");
    assertEquals("49.99", c[56]);
    assertEquals("https://x.example/a b", c[60]);
    String[] undated = Gdelt.cells(new Gdelt.Row(1, null, new Gdelt.Actor(null, "x", null),
        null, false, "010", 1, 0, 1, 1, 1, null, null, null, null, null, null, "20240102030405",
        "f.txt"));
    assertEquals(61, undated.length);
    assertEquals("", undated[1]);
  }
}
