package org.oic.diwan.demo;

/**
 * A city of a member state where a session may be held.
 *
 * @param city the city's name in each language
 * @param country the official name of the state; in English with "the" where the name takes it,
 *     in French with its article, so that "the Government of ..." and "au Gouvernement de ..." read right
 */
record Place(Phrase city, Phrase country) {
}
