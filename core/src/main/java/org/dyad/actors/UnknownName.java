package org.dyad.actors;

/**
 * A person or organisation named in an article that the knowledge base does not know: the
 * raw material for growing the KB ({@code dyad actors --unknown}).
 *
 * @param name the name as written
 * @param type PERSON or ORGANIZATION, as the tagger saw it
 * @param code the CAMEO code the context suggests (an apposition, an adjective), or null
 * @param sentence the sentence it was named in
 */
public record UnknownName(String name, String type, String code, String sentence) {}
