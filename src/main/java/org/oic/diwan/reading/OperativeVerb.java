package org.oic.diwan.reading;

/**
 * The verb that carries an operative paragraph.
 *
 * @param canonical the verb in English ({@code Requests}), the same for the three languages
 * @param printed the verb as the paragraph prints it
 */
public record OperativeVerb(String canonical, VerbStrength strength, String printed) {}
