import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Grows a copy of a Dyad store to about COPIES times its events, for measuring the API and
 * the dashboard on a large store: each event is repeated with a new id, a day later each copy,
 * keeping its mentions. The copies are not real events; the sizes and spread are what count.
 *
 * <pre>java -cp duckdb_jdbc.jar bench/GrowStore.java STORE.duckdb [COPIES]</pre>
 */
public class GrowStore {
  public static void main(String[] args) throws Exception {
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
        Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE base AS SELECT * FROM events");
      st.execute("CREATE TEMP TABLE base_em AS SELECT * FROM event_mentions");
      st.execute("INSERT INTO events SELECT base.* REPLACE ((id % 100000000000) * 10000 + k AS id,"
          + " date + CAST(k AS INTEGER) AS date, date_first + CAST(k AS INTEGER) AS date_first,"
          + " date_last + CAST(k AS INTEGER) AS date_last) FROM base, range(1, " + copies
          + ") t(k)");
      st.execute("INSERT INTO event_mentions SELECT (e.event_id % 100000000000) * 10000 + k,"
          + " e.mention_id FROM base_em e, range(1, " + copies + ") t(k)");
      try (ResultSet r = st.executeQuery("SELECT count(*) FROM events")) {
        r.next();
        System.out.println(args[0] + ": " + r.getLong(1) + " events");
      }
    }
  }
}
