package org.dyad.petrarch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.Diagnostic;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Names;

/**
 * Converts the Phoenix actor dictionaries of PETRARCH2 into Dyad's own knowledge-base files,
 * {@code phoenix-actors.tsv} and {@code phoenix-roles.tsv} in the columns of {@code actors.tsv}
 * and {@code roles.tsv}, so that the shipped knowledge base has their people, offices and
 * organisations without {@code ../shared} at run time ({@link KnowledgeBase#standard} reads them
 * after Dyad's own files, which win). Run by {@code scripts/phoenix-actors.sh}; pure apart from
 * {@link #main}.
 *
 * <p>The dictionaries are read by {@link PetrarchDictionary}, as {@code --dictionary} reads them,
 * in PETRARCH2's order (Countries, then International). Ids are {@code phoenix/} and the
 * importer's slug, made unique across both files with {@code -2}, {@code -3}, ... A name (by
 * its normalised key) belongs to the first entry that has it; an entry left without a name is
 * dropped with its roles. Rows are sorted by id, and an actor's roles by their start, then in
 * file order, so that the same dictionaries always give the same bytes.
 *
 * <p>Design decision: the files are converted without looking at Dyad's own files, and the
 * knowledge base drops what they shadow when it loads. So a correction typed into
 * {@code actors.tsv} wins at once, and a re-run gives the same bytes whatever the team changed.
 */
public final class PhoenixExport {

  /** The dictionaries converted, in the order they claim names. */
  public static final List<String> SOURCES = List.of("Phoenix.Countries.actors.txt",
      "Phoenix.International.actors.txt");

  /** The files written, beside Dyad's own under {@code org/dyad/actors/}. */
  public static final String ACTORS_FILE = "phoenix-actors.tsv";
  public static final String ROLES_FILE = "phoenix-roles.tsv";

  /** The PETRARCH2 commit the dictionaries of {@code ../shared/testdata/petrarch2} come from. */
  static final String COMMIT = "676801cd";

  /** The command that writes the files. */
  static final String COMMAND = "scripts/phoenix-actors.sh";

  /**
   * The two files' text and what the importer reported.
   *
   * @param actors the text of {@code phoenix-actors.tsv}
   * @param roles the text of {@code phoenix-roles.tsv}
   * @param actorCount the actors written
   * @param roleCount the dated roles written
   * @param problems the importer's diagnostics, file by file
   */
  public record Converted(String actors, String roles, int actorCount, int roleCount,
      List<Diagnostic> problems) {
    public Converted {
      problems = List.copyOf(problems);
    }
  }

  private static final String NOTICE = """
      # Source: %s of PETRARCH2
      # (https://github.com/openeventdata/petrarch2, commit %s; the dictionaries of the
      # Computational Event Data System project, http://eventdata.parusanalytics.com, maintained
      # by the Open Event Data Alliance), dated to about 2015, read by Dyad's importer
      # org.dyad.petrarch.PetrarchDictionary as --dictionary reads them.
      #
      # GENERATED FILE: do not edit by hand. Regenerate with
      #   %s
      # (org.dyad.petrarch.PhoenixExport; it reads ../shared/testdata/petrarch2/dictionaries).
      # Corrections and newer facts go in Dyad's own actors.tsv and roles.tsv, which win: the
      # knowledge base reads this file after them and drops from an entry here every name its own
      # files know (a country, adjective, capital, government, agent cue, place or actor); an
      # entry left without a name is dropped with its roles.
      #
      # License of the source, whose notice must be kept with this file:
      #
      # The MIT License (MIT)
      #
      # Copyright (c) 2014 Open Event Data
      # (the dictionary files' own header: Copyright (c) 2014 Open Event Data Alliance)
      #
      # Permission is hereby granted, free of charge, to any person obtaining a copy of
      # this software and associated documentation files (the "Software"), to deal in
      # the Software without restriction, including without limitation the rights to
      # use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
      # the Software, and to permit persons to whom the Software is furnished to do so,
      # subject to the following conditions:
      #
      # The above copyright notice and this permission notice shall be included in all
      # copies or substantial portions of the Software.
      #
      # THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
      # IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
      # FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
      # COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
      # IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
      # CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
      #
      """;

  private static final String ACTORS_HEADER = """
      # Phoenix actors: the people and organisations of the Phoenix actor dictionaries, in the
      # columns of actors.tsv: id, kind, name, code, aliases (tab-separated, UTF-8).
      #
      """ + NOTICE + """
      # Conversion: id "phoenix/" and a slug of the name (-2, -3, ... where taken); kind person
      # when the entry has dated roles, else org; names in title case, acronyms ("UN", "U.S.") in
      # capitals; a name two entries share belongs to the first (Countries before International,
      # each in file order). Rows are sorted by id.
      #
      """;

