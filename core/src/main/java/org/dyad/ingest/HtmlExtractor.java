package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Extracts the article from a news web page: the main text as paragraphs (one a line, blank
 * lines between), without navigation, share bars, cookie banners, comment sections and
 * related-article lists; and the headline, publication date, publisher and URL from JSON-LD
 * {@code NewsArticle}, meta tags and {@code <time>}. The text then goes through the same
 * {@link ArticleParser} as plain text, so boilerplate rules, headline and dateline handling are
 * shared by every format. Pure and thread-safe.
 *
 * <p>Design decision: the main text is the element whose own paragraphs hold the most text
 * (a paragraph's length counts fully for its parent and half for its grandparent, so text split
 * over sibling blocks still gathers), after removing elements that are boilerplate by their
 * tag ({@code nav}, {@code aside}, {@code footer}, {@code form}) or by a word of their class or
 * id ({@code share}, {@code comments}, {@code related}, {@code cookie}). No site-specific rules.
 */
public final class HtmlExtractor {

  /** The article text and what the page says about it. */
  public record Extracted(String text, ArticleParser.Metadata meta) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DROP_TAGS = "script, style, noscript, template, nav, aside,"
      + " footer, form, iframe, svg, button, select, input, textarea, figcaption, dialog,"
      + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary],"
      + " [role=contentinfo], [role=dialog], [role=alertdialog], [role=banner]";

  /** Words of a class or id that mark an element as not the article. */
  private static final Set<String> DROP_WORDS = Set.of(
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing",
      "sharebar", "social", "comment", "comments", "disqus", "related", "recommended",
      "recommendations", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
      "subscription", "paywall", "promo", "advert", "advertisement", "ad", "ads", "sponsored",
      "sidebar", "widget", "footer", "masthead", "popular", "trending", "tags", "outbrain",
      "taboola", "modal", "popup", "toolbar", "pagination", "byline", "author", "banner");

  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd,"
      + " td, div";
  private static final int MIN_PARAGRAPH = 25;

  private HtmlExtractor() {}

  /**
   * Extracts the article of one page.
   *
   * @param html the page's markup
   * @param url where the page was fetched from, or "" when unknown; the page's canonical URL
   *     wins
   */
  public static Extracted extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    JsonNode ld = jsonLdArticle(doc);
    String headline = first(
        text(ld, "headline"),
        meta(doc, "meta[property=og:title]"),
        meta(doc, "meta[name=twitter:title]"),
        textOf(doc.selectFirst("article h1")),
        textOf(doc.selectFirst("h1")),
        titleWithoutSite(doc.title()));
    String canonical = first(
        attr(doc.selectFirst("link[rel=canonical]"), "href"),
        meta(doc, "meta[property=og:url]"),
        text(ld, "url"),
        ld.path("mainEntityOfPage").isTextual()
            ? ld.path("mainEntityOfPage").asText() : "",
        text(ld.path("mainEntityOfPage"), "@id"),
        url);
    String publisher = first(
        text(ld.path("publisher"), "name"),
        ld.path("publisher").isTextual() ? ld.path("publisher").asText() : "",
        meta(doc, "meta[property=og:site_name]"),
        meta(doc, "meta[name=application-name]"));

    LocalDate date = null;
    Article.DateOrigin from = Article.DateOrigin.NONE;
    Optional<LocalDate> d = DateText.parse(text(ld, "datePublished"));
    if (d.isEmpty()) {
      d = DateText.parse(text(ld, "dateCreated"));
    }
    if (d.isPresent()) {
      date = d.get();
      from = Article.DateOrigin.JSON_LD;
    } else {
      d = metaDate(doc);
      if (d.isPresent()) {
        date = d.get();
        from = Article.DateOrigin.META;
      }
    }

    String text = mainText(doc);
    if (text.isBlank() && !text(ld, "articleBody").isBlank()) {
      text = text(ld, "articleBody");
    }
    return new Extracted(text, new ArticleParser.Metadata(headline, date, from,
        canonical, publisher, null));
  }

  private static Optional<LocalDate> metaDate(Document doc) {
    String[] selectors = {
        "meta[property=article:published_time]", "meta[property=og:published_time]",
        "meta[itemprop=datePublished]", "meta[name=article:published_time]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
        "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
        "meta[name=dcterms.created]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]",
        "meta[name=original-publish-date]", "meta[name=datePublished]"};
    for (String s : selectors) {
      Optional<LocalDate> d = DateText.parse(meta(doc, s));
      if (d.isPresent()) {
        return d;
      }
    }
    for (String s : new String[] {"[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
        "article time[datetime]", "time[datetime]"}) {
      Optional<LocalDate> d = DateText.parse(attr(doc.selectFirst(s), "datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first JSON-LD object typed as a kind of article, or a missing node. */
  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue; // a page's broken JSON-LD is the page's problem; the meta tags remain
      }
      JsonNode found = findArticle(root, 0);
      if (found != null) {
        return found;
      }
    }
    return MissingNode.getInstance();
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode f = findArticle(n, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.path("@type");
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    for (String t : types) {
      if (t.endsWith("NewsArticle") || t.equals("Article") || t.equals("BlogPosting")
          || t.equals("Report")) {
        return node;
      }
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static String mainText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(DROP_TAGS).remove();
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && boilerplateByName(e) && !holdsTheArticle(e)) {
        drop.add(e);
      }
    }
    drop.forEach(Node::remove);

    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int len = p.text().length();
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, (double) len, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          score.merge(grand, len / 2.0, Double::sum);
        }
      }
    }
    Element root = body;
    double best = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        root = e.getKey();
      }
    }
    List<String> blocks = new ArrayList<>();
    collectBlocks(root, blocks);
    return String.join("\n\n", blocks);
  }

  private static boolean boilerplateByName(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    for (String word : names.split("[^a-z0-9]+")) {
      if (DROP_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A wrapper named like boilerplate ("page-with-sidebar") that holds the article stays. */
  private static boolean holdsTheArticle(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main") || tag.equals("html")
        || !e.select("article, main, [itemprop=articleBody]").isEmpty();
  }

  /** The text of each block without a block inside it, in document order. */
  private static void collectBlocks(Element root, List<String> out) {
    Elements all = root.select(BLOCKS);
    Set<Element> blocks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    blocks.addAll(all);
    Set<Element> hasInnerBlock = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : all) {
      for (Element a = e.parent(); a != null && a != root.parent(); a = a.parent()) {
        if (blocks.contains(a) && !hasInnerBlock.add(a)) {
          break; // its ancestors are marked already
        }
      }
    }
    for (Element e : all) {
      String t;
      if (hasInnerBlock.contains(e)) {
        // A container with blocks inside may still hold loose text of its own.
        t = ownText(e);
      } else {
        t = blockText(e);
      }
      for (String piece : t.split("\n")) {
        String s = piece.strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    if (all.isEmpty()) {
      for (String piece : blockText(root).split("\n")) {
        if (!piece.isBlank()) {
          out.add(piece.strip());
        }
      }
    }
  }

  /** An element's text with {@code <br>} as a line break and other whitespace collapsed. */
  private static String blockText(Element e) {
    StringBuilder b = new StringBuilder();
    appendText(e, b, false);
    return b.toString();
  }

  private static String ownText(Element e) {
    StringBuilder b = new StringBuilder();
    appendText(e, b, true);
    return b.toString();
  }

  private static void appendText(Element e, StringBuilder b, boolean ownOnly) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text().replaceAll("\\s+", " "));
      } else if (n instanceof Element c) {
        if (c.normalName().equals("br")) {
          b.append('\n');
        } else if (ownOnly && c.isBlock()) {
          b.append('\n');
        } else {
          appendText(c, b, ownOnly);
        }
      }
    }
  }

  private static String titleWithoutSite(String title) {
    String t = title == null ? "" : title.strip();
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        t = t.substring(0, i);
        break;
      }
    }
    return t.strip();
  }

  private static String meta(Document doc, String selector) {
    return attr(doc.selectFirst(selector), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.attr(name).strip();
  }

  private static String textOf(Element e) {
    return e == null ? "" : e.text().strip();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v.isValueNode() ? v.asText("").strip() : "";
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
