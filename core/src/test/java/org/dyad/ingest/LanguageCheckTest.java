package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.Result;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  private static final String ENGLISH = "The United Nations urged the army and the Rapid"
      + " Support Forces on Thursday to open humanitarian corridors to the city, where relief"
      + " officials said food stocks would run out within weeks. The council will meet again"
      + " next week, a spokesman said.";

  @Test
  void englishNewsIsEnglish() {
    assertTrue(LanguageCheck.judge(ENGLISH).english());
  }

  @Test
  void shortEnglishTextIsNeverSkipped() {
    assertTrue(LanguageCheck.judge("Iran condemned the raid.").english());
    assertTrue(LanguageCheck.judge("Erdogan meets Putin in Sochi").english());
    assertTrue(LanguageCheck.judge("Merci.").english());
  }

  @Test
  void otherLatinScriptLanguagesAreNamed() {
    assertEquals("French", LanguageCheck.judge("Le ministre des affaires étrangères a"
        + " déclaré mardi que son pays était prêt à accueillir une nouvelle série de"
        + " discussions entre les deux parties, selon un communiqué publié dans la soirée par"
        + " le gouvernement qui a salué cette initiative.").language());
    assertEquals("Spanish", LanguageCheck.judge("El gobierno anunció el lunes que la"
        + " frontera con el país vecino seguirá abierta para los refugiados, según un"
        + " comunicado del ministerio, que también pidió ayuda a la comunidad internacional"
        + " para atender a las familias.").language());
    assertEquals("German", LanguageCheck.judge("Die Regierung hat am Montag erklärt, dass"
        + " die Grenze für Flüchtlinge offen bleibt, und sie wird auch weiterhin Hilfe in die"
        + " Region schicken, sagte ein Sprecher des Ministeriums nach der Sitzung in der"
        + " Hauptstadt.").language());
  }

  @Test
  void everySampleArticleIsEnglish() {
    java.nio.file.Path samples = java.nio.file.Path.of("..", "samples", "news");
    var rs = ArticleSource.readAll(java.util.List.of(samples), ArticleSource.Options.defaults());
    assertEquals(14, rs.size());
    for (Result<Article> r : rs) {
      assertFalse(LanguageCheck.apply(r.value().orElseThrow()).isSkipped(), r.toString());
    }
  }

  @Test
  void otherScriptsAreNotEnglish() {
    LanguageCheck.Verdict v = LanguageCheck.judge("قال وزير الخارجية إن بلاده مستعدة"
        + " لاستضافة جولة جديدة من المحادثات");
    assertFalse(v.english());
    assertEquals("Arabic script", v.language());
  }

  @Test
  void aNonEnglishArticleIsSkippedWithAMessage() {
    Article a = Article.ofText("fr1", "fr1.txt", "Le ministre a déclaré mardi que son pays"
        + " était prêt à accueillir une nouvelle série de discussions entre les deux parties,"
        + " selon un communiqué publié dans la soirée par le gouvernement.", null);
    Result<Article> r = LanguageCheck.apply(a);
    assertTrue(r.isSkipped());
    assertEquals("fr1.txt: not English (looks like French); skipped",
        r.diagnostics().get(0).toString());
  }
}