  private static final String ROLES_HEADER = """
      # Phoenix roles: the dated codes of the people of phoenix-actors.tsv, in the columns of
      # roles.tsv: actor, code, role, from, to (tab-separated, UTF-8).
      #
      """ + NOTICE + """
      # Conversion: role is the dictionary's restriction as written ("USAGOV 130201-170120");
      # from and to are its ISO dates, to read as in roles.tsv (the day the code passed on, as the
      # next restriction of the dictionaries starts that day) and empty for an open end (>date);
      # an open start (<date) is 0001-01-01. Two-digit
      # years 00-30 are 20YY, 31-99 19YY, as PETRARCH2 reads them. Rows are sorted by actor id,
      # then by from, then in file order.
      #
      """;

  private PhoenixExport() {}

  /** Reads the source dictionaries from a folder and converts them. */
  public static Converted convert(Path dictionaries) throws IOException {
    List<PetrarchDictionary.Imported> imports = new ArrayList<>();
    for (String name : SOURCES) {
      imports.add(PetrarchDictionary.read(dictionaries.resolve(name)));
    }
    return convert(imports);
  }

  /** Converts imported dictionaries, the first claiming a shared name. */
  static Converted convert(List<PetrarchDictionary.Imported> imports) {
    List<DictionaryEntry> kept = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> taken = new HashSet<>();
    for (PetrarchDictionary.Imported imported : imports) {
      problems.addAll(imported.problems());
      for (DictionaryEntry e : imported.actors()) {
        List<String> names = new ArrayList<>();
        for (String n : e.names()) {
          String key = Names.key(Names.pieces(n));
          if (!key.isEmpty() && taken.add(key)) {
            names.add(n);
          }
        }
        if (names.isEmpty()) {
          continue;
        }
        String base = "phoenix/" + e.id().substring(e.id().indexOf('/') + 1);
        String id = base;
        for (int k = 2; !ids.add(id); k++) {
          id = base + "-" + k;
        }
        kept.add(new DictionaryEntry(e.kind(), id, names.get(0), e.code(),
            names.subList(1, names.size()), e.roles(), e.file(), e.line()));
      }
    }
    kept.sort(Comparator.comparing(DictionaryEntry::id));
    String sources = String.join(" and ", SOURCES);
    StringBuilder actors = new StringBuilder(header(ACTORS_HEADER, sources));
    StringBuilder roles = new StringBuilder(header(ROLES_HEADER, sources));
    int roleCount = 0;
    for (DictionaryEntry e : kept) {
      row(actors, e.id(), e.kind() == KnowledgeBase.Kind.PERSON ? "person" : "org", e.name(),
          e.code(), String.join("|", e.aliases()));
      List<DictionaryEntry.DatedRole> dated = new ArrayList<>(e.roles());
      dated.sort(Comparator.comparing(DictionaryEntry.DatedRole::from)); // stable: file order
      for (DictionaryEntry.DatedRole r : dated) {
        row(roles, e.id(), r.code(), r.role().replaceAll("\\s+", " "), r.from().toString(),
            r.to() == null ? "" : r.to().toString());
        roleCount++;
      }
    }
    return new Converted(actors.toString(), roles.toString(), kept.size(), roleCount, problems);
  }

  private static String header(String template, String sources) {
    return String.format(Locale.ROOT, template, sources, COMMIT, COMMAND);
  }

  private static void row(StringBuilder out, String... fields) {
    out.append(String.join("\t", fields)).append('\n');
  }

  /**
   * Writes the two files: {@code PhoenixExport DICTIONARIES_DIR OUTPUT_DIR}. The importer's
   * diagnostics and a count go to standard error.
   */
  public static void main(String[] args) throws IOException {
    PrintStream err = System.err;
    if (args.length != 2) {
      err.println("usage: PhoenixExport DICTIONARIES_DIR OUTPUT_DIR (" + COMMAND + " runs it)");
      System.exit(2);
      return;
    }
    Path in = Path.of(args[0]);
    for (String name : SOURCES) {
      if (!Files.isRegularFile(in.resolve(name))) {
        err.println("PhoenixExport: " + in.resolve(name) + " not found; give the folder of the"
            + " PETRARCH2 dictionaries (../shared/testdata/petrarch2/dictionaries)");
        System.exit(2);
        return;
      }
    }
    Converted c = convert(in);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Files.writeString(out.resolve(ACTORS_FILE), c.actors(), StandardCharsets.UTF_8);
    Files.writeString(out.resolve(ROLES_FILE), c.roles(), StandardCharsets.UTF_8);
    long errors = c.problems().stream().filter(p -> p.severity() == Diagnostic.Severity.ERROR)
        .count();
    err.println("PhoenixExport: " + c.actorCount() + " actors and " + c.roleCount()
        + " dated roles written to " + out.resolve(ACTORS_FILE) + " and "
        + out.resolve(ROLES_FILE) + "; the importer skipped " + errors + " bad lines and warned"
        + " of " + (c.problems().size() - errors) + " (see PetrarchDictionary)");
  }
}
