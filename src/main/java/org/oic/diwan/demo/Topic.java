package org.oic.diwan.demo;

import java.util.List;

/**
 * A subject on which resolutions are adopted, with the phrases that fill its paragraphs.
 *
 * @param code the topic code used in symbols and resolution numbers, e.g. {@code ST}
 * @param arabicCode the code as Arabic versions write it in resolution numbers, e.g. {@code ع ت}
 * @param departmentKey the addressee key of the department of the General Secretariat in charge
 * @param partnerKeys addressee keys of the institutions usually associated with the topic
 * @param name the topic as it appears in "Resolution on ..."
 * @param field the topic as a common noun, for "the report of the Secretary General on ..."
 * @param titles resolution titles
 * @param actions what someone may be asked to do: an English bare infinitive, a French
 *     infinitive, an Arabic verbal noun (مصدر)
 * @param nouns things that may be approved, welcomed or noted, with their article
 * @param concerns challenges the preamble may be aware of
 * @param progress achievements the preamble may note with appreciation
 * @param beliefs clauses the preamble may be convinced of
 */
record Topic(String code, String arabicCode, String departmentKey, List<String> partnerKeys,
        Phrase name, Phrase field, List<Phrase> titles, List<Phrase> actions, List<Phrase> nouns,
        List<Phrase> concerns, List<Phrase> progress, List<Phrase> beliefs) {
}
