package org.dyad.actors;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Countries for actors the text does not place by their own words: a country with an agent
 * ("Egypt's police"), an agent of no country, a generic victim re-placed across a border, an
 * armed group placed where it acts, and the government an act with no named target is aimed
 * at. Pure and thread-safe; {@link ActorResolver} and the event coder use it.
 */
public final class Placement {

  private final KnowledgeBase kb;

  Placement(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** A country, or its {@code agent} ("GOV", "MIL"), as an actor resolved {@code how}. */
  ActorRef country(String iso, String agent, String text, String how) {
    String name = kb.country(iso).map(KnowledgeBase.Country::name).orElse(iso);
    if (!agent.isEmpty()) {
      String agentName = kb.agent(agent).map(KnowledgeBase.Agent::name).orElse(agent);
      name = name + " " + agentName;
    }
    return new ActorRef(iso + agent, iso + agent, iso, name, text, true, how);
  }

  /** An agent of no country ("police" with nothing to place it). */
  ActorRef agentOnly(String agent, String text) {
    String name = kb.agent(agent).map(KnowledgeBase.Agent::name).orElse(agent);
    return new ActorRef(agent, agent, null, name, text, true, "agent");
  }

  /**
   * A generic actor that only the story placed, in the country of the other side of its own
   * event, re-placed in the one other country its sentence names before the event's word: in
   * "Pakistan says firing by India killed 11 civilians" the civilians are Pakistan's, not
   * India's. Empty when the actor was not placed by the story, or the sentence names no other
   * country before {@code before}, or several.
   *
   * <p>Design decision: only the sentence, and only before the act. A country named in another
   * sentence, or after the act ("fired at demonstrators, furious that a lawmaker from Moscow
   * ..."), is as often the other side of another dyad; two other countries leave it open.
   */
  public Optional<ActorRef> placedAcross(ActorResolver.Context c, ActorRef generic, String otherSide,
      int before) {
    if (!generic.resolvedBy().equals("context") || generic.country() == null
        || !generic.country().equals(otherSide) || generic.code() == null) {
      return Optional.empty();
    }
    Set<String> named = countriesNamed(c, before);
    named.remove(otherSide);
    if (named.size() != 1) {
      return Optional.empty();
    }
    String agent = generic.code().substring(generic.country().length());
    return Optional.of(country(named.iterator().next(), agent, generic.text(), "context"));
  }

  /** The countries the sentence names (by name, adjective, capital) before {@code before}. */
  public Set<String> countriesNamed(ActorResolver.Context c, int before) {
    Set<String> named = new LinkedHashSet<>();
    for (Mention m : c.mentions()) {
      String iso = StoryCountry.countryOf(kb, m);
      if (iso != null && m.last() < before) {
        named.add(iso);
      }
    }
    return named;
  }

  /**
   * An armed group of no one country ("the Islamic State", code IMG...) in the country where
   * its event takes place: the coding guide gives non-state armed groups the country whose
   * territory they act in, so "strikes on ISIL in Syria" strike Syria's ISIL. Empty for any
   * other actor, or without a country.
   */
  public Optional<ActorRef> placedIn(ActorRef group, String iso) {
    if (iso == null || group.country() != null || group.code() == null
        || !group.code().startsWith("IMG") || group.code().length() <= 3) {
      return Optional.empty();
    }
    return Optional.of(country(iso, group.code().substring(3), group.text(), "place"));
  }

  /**
   * A generic actor that only the story placed ("civilians", "police", code country+agent),
   * moved to the country {@code iso} where its event took place, resolved "place". Empty for
   * an actor its own words placed.
   */
  public Optional<ActorRef> movedTo(ActorRef generic, String iso) {
    if (iso == null || !"context".equals(generic.resolvedBy()) || generic.country() == null
        || generic.code() == null || !generic.code().startsWith(generic.country())) {
      return Optional.empty();
    }
    String agent = generic.code().substring(generic.country().length());
    return Optional.of(country(iso, agent, generic.text(), "place"));
  }

  /** An unnamed side of the country {@code iso}, where its act took place: resolved "place". */
  public ActorRef countryAt(String iso, String text) {
    return country(iso, "", text, "place");
  }

  /**
   * A country's government as the side an act is aimed at when the text names no one: people
   * protest against, and make demands of, their own state ("protesters rallied in Cairo").
   * Resolved "implied": no words of the text name it.
   */
  public ActorRef governmentOf(String iso) {
    return country(iso, "GOV", "", "implied");
  }
}
