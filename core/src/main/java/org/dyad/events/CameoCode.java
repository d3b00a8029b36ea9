package org.dyad.events;

import java.util.regex.Pattern;

/**
 * A CAMEO event code kept as text with its leading zeros ("010", "0211"), never as a number:
 * coders that store codes as integers print "10" for "010" and confuse it with root 10.
 */
public record CameoCode(String value) implements Comparable<CameoCode> {

  private static final Pattern FORM = Pattern.compile("\\d{2,4}");

  public CameoCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a CAMEO code is 2 to 4 digits: '" + value + "'");
    }
    int root = Integer.parseInt(value.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO roots run from 01 to 20: '" + value + "'");
    }
  }

  public static CameoCode of(String value) {
    return new CameoCode(value);
  }

  /** The root class, two digits: "04" for "041". */
  public String root() {
    return value.substring(0, 2);
  }

  /** The root as a number, 1 to 20. */
  public int rootNumber() {
    return Integer.parseInt(root());
  }

  /** True for the use of force: assault (18) and fight (19). */
  public boolean isForce() {
    return root().equals("18") || root().equals("19");
  }

  /** True when {@code other} is this code or falls under it ("04" covers "041"). */
  public boolean covers(CameoCode other) {
    return other.value.startsWith(value);
  }

  @Override
  public int compareTo(CameoCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
