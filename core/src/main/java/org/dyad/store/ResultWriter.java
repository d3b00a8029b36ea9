package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a query result as an aligned table for people, CSV (RFC 4180, with a header) or JSON
 * lines (one object a row, columns in order). Columns of SQL type JSON are written as JSON,
 * not as strings.
 */
public final class ResultWriter {

  /** Output formats of queries. */
  public enum Format {
    TABLE, CSV, JSONL;

    /** The format named, or empty for an unknown name. */
    public static java.util.Optional<Format> of(String name) {
      try {
        return java.util.Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return java.util.Optional.empty();
      }
    }
  }

  private static final int TABLE_WIDTH = 40;

  private ResultWriter() {}

  /** Writes every row; returns how many. */
  public static int write(ResultSet r, Format format, Writer out)
      throws SQLException, IOException {
    ResultSetMetaData md = r.getMetaData();
    int n = md.getColumnCount();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      names.add(md.getColumnLabel(i));
    }
    return switch (format) {
      case CSV -> csv(r, names, out);
      case JSONL -> jsonl(r, md, names, out);
      case TABLE -> table(r, names, out);
    };
  }

  private static int csv(ResultSet r, List<String> names, Writer out)
      throws SQLException, IOException {
    out.write(String.join(",", names.stream().map(ResultWriter::csvCell).toList()));
    out.write("\r\n");
    int rows = 0;
    while (r.next()) {
      for (int i = 1; i <= names.size(); i++) {
        if (i > 1) {
          out.write(',');
        }
        String v = r.getString(i);
        out.write(v == null ? "" : csvCell(v));
      }
      out.write("\r\n");
      rows++;
    }
    return rows;
  }

  static String csvCell(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static int jsonl(ResultSet r, ResultSetMetaData md, List<String> names, Writer out)
      throws SQLException, IOException {
    int rows = 0;
    StringBuilder b = new StringBuilder();
    while (r.next()) {
      b.setLength(0);
      b.append('{');
      for (int i = 1; i <= names.size(); i++) {
        if (i > 1) {
          b.append(',');
        }
        quote(b, names.get(i - 1));
        b.append(':');
        String v = r.getString(i);
        int type = md.getColumnType(i);
        String typeName = String.valueOf(md.getColumnTypeName(i)).toUpperCase(Locale.ROOT);
        if (v == null) {
          b.append("null");
        } else if (typeName.equals("JSON")) {
          b.append(v);
        } else if (type == Types.BOOLEAN || isNumber(type) && !v.equals("nan")
            && !v.contains("inf")) {
          b.append(v);
        } else {
          quote(b, v);
        }
      }
      b.append("}\n");
      out.write(b.toString());
      rows++;
    }
    return rows;
  }

  private static boolean isNumber(int type) {
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL,
          Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }

  /** Appends a JSON string literal. */
  static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  private static int table(ResultSet r, List<String> names, Writer out)
      throws SQLException, IOException {
    List<String[]> rows = new ArrayList<>();
    int[] width = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      width[i] = Math.min(TABLE_WIDTH, names.get(i).length());
    }
    while (r.next()) {
      String[] row = new String[names.size()];
      for (int i = 0; i < row.length; i++) {
        String v = r.getString(i + 1);
        v = v == null ? "-" : v.replaceAll("\\s+", " ");
        if (v.length() > TABLE_WIDTH) {
          v = v.substring(0, TABLE_WIDTH - 1) + "…";
        }
        row[i] = v;
        width[i] = Math.max(width[i], v.length());
      }
      rows.add(row);
    }
    out.write(line(names.toArray(String[]::new), width));
    for (String[] row : rows) {
      out.write(line(row, width));
    }
    return rows.size();
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].length() > width[i] ? cells[i].substring(0, width[i]) : cells[i];
      b.append(c);
      if (i < cells.length - 1) {
        b.append(" ".repeat(width[i] - c.length() + 2));
      }
    }
    return b.toString().stripTrailing() + "\n";
  }
}
