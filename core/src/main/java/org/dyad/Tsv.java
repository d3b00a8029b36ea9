package org.dyad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Dyad's line-oriented data files: UTF-8, one record a line, tab-separated, {@code #}
 * comment lines and blank lines ignored. Every row keeps its line number so that parse errors
 * name it.
 */
public final class Tsv {

  /** One data line of a file. Fields are trimmed; a missing trailing field reads as "". */
  public record Row(String file, int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    public String get(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }

    /** The {@code |}-separated values of a field, trimmed, empty values dropped. */
    public List<String> list(int index) {
      String value = get(index);
      if (value.isEmpty()) {
        return List.of();
      }
      return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public DataFileException error(String message) {
      return new DataFileException(file, line, message);
    }
  }

  private Tsv() {}

  /** Reads a classpath resource next to {@code anchor}; a missing resource is a build error. */
  public static List<Row> resource(Class<?> anchor, String name, int minFields) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new DataFileException(name, 0, "resource not found next to " + anchor.getName());
      }
      return read(name, in, minFields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a text already in memory (a dictionary pasted into a test, say). */
  public static List<Row> parse(String file, String text, int minFields) {
    try {
      return read(file, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          minFields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads rows from a stream, rejecting rows with fewer than {@code minFields} fields.
   *
   * @param file the name used in error messages
   */
  public static List<Row> read(String file, InputStream in, int minFields) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank() || text.stripLeading().startsWith("#")) {
          continue;
        }
        String[] split = text.split("\t", -1);
        for (int i = 0; i < split.length; i++) {
          split[i] = split[i].trim();
        }
        List<String> fields = Arrays.asList(split);
        Row row = new Row(file, line, fields);
        if (fields.size() < minFields) {
          throw row.error("expected " + minFields + " tab-separated fields, found "
              + fields.size());
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
